import { catalog, isAdapterKind } from '../catalog/index.ts';
import { compareIds } from '../ids.ts';
import { addNode, connect, removeElements, setProperties, type OpResult } from '../operations/index.ts';
import { serverPortsUsed } from '../operations/budgets.ts';
import { TRAFFIC_CLASSES, hasDemand, type TrafficClass } from '../queueing/workloadMapping.ts';
import { portRateBytesPerSecond } from '../rates.ts';
import { CLASS_HARDWARE } from '../routing.ts';
import type { AdapterNode, ServerNode, Topology } from '../schema.ts';
import { poolDemand, smallestPoolAnalytic, type PortModel } from '../sizing/analyticSizing.ts';
import { indexOf } from '../topologyIndex.ts';
import { setPoolSize } from './poolSize.ts';

/** Sizing of a new pool: under 70 % busy even with one adapter failed (the warning line of the rules). */
export const VIRTUALIZE_TARGET = { maxUtilization: 0.7, nPlusOne: true } as const;

type PoolPlan = { trafficClass: TrafficClass; props: Record<string, unknown>; fabricId: string; adapters: number };

/**
 * The founding move: every server's dedicated adapters give way to a shared pool in an IOV switch
 * (a new one, or `switchId`), each server is cabled to it once over PCIe, and each class's pool is
 * sized to stay under 70 % with one adapter failed (at least two adapters), using the fastest of
 * the dedicated adapters it replaces and cabled to the fabric they reached.
 */
export function virtualize(topology: Topology, switchId?: string): OpResult<{ switchId: string }> {
  const index = indexOf(topology);
  const servers = index.servers.filter((s) => index.adaptersIn(s.id).length > 0);
  if (servers.length === 0) return { ok: false, reason: 'No server has adapters of its own: there is nothing to virtualize.' };
  const plans = TRAFFIC_CLASSES.flatMap((c) => planPool(topology, servers, c) ?? []);
  const dedicated = servers.flatMap((s) => index.adaptersIn(s.id).map((a) => a.id));
  const removed = removeElements(topology, dedicated);
  if (!removed.ok) return removed;
  const placed = chooseSwitch(removed.topology, servers, switchId);
  if (!placed.ok) return placed;
  let t = placed.topology;
  for (const server of servers) {
    if (indexOf(t).pcieCablesOf(server.id).some((c) => c.switchNode.id === placed.switchId)) continue;
    const cabled = connect(t, server.id, placed.switchId);
    if (!cabled.ok) return cabled;
    t = cabled.topology;
  }
  for (const plan of plans) {
    const sized = setPoolSize(t, placed.switchId, plan.trafficClass, plan.adapters, plan);
    if (!sized.ok) return sized;
    t = sized.topology;
  }
  return { ok: true, topology: t, switchId: placed.switchId };
}

/** The pool a class needs: the fastest dedicated adapter's properties, the fabric most of them reached, the size. */
function planPool(topology: Topology, servers: ServerNode[], trafficClass: TrafficClass): PoolPlan | undefined {
  const index = indexOf(topology);
  const kind = CLASS_HARDWARE[trafficClass].adapter;
  const adapters = servers.flatMap((s) => index.adaptersIn(s.id)).filter((a): a is AdapterNode => a.kind === kind && isAdapterKind(a.kind));
  const cabled = adapters.filter((a) => index.fabricOf(a.id));
  if (cabled.length === 0 || !servers.some((s) => hasDemand(s.workload, trafficClass))) return undefined;
  const fastest = cabled.reduce((best, a) => (portRateBytesPerSecond(a) > portRateBytesPerSecond(best) ? a : best));
  const fabricVotes = new Map<string, number>();
  for (const a of cabled) {
    const fabricId = index.fabricOf(a.id)!.fabric.id;
    fabricVotes.set(fabricId, (fabricVotes.get(fabricId) ?? 0) + 1);
  }
  const fabricId = [...fabricVotes].toSorted((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))[0]![0];
  const port: PortModel = { rate: portRateBytesPerSecond(fastest), iopsMax: fastest.props.iopsMax, delay: 0, portsPerAdapter: fastest.props.ports };
  const sized = smallestPoolAnalytic(poolDemand(servers, trafficClass, port), port, VIRTUALIZE_TARGET, catalog['iov-switch'].props.adapterSlots.max);
  return { trafficClass, props: { ...fastest.props }, fabricId, adapters: sized?.adapters ?? 2 };
}

/** The chosen switch, checked for room; or a new one under the servers, with a port for each. */
function chooseSwitch(topology: Topology, servers: ServerNode[], switchId?: string): OpResult<{ switchId: string }> {
  if (switchId !== undefined) {
    const chosen = indexOf(topology).node(switchId);
    if (chosen?.kind !== 'iov-switch') return { ok: false, reason: `There is no IOV switch ${switchId} in the design.` };
    const needed = servers.filter((s) => !indexOf(topology).pcieCablesOf(s.id).some((c) => c.switchNode.id === switchId)).length;
    const free = chosen.props.serverPorts - serverPortsUsed(topology, switchId);
    if (needed > free) return { ok: false, reason: `${chosen.label} has ${free} free server ports for ${needed} servers: choose a larger switch or a new one.` };
    return { ok: true, topology, switchId };
  }
  const xs = servers.map((s) => s.position.x);
  const bottom = Math.max(...servers.map((s) => s.position.y));
  const added = addNode(topology, 'iov-switch', { x: (Math.min(...xs) + Math.max(...xs)) / 2 - 110, y: bottom + 260 });
  if (!added.ok) return added;
  const ports = Math.max(catalog['iov-switch'].props.serverPorts.default, servers.length);
  const sized = setProperties(added.topology, added.id, { serverPorts: Math.min(ports, catalog['iov-switch'].props.serverPorts.max) });
  return sized.ok ? { ok: true, topology: sized.topology, switchId: added.id } : sized;
}
