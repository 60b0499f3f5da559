import type { Topology } from '../schema.ts';

/** Every operation gives a new document, or refuses with a reason a person can act on. */
export type OpResult<Extra = object> = ({ ok: true; topology: Topology } & Extra) | { ok: false; reason: string };

export function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
