import type { TrafficClass } from '../queueing/workloadMapping.ts';
import { CLASS_HARDWARE } from '../routing.ts';
import { addNode, connect, placeAdapter, removeElements, setProperties, type OpResult } from '../operations/index.ts';
import { slotCapacity, slotsUsed } from '../operations/budgets.ts';
import type { AdapterNode, Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';

/** The adapters of one class in a switch's pool, in id order. */
export function poolAdapters(topology: Topology, switchId: string, trafficClass: TrafficClass): AdapterNode[] {
  return indexOf(topology).adaptersIn(switchId).filter((a) => a.kind === CLASS_HARDWARE[trafficClass].adapter);
}

/**
 * Give a switch's pool exactly `adapters` adapters of a class: new ones copy the properties of the
 * pool's first adapter (or take `template`) and are cabled to the same fabric; surplus ones, the
 * highest ids first, are removed with their cables.
 */
export function setPoolSize(
  topology: Topology, switchId: string, trafficClass: TrafficClass, adapters: number,
  template?: { props: Record<string, unknown>; fabricId: string },
): OpResult {
  const switchNode = indexOf(topology).node(switchId);
  if (switchNode?.kind !== 'iov-switch') return { ok: false, reason: `There is no IOV switch ${switchId} in the design.` };
  if (!Number.isInteger(adapters) || adapters < 0) return { ok: false, reason: 'A pool holds a whole number of adapters.' };
  const current = poolAdapters(topology, switchId, trafficClass);
  if (adapters < current.length) {
    return removeElements(topology, current.slice(adapters).map((a) => a.id));
  }
  const first = current[0];
  const model = template ?? (first && { props: first.props, fabricId: indexOf(topology).fabricOf(first.id)?.fabric.id ?? '' });
  if (!model) return { ok: false, reason: `The pool of ${switchNode.label} has no ${trafficClass} adapter to copy: add one first.` };
  const wanted = adapters - current.length;
  if (slotsUsed(topology, switchNode) + wanted > slotCapacity(switchNode)) {
    return { ok: false, reason: `${switchNode.label} has ${slotCapacity(switchNode) - slotsUsed(topology, switchNode)} free slots; ${wanted} more adapters do not fit.` };
  }
  let t = topology;
  for (let i = 0; i < wanted; i++) {
    const added = addNode(t, CLASS_HARDWARE[trafficClass].adapter, { x: 0, y: 0 });
    if (!added.ok) return added;
    const steps = [
      (d: Topology) => setProperties(d, added.id, model.props),
      (d: Topology) => placeAdapter(d, added.id, switchId),
      (d: Topology) => (model.fabricId ? connect(d, added.id, model.fabricId) : { ok: true as const, topology: d }),
    ];
    t = added.topology;
    for (const step of steps) {
      const result = step(t);
      if (!result.ok) return result;
      t = result.topology;
    }
  }
  return { ok: true, topology: t };
}
