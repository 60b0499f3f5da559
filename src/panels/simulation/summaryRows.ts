import type { TrafficClass } from '../../model/index.ts';
import type { ClassResult, SimulationResult } from '../../sim/index.ts';

/** What each direction means for each class (SIMULATION.md, "The path of an I/O"). */
export const DIRECTION_WORDS: Readonly<Record<TrafficClass, Record<'up' | 'down', string>>> = {
  storage: { up: 'reads', down: 'writes' },
  network: { up: 'receive', down: 'transmit' },
};

export type PoolRow = {
  key: string;
  switchId: string;
  trafficClass: TrafficClass;
  direction: string;
  ports: number;
  /** The queueing model of the estimate, and whether it is exact for this pool. */
  model: string;
  exact: boolean;
  analyticMs: number;
  simulatedMs: number;
  ci99: [number, number];
  /** Whether the estimate falls inside the simulated 99 % interval. */
  agrees: boolean;
  analyticWait: number;
  simulatedWait: number;
  completed: number;
};

/** Per pool, class and direction: the analytic estimate beside the simulated port-stage figure. */
export function poolRows(result: SimulationResult): PoolRow[] {
  return result.pools.map((pool) => {
    const [lo, hi] = pool.simulated.ci99;
    return {
      key: `${pool.switchId}/${pool.class}/${pool.direction}`,
      switchId: pool.switchId,
      trafficClass: pool.class,
      direction: DIRECTION_WORDS[pool.class][pool.direction],
      ports: pool.ports,
      model: pool.analytic.model,
      exact: pool.analytic.exact,
      analyticMs: pool.analytic.meanResponseMs,
      simulatedMs: pool.simulated.meanResponseMs,
      ci99: [lo, hi],
      agrees: pool.analytic.meanResponseMs >= lo && pool.analytic.meanResponseMs <= hi,
      analyticWait: pool.analytic.waitProbability,
      simulatedWait: pool.simulated.waitProbability,
      completed: pool.simulated.completed,
    };
  });
}

export type ServerClassRow = {
  key: string;
  serverId: string;
  label: string;
  trafficClass: TrafficClass;
  p50: number;
  p95: number;
  p99: number;
  completed: number;
  failed: number;
  retried: number;
};

/** Per server and class with traffic: end-to-end p50, p95 and p99, and the I/Os that failed or were retried. */
export function serverRows(result: SimulationResult, labels: ReadonlyMap<string, string> = new Map()): ServerClassRow[] {
  return result.servers.flatMap((server) => (['storage', 'network'] as const).flatMap((trafficClass) => {
    const figures: ClassResult = server[trafficClass];
    if (figures.completed === 0 && figures.failed === 0) return [];
    const { p50, p95, p99 } = figures.responseMs;
    return [{
      key: `${server.id}/${trafficClass}`, serverId: server.id, label: labels.get(server.id) ?? server.id, trafficClass,
      p50, p95, p99, completed: figures.completed, failed: figures.failed, retried: figures.retried,
    }];
  }));
}

/** I/Os of the whole run: completed, failed (nowhere to go) and retried (moved after a failure). */
export function ioTotals(result: SimulationResult): { completed: number; failed: number; retried: number } {
  const totals = { completed: 0, failed: 0, retried: 0 };
  for (const server of result.servers) {
    for (const figures of [server.storage, server.network]) {
      totals.completed += figures.completed;
      totals.failed += figures.failed;
      totals.retried += figures.retried;
    }
  }
  return totals;
}
