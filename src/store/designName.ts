import { cleanLabel, LIMITS, type OpResult, type Topology } from '../model/index.ts';

/** Rename the design itself. The model renames nodes only; the same plain-text rules apply. */
export function renameDesign(topology: Topology, name: string): OpResult {
  const clean = cleanLabel(name);
  if (clean.length === 0) return { ok: false, reason: 'A design name cannot be empty.' };
  if (clean.length > LIMITS.name) return { ok: false, reason: `A design name has at most ${LIMITS.name} characters (this one has ${clean.length}).` };
  return { ok: true, topology: { ...topology, name: clean } };
}
