import { addNode, connect, placeAdapter, removeElements, setProperties, type OpResult } from '../operations/index.ts';
import { TRAFFIC_CLASSES } from '../queueing/workloadMapping.ts';
import { portRateBytesPerSecond } from '../rates.ts';
import { CLASS_HARDWARE } from '../routing.ts';
import type { AdapterNode, Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { poolAdapters } from './poolSize.ts';

/**
 * The inverse of `virtualize`: each server cabled to an IOV switch gets its own adapter of each
 * class the pool carried, of the pool's fastest speed, cabled to the pool's fabric; the switches,
 * their pools and the PCIe cables go.
 */
export function dedicate(topology: Topology): OpResult {
  const index = indexOf(topology);
  if (index.switches.length === 0) return { ok: false, reason: 'There is no IOV switch: every adapter is already dedicated.' };
  const switchIds = index.switches.map((s) => s.id);
  const assignments = index.servers.flatMap((server) => {
    const first = index.pcieCablesOf(server.id)[0];
    if (!first) return [];
    return TRAFFIC_CLASSES.flatMap((trafficClass) => {
      const pool = poolAdapters(topology, first.switchNode.id, trafficClass);
      if (pool.length === 0) return [];
      const fastest = pool.reduce((best: AdapterNode, a) => (portRateBytesPerSecond(a) > portRateBytesPerSecond(best) ? a : best));
      const fabricId = index.fabricOf(fastest.id)?.fabric.id;
      return [{ serverId: server.id, kind: CLASS_HARDWARE[trafficClass].adapter, props: fastest.props, fabricId }];
    });
  });
  const removed = removeElements(topology, switchIds);
  if (!removed.ok) return removed;
  let t = removed.topology;
  for (const job of assignments) {
    const added = addNode(t, job.kind, { x: 0, y: 0 });
    if (!added.ok) return added;
    t = added.topology;
    for (const step of [
      (d: Topology) => setProperties(d, added.id, job.props),
      (d: Topology) => placeAdapter(d, added.id, job.serverId),
      (d: Topology) => (job.fabricId ? connect(d, added.id, job.fabricId) : ({ ok: true, topology: d } as const)),
    ]) {
      const result = step(t);
      if (!result.ok) return result;
      t = result.topology;
    }
  }
  return { ok: true, topology: t };
}
