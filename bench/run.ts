// `npm run bench`: every benchmark, each printing its figures. Speed goals live here, never in tests.
import { cpus } from 'node:os';
import { rulesBenchmark } from './rules.bench.ts';

const benchmarks = [rulesBenchmark];

console.log(`IOV Studio benchmarks: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`);
for (const benchmark of benchmarks) {
  for (const result of benchmark()) console.log(`- ${result.name} (${result.detail}): ${result.figure}`);
}
