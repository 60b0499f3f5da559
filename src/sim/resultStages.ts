import { DIRECTIONS, compareIds, type Direction, type Topology, type TrafficClass } from '../model/index.ts';
import { poolEstimate } from './analytic.ts';
import { DOWN, UP, type CompiledPool } from './compile.ts';
import type { Engine } from './engine.ts';
import { MS, ratio, timeFigures, type TimeFigures } from './resultClass.ts';

/** The port stage (its wait + service) of a pool or a dedicated adapter in one direction. */
export type StageFigures = {
  ports: number;
  analytic: {
    model: string; exact: boolean; utilization: number; waitProbability: number;
    meanWaitMs: number; meanResponseMs: number;
    /** L: I/Os in the port stage, waiting or in service (λW). */
    meanQueueLength: number;
    /** Only where QoS acts on the pool (analytic.ts): approx. (weighted), or no closed form (figures null). */
    qos?: 'weighted' | 'no closed form';
  };
  simulated: {
    completed: number; waitProbability: number; meanResponseMs: number; ci99: [number, number];
    /** Mean busy fraction of the ports. */
    utilization: number;
    /** Time-average of the I/Os in the port stage: in the shared queue, queued at a port or served. */
    meanQueueLength: number;
    waitMs: TimeFigures;
    responseMs: TimeFigures;
  };
};

export type PoolStage = { switchId: string; class: TrafficClass; direction: Direction } & StageFigures;
export type DedicatedStage = { adapterId: string; serverId: string; class: TrafficClass; direction: Direction } & StageFigures;

function stageFigures(topology: Topology, engine: Engine, p: number, direction: Direction): StageFigures {
  const { model, resources, options, poolStats: stats } = engine;
  const pool: CompiledPool = model.pools[p]!;
  const d = direction === 'up' ? UP : DOWN;
  const slot = 2 * p + d;
  const window = options.duration - options.warmup;
  const estimate = poolEstimate(topology, model, p, direction);
  const completed = stats.completed[slot]!;
  const response = timeFigures(stats.sumResponse[slot]!, completed, stats.responseSketches[slot], stats.responseBatches, [slot]);
  const portArea = pool.ports.reduce((sum, port) => sum + resources.occupancyArea[2 * port + d]!, 0);
  const busy = pool.ports.reduce((sum, port) => sum + resources.windowBusy[2 * port + d]!, 0);
  return {
    ports: pool.ports.length,
    analytic: {
      model: estimate.model, exact: estimate.exact, utilization: estimate.utilization, waitProbability: estimate.waitProbability,
      meanWaitMs: estimate.meanWait * MS, meanResponseMs: estimate.meanResponse * MS, meanQueueLength: estimate.meanQueueLength,
      ...(estimate.qos !== undefined && { qos: estimate.qos }),
    },
    simulated: {
      completed,
      waitProbability: ratio(stats.waited[slot]!, completed),
      meanResponseMs: response.mean,
      ci99: response.ci99,
      utilization: busy / (window * pool.ports.length),
      meanQueueLength: (portArea + engine.sharedQueues[slot]!.area + (engine.path.fair?.areaAt(slot) ?? 0)) / window,
      waitMs: timeFigures(stats.sumWait[slot]!, completed, stats.waitSketches[slot], stats.waitBatches, [slot]),
      responseMs: response,
    },
  };
}

/** Per switch pool, class and direction: analytic beside simulated (SIMULATION.md). */
export function poolStages(topology: Topology, engine: Engine): PoolStage[] {
  return engine.model.pools.flatMap((pool, p) => pool.kind !== 'pooled' ? [] : DIRECTIONS.map((direction) => ({
    switchId: pool.switchId!, class: pool.trafficClass, direction, ...stageFigures(topology, engine, p, direction),
  })));
}

/** The same per dedicated adapter (its server's own queue), in adapter id order. */
export function dedicatedStages(topology: Topology, engine: Engine): DedicatedStage[] {
  const { model } = engine;
  const order = model.pools.map((pool, p) => ({ pool, p })).filter(({ pool }) => pool.kind === 'dedicated').toSorted((a, b) => compareIds(a.pool.id, b.pool.id));
  return order.flatMap(({ pool, p }) => DIRECTIONS.map((direction) => ({
    adapterId: pool.id, serverId: pool.serverIds[0] ?? '', class: pool.trafficClass, direction, ...stageFigures(topology, engine, p, direction),
  })));
}
