import { CONTROL_CHARACTERS, withoutLoneSurrogates } from '../plainText.ts';
import { LIMITS, type Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { replaceNode } from './placeAdapter.ts';
import { refuse, type OpResult } from './result.ts';

/**
 * Labels are plain text (plainText.ts): control characters and bidi overrides become spaces, runs
 * of space one, the ends are trimmed, and half a character (pasted from a broken source) becomes U+FFFD.
 */
export function cleanLabel(label: string): string {
  return withoutLoneSurrogates(label).replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

export function rename(topology: Topology, id: string, label: string): OpResult {
  const node = indexOf(topology).node(id);
  if (!node) return refuse(`There is no ${id} in the design.`);
  const clean = cleanLabel(label);
  if (clean.length === 0) return refuse('A label cannot be empty.');
  if (clean.length > LIMITS.label) return refuse(`A label has at most ${LIMITS.label} characters (this one has ${clean.length}).`);
  return { ok: true, topology: replaceNode(topology, { ...node, label: clean }) };
}
