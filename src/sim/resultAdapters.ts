import type { Topology } from '../model/index.ts';
import { DOWN, UP } from './compile.ts';
import type { Engine } from './engine.ts';

/** One port of an adapter: its own figures (an adapter reports its busiest port-direction). */
export type PortResult = {
  id: string;
  utilization: number; utilizationUp: number; utilizationDown: number;
  throughputMBps: number; iops: number;
  /** I/Os queued at or served by the port, both directions (a shared queue is at the pool). */
  meanQueueLength: number;
};

export type AdapterResult = {
  id: string; kind: string; switchId: string | null;
  utilization: number; utilizationUp: number; utilizationDown: number;
  throughputMBps: number; iops: number;
  /**
   * L: the time-average of the I/Os at the adapter, waiting or in service, both directions summed.
   * A dedicated adapter's own queue counts; a pooled adapter's waiting I/Os are in the switch's
   * shared queue and count in its pool's figure instead.
   */
  meanQueueLength: number;
  ports: PortResult[];
};

export type LinkResult = { id: string; kind: string; utilization: number; throughputMBps: number; iops: number; meanQueueLength: number };

/** A port's two directions added. */
const bothDirections = (array: Float64Array, port: number) => array[2 * port]! + array[2 * port + 1]!;

export function adapterResults(engine: Engine): AdapterResult[] {
  const { model, resources, options } = engine;
  const window = options.duration - options.warmup;
  const busy = (port: number, d: number) => resources.windowBusy[2 * port + d]! / window;
  const dedicatedQueue = new Map(model.pools.flatMap((pool, p) => (pool.kind === 'dedicated' ? [[pool.id, p] as const] : [])));
  return model.adapters.map((adapter) => {
    const ports = adapter.ports.map((p): PortResult => ({
      id: model.ports[p]!.id,
      utilization: Math.max(busy(p, UP), busy(p, DOWN)), utilizationUp: busy(p, UP), utilizationDown: busy(p, DOWN),
      throughputMBps: bothDirections(resources.windowBytes, p) / window / 1e6,
      iops: bothDirections(resources.windowCompletions, p) / window,
      meanQueueLength: bothDirections(resources.occupancyArea, p) / window,
    }));
    const sum = (pick: (port: PortResult) => number) => ports.reduce((s, port) => s + pick(port), 0);
    const p = dedicatedQueue.get(adapter.id);
    const waiting = p === undefined ? 0 : (engine.sharedQueues[2 * p + UP]!.area + engine.sharedQueues[2 * p + DOWN]!.area) / window;
    const up = Math.max(0, ...ports.map((port) => port.utilizationUp));
    const down = Math.max(0, ...ports.map((port) => port.utilizationDown));
    return {
      id: adapter.id, kind: adapter.kind, switchId: adapter.switchId,
      utilization: Math.max(up, down), utilizationUp: up, utilizationDown: down,
      throughputMBps: sum((port) => port.throughputMBps), iops: sum((port) => port.iops),
      meanQueueLength: sum((port) => port.meanQueueLength) + waiting,
      ports,
    };
  });
}

/** PCIe cables as queues; a fabric cable is not a queue: it reports what its adapter carries. */
export function linkResults(topology: Topology, engine: Engine, adapters: readonly AdapterResult[]): LinkResult[] {
  const { model, resources, options } = engine;
  const window = options.duration - options.warmup;
  const adapterByLink = new Map(model.adapters.map((a, i) => [a.fabricLinkId, adapters[i]!]));
  const cableFigures = new Map(model.cables.map((cable, c) => {
    const r = engine.cableBase + 2 * c;
    const both = (array: Float64Array) => array[r]! + array[r + 1]!;
    return [cable.linkId, {
      utilization: Math.max(resources.windowBusy[r]!, resources.windowBusy[r + 1]!) / window,
      throughputMBps: both(resources.windowBytes) / window / 1e6,
      iops: both(resources.windowCompletions) / window,
      meanQueueLength: both(resources.occupancyArea) / window,
    }];
  }));
  const idle = { utilization: 0, throughputMBps: 0, iops: 0, meanQueueLength: 0 };
  return topology.links.map((link) => {
    const adapter = adapterByLink.get(link.id);
    const figures = link.kind === 'pcie' ? cableFigures.get(link.id) ?? idle : adapter ? { ...adapter, meanQueueLength: 0 } : idle;
    return { id: link.id, kind: link.kind, utilization: figures.utilization, throughputMBps: figures.throughputMBps, iops: figures.iops, meanQueueLength: figures.meanQueueLength };
  });
}
