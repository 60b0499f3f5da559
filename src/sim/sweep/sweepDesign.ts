import { indexOf, poolAdapters, scaleDesign, setPoolSize, type Topology, type TrafficClass } from '../../model/index.ts';
import type { SweepPoint } from './sweepParameters.ts';

type Made = { ok: true; topology: Topology } | { ok: false; reason: string };

/**
 * The design at one point of a sweep. `servers` builds scaleDesign(n) (SIMULATION.md: ceil(n/16) IOV
 * switches, presets cycling web, database, backup, vdi, idle) and keeps the file's run settings and
 * prices (its faults name elements that no longer exist, so they go); `hba` and `nic` set the pool of
 * that class in every IOV switch; `load` multiplies every server's storage IOPS and network rate.
 * `seed` is not a change of the design: it is the seed the replications derive from.
 */
export function designAt(file: Topology, point: SweepPoint): Made {
  let topology = point.servers === undefined ? file : withServersOf(file, point.servers);
  for (const [parameter, trafficClass] of [['hba', 'storage'], ['nic', 'network']] as const) {
    const adapters = point[parameter];
    if (adapters === undefined) continue;
    const pooled = withPoolSize(topology, trafficClass, adapters, parameter);
    if (!pooled.ok) return pooled;
    topology = pooled.topology;
  }
  if (point.load !== undefined) topology = withLoad(topology, point.load);
  return { ok: true, topology };
}

function withServersOf(file: Topology, servers: number): Topology {
  const scaled = scaleDesign(servers);
  return { ...scaled, name: `${file.name}, ${servers} servers`, settings: { ...file.settings, faults: [] } };
}

function withPoolSize(topology: Topology, trafficClass: TrafficClass, adapters: number, parameter: string): Made {
  const switches = indexOf(topology).switches.filter((sw) => poolAdapters(topology, sw.id, trafficClass).length > 0);
  if (switches.length === 0) return { ok: false, reason: `${parameter} sets the ${trafficClass} pool of each IOV switch, and the design has none: virtualize it first, or vary servers (its designs are virtualized).` };
  let next = topology;
  for (const sw of switches) {
    const sized = setPoolSize(next, sw.id, trafficClass, adapters);
    if (!sized.ok) return { ok: false, reason: `${parameter}=${adapters}: ${sized.reason}` };
    next = sized.topology;
  }
  return { ok: true, topology: next };
}

function withLoad(topology: Topology, load: number): Topology {
  return {
    ...topology,
    nodes: topology.nodes.map((node) => (node.kind === 'server'
      ? { ...node, workload: { ...node.workload, storageIops: node.workload.storageIops * load, networkMbps: node.workload.networkMbps * load } }
      : node)),
  };
}
