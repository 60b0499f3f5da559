/** The designs the canvas and live benchmarks open, by the names their figures print. */
import { EXAMPLES, dedicate, scaleDesign, type Topology } from '../../src/model/index.ts';

export const BENCH_DESIGNS = ['virtualized-rack', 'rack-64', 'scale-200', 'scale-1000'] as const;
export type BenchDesign = (typeof BENCH_DESIGNS)[number];

/**
 * Long enough that a run flat out lasts a whole measurement; 60 s for 1,000 servers, as the issue
 * measured it (a 300 s run of that size never started in the benchmark: see its status).
 */
const duration = (name: string) => (name === 'scale-1000' ? 60 : 300);

function rack64(): Topology {
  const dedicated = dedicate(scaleDesign(64));
  if (!dedicated.ok) throw new Error(dedicated.reason);
  return dedicated.topology;
}

/** A design by name: the example, the 64-server classic rack `dedicate(scaleDesign(64))`, scaleDesign(200) or (1000). */
export function benchDesign(name: string, longRun = false): Topology {
  const base = name === 'virtualized-rack' ? EXAMPLES['virtualized-rack'].build()
    : name === 'rack-64' ? rack64()
      : name === 'scale-1000' ? scaleDesign(1000)
        : scaleDesign(200);
  return longRun ? { ...base, settings: { ...base.settings, duration: duration(name), warmup: duration(name) / 10 } } : base;
}
