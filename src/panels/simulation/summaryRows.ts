import type { TrafficClass } from '../../model/index.ts';
import type { ClassResult, SimulationResult, StageFigures } from '../../sim/index.ts';

/** What each direction means for each class (SIMULATION.md, "The path of an I/O"). */
export const DIRECTION_WORDS: Readonly<Record<TrafficClass, Record<'up' | 'down', string>>> = {
  storage: { up: 'reads', down: 'writes' },
  network: { up: 'receive', down: 'transmit' },
};

/** The port stage of a pool or a dedicated adapter in one direction: analytic beside simulated. */
export type StageRow = {
  key: string;
  /** What the row is, e.g. "sw1 storage reads" or "hba3 storage reads". */
  title: string;
  /** Whose stage it is when that is not in the title: a dedicated adapter's server, by label. */
  owner?: string;
  ports: number;
  /** The queueing model of the estimate, and whether it is exact for this stage. */
  model: string;
  exact: boolean;
  /** How far to trust the estimate: exact, approx., approx. (weighted) under QoS weights, or no closed form (no figure). */
  accuracy: 'exact' | 'approx.' | 'approx. (weighted)' | 'no closed form';
  analyticMs: number;
  simulatedMs: number;
  ci99: [number, number];
  /** Whether the estimate falls inside the simulated 99 % interval. */
  agrees: boolean;
  analyticWait: number;
  simulatedWait: number;
  completed: number;
  /** The stage's response p99 and its wait's p99, ms. */
  p99: number;
  waitP99: number;
};

export type PoolRow = StageRow & { switchId: string; trafficClass: TrafficClass; direction: string };

function stageRow(key: string, title: string, stage: StageFigures): StageRow {
  const [lo, hi] = stage.simulated.ci99;
  return {
    key, title,
    ports: stage.ports,
    model: stage.analytic.model,
    exact: stage.analytic.exact,
    accuracy: stage.analytic.qos === 'no closed form' ? 'no closed form'
      : stage.analytic.qos === 'weighted' ? 'approx. (weighted)' : stage.analytic.exact ? 'exact' : 'approx.',
    analyticMs: stage.analytic.meanResponseMs,
    simulatedMs: stage.simulated.meanResponseMs,
    ci99: [lo, hi],
    agrees: stage.analytic.meanResponseMs >= lo && stage.analytic.meanResponseMs <= hi,
    analyticWait: stage.analytic.waitProbability,
    simulatedWait: stage.simulated.waitProbability,
    completed: stage.simulated.completed,
    p99: stage.simulated.responseMs.p99,
    waitP99: stage.simulated.waitMs.p99,
  };
}

/** Per pool, class and direction: the analytic estimate beside the simulated port-stage figure. */
export function poolRows(result: SimulationResult): PoolRow[] {
  return result.pools.map((pool) => {
    const direction = DIRECTION_WORDS[pool.class][pool.direction];
    return {
      ...stageRow(`${pool.switchId}/${pool.class}/${pool.direction}`, `${pool.switchId} ${pool.class} ${direction}`, pool),
      switchId: pool.switchId, trafficClass: pool.class, direction,
    };
  });
}

/** The same per dedicated adapter, class and direction that carried I/O (an idle direction says nothing). */
export function dedicatedRows(result: SimulationResult, labels: ReadonlyMap<string, string> = new Map()): StageRow[] {
  return result.dedicated.filter((row) => row.simulated.completed > 0).map((row) => ({
    ...stageRow(`${row.adapterId}/${row.direction}`, `${row.adapterId} ${row.class} ${DIRECTION_WORDS[row.class][row.direction]}`, row),
    owner: labels.get(row.serverId) ?? row.serverId,
  }));
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
