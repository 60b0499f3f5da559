import { cappedDemand } from './cappedDemand.ts';
import { pcieRateBytesPerSecond, portRateBytesPerSecond } from './rates.ts';
import { activeRoutes, routesOf, type FailedSet, type LiveRoute } from './routing.ts';
import { indexOf } from './topologyIndex.ts';
import {
  DIRECTIONS, TRAFFIC_CLASSES, hasDemand, type Direction, type TrafficClass,
} from './queueing/workloadMapping.ts';
import type { AdapterNode, ServerNode, Topology } from './schema.ts';

/** The offered load on one direction of a group of ports. */
export type DirectionalLoad = {
  /** I/Os per second. */
  arrivalRate: number;
  /** Seconds of port time per second: Σ λ·E[S]; divided by the ports it is the utilization. */
  busyRate: number;
  utilization: number;
};

/**
 * Ports that share one queue for one class: a dedicated adapter (its server alone) or the pool of a
 * switch. The analytic figures of the rules (and later the simulator's "analytic beside simulated").
 */
export type PortGroup = {
  id: string;
  kind: 'dedicated' | 'pooled';
  trafficClass: TrafficClass;
  /** The switch of a pool, or the server a dedicated adapter sits in. */
  ownerId: string;
  adapterIds: string[];
  ports: string[];
  serverIds: string[];
  load: Record<Direction, DirectionalLoad>;
};

export type CableLoad = { linkId: string; serverId: string; switchId: string; rateBytesPerSecond: number; utilization: Record<Direction, number> };

export type OfferedLoad = { groups: PortGroup[]; cables: CableLoad[] };

const emptyLoad = (): Record<Direction, DirectionalLoad> => ({
  up: { arrivalRate: 0, busyRate: 0, utilization: 0 },
  down: { arrivalRate: 0, busyRate: 0, utilization: 0 },
});

/**
 * Where every server's demand goes with nothing (or `failed`) down, as the routing sends it: a
 * server's load (held to its QoS cap, cappedDemand.ts) splits evenly over its active routes. A pool with ports of different speeds is
 * taken at their mean rate: exact for the usual pool of identical adapters.
 */
export function offeredLoad(topology: Topology, failed?: FailedSet): OfferedLoad {
  const index = indexOf(topology);
  const groups = new Map<string, PortGroup>();
  const cables = new Map<string, CableLoad>();

  for (const server of index.servers) {
    for (const trafficClass of TRAFFIC_CLASSES) {
      if (!hasDemand(server.workload, trafficClass)) continue;
      const active = activeRoutes(routesOf(topology, server.id, trafficClass), failed);
      const share = 1 / Math.max(1, active.routes.length);
      for (const live of active.routes) {
        const group = groupFor(groups, live, trafficClass, server);
        addDemand(group, index.node.bind(index), server, trafficClass, share, live);
        if (live.route.kind === 'pooled') addCableDemand(cables, topology, server, live.route.cableId, live.route.switchId, trafficClass, share);
      }
    }
  }
  for (const group of groups.values()) {
    for (const direction of DIRECTIONS) group.load[direction].utilization = group.load[direction].busyRate / group.ports.length;
  }
  return { groups: [...groups.values()], cables: [...cables.values()] };
}

function groupFor(groups: Map<string, PortGroup>, live: LiveRoute, trafficClass: TrafficClass, server: ServerNode): PortGroup {
  const { route } = live;
  const id = route.kind === 'dedicated' ? route.adapterId : `${route.switchId}/${trafficClass}`;
  let group = groups.get(id);
  if (!group) {
    group = {
      id, kind: route.kind, trafficClass,
      ownerId: route.kind === 'dedicated' ? server.id : route.switchId,
      adapterIds: route.kind === 'dedicated' ? [route.adapterId] : route.adapters.map((a) => a.adapterId),
      ports: live.ports, serverIds: [], load: emptyLoad(),
    };
    groups.set(id, group);
  }
  group.serverIds.push(server.id);
  return group;
}

function addDemand(
  group: PortGroup, nodeOf: (id: string) => unknown, server: ServerNode,
  trafficClass: TrafficClass, share: number, live: LiveRoute,
) {
  const adapters = [...new Set(live.ports.map((port) => port.split(':')[0]!))].map((id) => nodeOf(id) as AdapterNode);
  const meanRate = adapters.reduce((sum, a) => sum + portRateBytesPerSecond(a), 0) / adapters.length;
  const meanIopsMax = adapters.reduce((sum, a) => sum + a.props.iopsMax, 0) / adapters.length;
  const demand = cappedDemand(server, trafficClass);
  for (const direction of DIRECTIONS) {
    const { arrivalRate, meanBytes } = demand[direction];
    const service = Math.max(meanBytes / meanRate, 1 / meanIopsMax);
    group.load[direction].arrivalRate += arrivalRate * share;
    group.load[direction].busyRate += arrivalRate * share * service;
  }
}

function addCableDemand(
  cables: Map<string, CableLoad>, topology: Topology, server: ServerNode, linkId: string,
  switchId: string, trafficClass: TrafficClass, share: number,
) {
  let cable = cables.get(linkId);
  if (!cable) {
    const switchNode = indexOf(topology).node(switchId);
    if (switchNode?.kind !== 'iov-switch') return;
    cable = { linkId, serverId: server.id, switchId, rateBytesPerSecond: pcieRateBytesPerSecond(server, switchNode), utilization: { up: 0, down: 0 } };
    cables.set(linkId, cable);
  }
  const demand = cappedDemand(server, trafficClass);
  for (const direction of DIRECTIONS) {
    const { arrivalRate, meanBytes } = demand[direction];
    cable.utilization[direction] += (arrivalRate * share * meanBytes) / cable.rateBytesPerSecond;
  }
}

/** The busier direction's utilization: what saturates first. */
export function busiestDirection(utilization: Record<Direction, number>): number {
  return Math.max(utilization.up, utilization.down);
}

export function groupUtilization(group: PortGroup): number {
  return busiestDirection({ up: group.load.up.utilization, down: group.load.down.utilization });
}
