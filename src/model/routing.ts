import { portId } from './ids.ts';
import { indexOf, type TopologyIndex } from './topologyIndex.ts';
import type { TrafficClass } from './queueing/workloadMapping.ts';
import type { AdapterNode, Topology } from './schema.ts';
import type { AdapterKind, FabricKind } from './catalog/index.ts';

/** The adapter and fabric that carry each class of traffic. */
export const CLASS_HARDWARE: Readonly<Record<TrafficClass, { adapter: AdapterKind; fabric: FabricKind }>> = {
  storage: { adapter: 'fc-hba', fabric: 'san' },
  network: { adapter: 'eth-nic', fabric: 'lan' },
};

/** One adapter on a route: its ports and the cable to its fabric. */
export type RouteAdapter = { adapterId: string; ports: string[]; fabricLinkId: string; fabricId: string };

/**
 * A way out of a server for one class: its own adapter, or the pool of a switch it is cabled to
 * (the PCIe cable, the switch, and every adapter of the pool that reaches the right fabric).
 */
export type Route =
  | ({ kind: 'dedicated' } & RouteAdapter)
  | { kind: 'pooled'; switchId: string; cableId: string; adapters: RouteAdapter[] };

/** What is down: ids of nodes, links and ports (`hba1:2`). */
export type FailedSet = ReadonlySet<string>;
const NOTHING_FAILED: FailedSet = new Set();

function routeAdapter(index: TopologyIndex, adapter: AdapterNode, trafficClass: TrafficClass): RouteAdapter | undefined {
  const fabric = index.fabricOf(adapter.id);
  if (!fabric || fabric.fabric.kind !== CLASS_HARDWARE[trafficClass].fabric) return undefined;
  const ports = Array.from({ length: adapter.props.ports }, (_, i) => portId(adapter.id, i + 1));
  return { adapterId: adapter.id, ports, fabricLinkId: fabric.link.id, fabricId: fabric.fabric.id };
}

function adaptersFor(index: TopologyIndex, parentId: string, trafficClass: TrafficClass): RouteAdapter[] {
  const wanted = CLASS_HARDWARE[trafficClass].adapter;
  return index
    .adaptersIn(parentId)
    .filter((adapter) => adapter.kind === wanted)
    .map((adapter) => routeAdapter(index, adapter, trafficClass))
    .filter((route): route is RouteAdapter => route !== undefined);
}

/**
 * The ordered candidate routes of a server for a class (SIMULATION.md): its dedicated adapters
 * first, then the pool of each switch it is cabled to, in switch id order, where the pool reaches
 * the class's fabric. The rules and the simulator use this; nothing else derives paths.
 */
export function routesOf(topology: Topology, serverId: string, trafficClass: TrafficClass): Route[] {
  const index = indexOf(topology);
  const dedicated: Route[] = adaptersFor(index, serverId, trafficClass).map((a) => ({ kind: 'dedicated', ...a }));
  const pooled: Route[] = [];
  for (const { link, switchNode } of index.pcieCablesOf(serverId)) {
    const adapters = adaptersFor(index, switchNode.id, trafficClass);
    if (adapters.length > 0) pooled.push({ kind: 'pooled', switchId: switchNode.id, cableId: link.id, adapters });
  }
  return [...dedicated, ...pooled];
}

/** The ports of an adapter still serving, given what is down. */
function livePorts(adapter: RouteAdapter, failed: FailedSet): string[] {
  if (failed.has(adapter.adapterId) || failed.has(adapter.fabricLinkId) || failed.has(adapter.fabricId)) return [];
  return adapter.ports.filter((port) => !failed.has(port));
}

export type LiveRoute = { route: Route; ports: string[] };

/** A route with the ports that still serve on it; no ports when the route is down. */
export function liveRoute(route: Route, failed: FailedSet): LiveRoute {
  if (route.kind === 'dedicated') return { route, ports: livePorts(route, failed) };
  if (failed.has(route.switchId) || failed.has(route.cableId)) return { route, ports: [] };
  return { route, ports: route.adapters.flatMap((adapter) => livePorts(adapter, failed)) };
}

export type ActiveRoutes = {
  /** Dedicated adapters serve while any has a port up; pools stand by until then, active-active between switches. */
  mode: 'dedicated' | 'pooled' | 'none';
  routes: LiveRoute[];
};

/** Which routes carry the class's I/O now, given what is down: what failover does. */
export function activeRoutes(routes: readonly Route[], failed: FailedSet = NOTHING_FAILED): ActiveRoutes {
  const live = routes.map((route) => liveRoute(route, failed)).filter((r) => r.ports.length > 0);
  const dedicated = live.filter((r) => r.route.kind === 'dedicated');
  if (dedicated.length > 0) return { mode: 'dedicated', routes: dedicated };
  if (live.length > 0) return { mode: 'pooled', routes: live };
  return { mode: 'none', routes: [] };
}

/** Every element whose failure can take a route down: adapters, cables and switches (fabrics are not counted). */
export function failureElementsOf(route: Route): string[] {
  if (route.kind === 'dedicated') return [route.adapterId, route.fabricLinkId];
  return [route.cableId, route.switchId, ...route.adapters.flatMap((a) => [a.adapterId, a.fabricLinkId])];
}

/** The elements whose failure alone leaves the class with no route: its single points of failure. */
export function singlePointsOfFailure(routes: readonly Route[]): string[] {
  if (routes.length === 0) return [];
  const candidates = new Set(routes.flatMap(failureElementsOf));
  return [...candidates].filter((element) => activeRoutes(routes, new Set([element])).mode === 'none');
}
