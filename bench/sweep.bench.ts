// Sweep throughput (issue 19): runs per second of `iov sweep` on this machine with 1 and 2 worker threads.
import { example, type Topology } from '../src/model/index.ts';
import { planSweep, runSweep } from '../src/sim/index.ts';
import { createThreadPool } from '../src/cli/threadPool.ts';

/** The virtualized rack, 2 s per run: a grid of 6 points in 2 replications, 12 runs. */
const DESIGN: Topology = (() => {
  const rack = example('virtualized-rack');
  return { ...rack, settings: { ...rack.settings, duration: 2, warmup: 0.2 } };
})();
const AXES = [{ parameter: 'hba' as const, values: [1, 2] }, { parameter: 'load' as const, values: [0.5, 1, 1.5] }];

async function runsPerSecond(threads: number): Promise<{ perSecond: number; runs: number; seconds: number }> {
  const planned = planSweep(AXES, 2);
  if (!planned.ok) throw new Error(planned.reason);
  const pool = createThreadPool(threads);
  try {
    // One warm-up run per thread (tsx compiles the engine in each thread once), not counted.
    await pool.runMany(Array.from({ length: threads }, () => ({ topology: DESIGN, options: { duration: 0.5, warmup: 0.1 } })));
    const start = performance.now();
    const runs = await runSweep(DESIGN, planned.plan, pool.runMany, () => {}, 2 * threads);
    const seconds = (performance.now() - start) / 1000;
    return { perSecond: runs / seconds, runs, seconds };
  } finally {
    await pool.close();
  }
}

const detail = (r: { runs: number; seconds: number }) => `${r.runs} runs of the virtualized rack, 2 s simulated each, in ${r.seconds.toFixed(1)} s`;

export async function sweepBenchmark() {
  const one = await runsPerSecond(1);
  const two = await runsPerSecond(2);
  return [
    { name: 'sweep, 1 thread (createThreadPool(1) runs in process)', detail: detail(one), figure: `${one.perSecond.toFixed(2)} runs/s` },
    { name: 'sweep, 2 worker threads', detail: detail(two), figure: `${two.perSecond.toFixed(2)} runs/s (${(two.perSecond / one.perSecond).toFixed(2)}× one)` },
  ];
}
