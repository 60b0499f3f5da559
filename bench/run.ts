// `npm run bench`: every benchmark, each printing its figures. Speed goals live here, never in tests.
import { cpus } from 'node:os';
import { canvasBenchmark } from './canvas.bench.ts';
import { engineBenchmark } from './engine.bench.ts';
import { linksBenchmark } from './links.bench.ts';
import { rulesBenchmark } from './rules.bench.ts';
import { simulationBenchmark } from './simulation.bench.ts';

const benchmarks = [rulesBenchmark, engineBenchmark, linksBenchmark, canvasBenchmark, simulationBenchmark];

console.log(`IOV Studio benchmarks: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`);
for (const benchmark of benchmarks) {
  for (const result of await benchmark()) console.log(`- ${result.name} (${result.detail}): ${result.figure}`);
}
