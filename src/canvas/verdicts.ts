import { catalog, indexOf, placeAdapter, planLink, linkCatalog, type NodeKind, type Topology } from '../model/index.ts';
import { addAdapterInto } from '../store/edits.ts';
import type { TargetMark } from './dragFeedback.ts';

/** What releasing here would do, in words, or the model's reason for refusing it. */
export type Verdict = { ok: boolean; text: string };

const labelOf = (topology: Topology, id: string) => indexOf(topology).node(id)?.label ?? id;

function intoText(topology: Topology, what: string, parentId: string): string {
  const parent = indexOf(topology).node(parentId);
  return parent?.kind === 'iov-switch' ? `Add ${what} to the pool of ${parent.label}` : `Dedicate ${what} to ${parent?.label ?? parentId}`;
}

/** An adapter already in the design, released over a node. */
export function placementVerdict(topology: Topology, adapterId: string, targetId: string): Verdict {
  const result = placeAdapter(topology, adapterId, targetId);
  return result.ok ? { ok: true, text: intoText(topology, labelOf(topology, adapterId), targetId) } : { ok: false, text: result.reason };
}

/** A new node from the palette, released over a node: an adapter goes in, anything else is set down there. */
export function paletteVerdict(topology: Topology, kind: NodeKind, targetId: string | undefined): Verdict {
  const name = `a new ${catalog[kind].name}`;
  if (targetId === undefined || (kind !== 'fc-hba' && kind !== 'eth-nic')) return { ok: true, text: `Add ${name} here` };
  const result = addAdapterInto(topology, kind, targetId, { x: 0, y: 0 });
  return result.ok ? { ok: true, text: intoText(topology, name, targetId) } : { ok: false, text: result.reason };
}

/** A cable drawn from `fromId`, released over `toId`. */
export function cableVerdict(topology: Topology, fromId: string, toId: string): Verdict {
  const plan = planLink(topology, fromId, toId);
  if (!plan.ok) return { ok: false, text: plan.reason };
  const other = plan.link.source === fromId ? plan.link.target : plan.link.source;
  return { ok: true, text: `${linkCatalog[plan.link.kind].name} to ${labelOf(topology, other)}` };
}

/**
 * Every node a cable from `fromId` could end on now (`valid-target`), and the rest
 * (`invalid-target`). `nodeIds` are the nodes drawn on the canvas; a slot's adapter is cabled
 * through its own handle, so placed adapters are not targets.
 */
export function cableTargets(topology: Topology, fromId: string, nodeIds: readonly string[]): Map<string, TargetMark> {
  const marks = new Map<string, TargetMark>();
  for (const id of nodeIds) {
    if (id === fromId) continue;
    marks.set(id, planLink(topology, fromId, id).ok ? 'valid-target' : 'invalid-target');
  }
  return marks;
}
