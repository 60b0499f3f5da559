import type { FlowEdge } from './flowTypes.ts';
import { formatUtilization } from './utilizationScale.ts';

/** A cable's load now: its utilization (0–1), down, or nothing before a run. */
export type CableLoad = number | 'down' | undefined;

/** How a cable's load is said in its accessible name, after its rate. */
export function loadPhrase(load: CableLoad): string {
  if (load === undefined) return 'load not simulated yet';
  if (load === 'down') return 'down: failed';
  return `load ${formatUtilization(load)}`;
}

/** The load said right after the rate ("…, 3.36 GB/s per direction, load 17 %"), before any findings. */
export function withLoad(name: string, phrase: string): string {
  const at = name.indexOf(' per direction');
  if (at < 0) return `${name}, ${phrase}`;
  const end = at + ' per direction'.length;
  return `${name.slice(0, end)}, ${phrase}${name.slice(end)}`;
}

/** One cable drawn last time: the edge it came from and the edge React Flow was given. */
export type NamedCable = { from: FlowEdge; named: FlowEdge };

/**
 * The cables as React Flow draws them, each named with its load after its rate, and able to take
 * the focus from the arrow keys without being a Tab stop (React Flow puts every cable before every
 * part in the Tab order; the arrows reach a cable between the parts it joins instead). A cable
 * whose edge and name are unchanged is the same object as last time (`drawn`, updated here), so
 * React Flow redraws only the cables whose load changed.
 */
export function withCableLoads(edges: readonly FlowEdge[], phrases: ReadonlyMap<string, string>, drawn: Map<string, NamedCable>): FlowEdge[] {
  const named = edges.map((edge) => {
    // A bundle of cables (semantic zoom) has no one load: each of its cables' is in its own name.
    if (edge.data?.bundle) return edge;
    const ariaLabel = withLoad(edge.ariaLabel ?? '', phrases.get(edge.id) ?? loadPhrase(undefined));
    const before = drawn.get(edge.id);
    if (before && before.from === edge && before.named.ariaLabel === ariaLabel) return before.named;
    const next: FlowEdge = { ...edge, ariaLabel, domAttributes: { tabIndex: -1 } };
    drawn.set(edge.id, { from: edge, named: next });
    return next;
  });
  if (drawn.size > edges.length) {
    const ids = new Set(edges.map((e) => e.id));
    for (const id of drawn.keys()) if (!ids.has(id)) drawn.delete(id);
  }
  return named;
}
