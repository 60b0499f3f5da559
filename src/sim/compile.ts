import {
  TRAFFIC_CLASSES, compareIds, demandOf, hasDemand, indexOf, pcieRateBytesPerSecond, portRateBytesPerSecond,
  routesOf, type AdapterNode, type DispatchPolicy, type Route, type Topology, type TrafficClass,
} from '../model/index.ts';
import { streamQosOf, type StreamQos } from './qos/streamQos.ts';

/** Directions as indices: data towards the server (reads, receives) is UP, away from it DOWN. */
export const UP = 0;
export const DOWN = 1;

/** One (server, class) source of I/O. */
export type CompiledStream = {
  name: string;
  serverId: string;
  trafficClass: TrafficClass;
  /** Mean I/Os per second over both directions. */
  rate: number;
  /** P(an I/O flows up): the read share (storage) or the receive share (network). */
  upShare: number;
  meanBytes: number;
  fixedSizes: boolean;
  bursty: boolean;
  /** Mean on and off periods, seconds. */
  meanOn: number;
  meanOff: number;
  /** The model's routes, in order, and the pool (and cable) each uses. */
  routes: Route[];
  routePools: number[];
  routeCables: number[];
  /** Its queue depth, caps, weight and guarantee (qos/streamQos.ts); null: none, as before QoS. */
  qos: StreamQos | null;
};

/** Ports that share dispatch: a dedicated adapter, or a switch's pool for one class. */
export type CompiledPool = {
  id: string;
  kind: 'dedicated' | 'pooled';
  switchId: string | null;
  trafficClass: TrafficClass;
  /** Dedicated adapters share one queue among their ports, like shared-queue. */
  policy: DispatchPolicy;
  ports: number[];
  /** Servers bound round robin by `static`, in id order. */
  serverIds: string[];
  hopDelay: number;
  /** Weighted fair dispatch (qos/fairDispatch.ts): a pool one of whose servers has QoS for its class. */
  fair: boolean;
};

export type CompiledPort = {
  id: string;
  adapter: number;
  pool: number;
  rate: number;
  /** 1 / the port's IOPS ceiling: the shortest service. */
  minService: number;
  /** Adapter and fabric latency, seconds. */
  delay: number;
  /** Ids whose failure takes the port down. */
  elements: string[];
};

export type CompiledCable = { linkId: string; serverId: string; switchId: string; rate: number; elements: string[] };

export type CompiledAdapter = { id: string; kind: AdapterNode['kind']; switchId: string | null; ports: number[]; fabricLinkId: string | null };

export type CompiledModel = {
  streams: CompiledStream[];
  pools: CompiledPool[];
  ports: CompiledPort[];
  cables: CompiledCable[];
  adapters: CompiledAdapter[];
  /** Node ids a fault on a server also takes down: its dedicated adapters and its cables. */
  faultExpansion: Map<string, string[]>;
};

const US = 1e-6;

