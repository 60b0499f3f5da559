import { CONTROL_CHARACTERS } from '../plainText.ts';
import { LIMITS, type Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { replaceNode } from './placeAdapter.ts';
import { refuse, type OpResult } from './result.ts';

/** Labels are plain text: control characters become spaces, runs of space one, and the ends are trimmed. */
export function cleanLabel(label: string): string {
  return label.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

export function rename(topology: Topology, id: string, label: string): OpResult {
  const node = indexOf(topology).node(id);
  if (!node) return refuse(`There is no ${id} in the design.`);
  const clean = cleanLabel(label);
  if (clean.length === 0) return refuse('A label cannot be empty.');
  if (clean.length > LIMITS.label) return refuse(`A label has at most ${LIMITS.label} characters (this one has ${clean.length}).`);
  return { ok: true, topology: replaceNode(topology, { ...node, label: clean }) };
}
