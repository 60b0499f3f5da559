import type { Topology } from '../../model/index.ts';

const cache = new WeakMap<Topology, ReadonlyMap<string, string>>();

/** Each node's label by id, cached per document: results name elements by id, people by label. */
export function labelsOf(topology: Topology): ReadonlyMap<string, string> {
  let labels = cache.get(topology);
  if (!labels) cache.set(topology, (labels = new Map(topology.nodes.map((n) => [n.id, n.label]))));
  return labels;
}