/** Resolves a topology into flat tables the engine indexes by number. */
export function compile(topology: Topology): CompiledModel {
  const index = indexOf(topology);
  const adapters: CompiledAdapter[] = [];
  const ports: CompiledPort[] = [];
  const adapterIndex = new Map<string, number>();
  const portIndex = new Map<string, number>();
  const sortedAdapters = topology.nodes
    .filter((n): n is AdapterNode => n.kind === 'fc-hba' || n.kind === 'eth-nic')
    .toSorted((a, b) => compareIds(a.id, b.id));

  for (const adapter of sortedAdapters) {
    const parent = adapter.parentId ? index.node(adapter.parentId) : undefined;
    const fabric = index.fabricOf(adapter.id);
    const a = adapters.length;
    adapterIndex.set(adapter.id, a);
    const entry: CompiledAdapter = {
      id: adapter.id, kind: adapter.kind, switchId: parent?.kind === 'iov-switch' ? parent.id : null,
      ports: [], fabricLinkId: fabric?.link.id ?? null,
    };
    adapters.push(entry);
    const fabricDelay = fabric && (fabric.fabric.kind === 'san' || fabric.fabric.kind === 'lan') ? fabric.fabric.props.fabricLatencyUs * US : 0;
    for (let p = 1; p <= adapter.props.ports; p++) {
      const id = `${adapter.id}:${p}`;
      portIndex.set(id, ports.length);
      entry.ports.push(ports.length);
      ports.push({
        id, adapter: a, pool: -1,
        rate: portRateBytesPerSecond(adapter), minService: 1 / adapter.props.iopsMax,
        delay: adapter.props.latencyUs * US + fabricDelay,
        elements: [id, adapter.id, ...(fabric ? [fabric.link.id, fabric.fabric.id] : []), ...(adapter.parentId ? [adapter.parentId] : [])],
      });
    }
  }

  const pools: CompiledPool[] = [];
  const poolIndex = new Map<string, number>();
  const cables: CompiledCable[] = [];
  const cableIndex = new Map<string, number>();
  const streams: CompiledStream[] = [];

  const poolFor = (route: Route, trafficClass: TrafficClass, serverId: string): number => {
    const id = route.kind === 'dedicated' ? route.adapterId : `${route.switchId}/${trafficClass}`;
    let p = poolIndex.get(id);
    if (p === undefined) {
      p = pools.length;
      poolIndex.set(id, p);
      const switchNode = route.kind === 'pooled' ? index.node(route.switchId) : undefined;
      const adapterIds = route.kind === 'dedicated' ? [route.adapterId] : route.adapters.map((a) => a.adapterId);
      const poolPorts = adapterIds.flatMap((a) => adapters[adapterIndex.get(a)!]!.ports);
      for (const port of poolPorts) ports[port]!.pool = p;
      pools.push({
        id, kind: route.kind, switchId: route.kind === 'pooled' ? route.switchId : null, trafficClass,
        policy: switchNode?.kind === 'iov-switch' ? switchNode.props.policy : 'shared-queue',
        ports: poolPorts, serverIds: [],
        hopDelay: switchNode?.kind === 'iov-switch' ? switchNode.props.hopLatencyUs * US : 0,
        fair: false,
      });
    }
    const pool = pools[p]!;
    if (!pool.serverIds.includes(serverId)) pool.serverIds.push(serverId);
    return p;
  };

  const cableFor = (route: Route, serverId: string): number => {
    if (route.kind === 'dedicated') return -1;
    let c = cableIndex.get(route.cableId);
    if (c === undefined) {
      c = cables.length;
      cableIndex.set(route.cableId, c);
      const server = index.node(serverId);
      const switchNode = index.node(route.switchId);
      const rate = server?.kind === 'server' && switchNode?.kind === 'iov-switch' ? pcieRateBytesPerSecond(server, switchNode) : 0;
      cables.push({ linkId: route.cableId, serverId, switchId: route.switchId, rate, elements: [route.cableId, route.switchId, serverId] });
    }
    return c;
  };

  for (const server of index.servers) {
    for (const trafficClass of TRAFFIC_CLASSES) {
      if (!hasDemand(server.workload, trafficClass)) continue;
      const demand = demandOf(server.workload, trafficClass);
      const rate = demand.up.arrivalRate + demand.down.arrivalRate;
      const routes = routesOf(topology, server.id, trafficClass);
      const { workload } = server;
      streams.push({
        name: `${server.id}/${trafficClass}`, serverId: server.id, trafficClass, rate,
        upShare: rate > 0 ? demand.up.arrivalRate / rate : 0,
        meanBytes: demand.up.meanBytes, fixedSizes: workload.sizes === 'fixed',
        bursty: workload.arrivals === 'bursty', meanOn: workload.onMs / 1000, meanOff: workload.offMs / 1000,
        routes,
        routePools: routes.map((route) => poolFor(route, trafficClass, server.id)),
        routeCables: routes.map((route) => cableFor(route, server.id)),
        qos: streamQosOf(server, trafficClass),
      });
    }
  }
  for (const pool of pools) pool.serverIds.sort(compareIds);
  // Weights and guarantees act where servers share ports: a switch's pool, not a dedicated adapter.
  for (const stream of streams) {
    if (stream.qos?.shapesPool) for (const p of stream.routePools) if (pools[p]!.kind === 'pooled') pools[p]!.fair = true;
  }

  const faultExpansion = new Map<string, string[]>();
  for (const server of index.servers) {
    faultExpansion.set(server.id, [
      ...index.adaptersIn(server.id).map((a) => a.id),
      ...index.pcieCablesOf(server.id).map((c) => c.link.id),
    ]);
  }
  return { streams, pools, ports, cables, adapters, faultExpansion };
}
