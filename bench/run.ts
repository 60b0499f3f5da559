// `npm run bench`: every benchmark, each printing its figures. Speed goals live here, never in tests.
import { cpus } from 'node:os';
import { autosaveBenchmark } from './autosave.bench.ts';
import { canvasBenchmark } from './canvas.bench.ts';
import { cliBenchmark } from './cli.bench.ts';
import { engineBenchmark } from './engine.bench.ts';
import { gradingBenchmark } from './grading.bench.ts';
import { lighthouseBenchmark } from './lighthouse.bench.ts';
import { linksBenchmark } from './links.bench.ts';
import { liveBenchmark } from './live.bench.ts';
import { placementBenchmark } from './placement.bench.ts';
import { rulesBenchmark } from './rules.bench.ts';
import { simulationBenchmark } from './simulation.bench.ts';
import { svgExportBenchmark } from './svgExport.bench.ts';
import { sweepBenchmark } from './sweep.bench.ts';
import { tidyUpBenchmark } from './tidyUp.bench.ts';

const all = {
  rules: rulesBenchmark,
  engine: engineBenchmark,
  links: linksBenchmark,
  canvas: canvasBenchmark,
  simulation: simulationBenchmark,
  placement: placementBenchmark,
  svgExport: svgExportBenchmark,
  tidyUp: tidyUpBenchmark,
  cli: cliBenchmark,
  autosave: autosaveBenchmark,
  lighthouse: lighthouseBenchmark,
  grading: gradingBenchmark,
  sweep: sweepBenchmark,
  live: liveBenchmark,
};
// `npm run bench -- canvas simulation` runs only those.
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in all));
if (unknown.length > 0) {
  console.error(`no benchmark named ${unknown.join(', ')}; use some of: ${Object.keys(all).join(', ')}`);
  process.exit(2);
}
const benchmarks = Object.entries(all).filter(([name]) => asked.length === 0 || asked.includes(name)).map(([, run]) => run);

console.log(`IOV Studio benchmarks: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`);
for (const benchmark of benchmarks) {
  for (const result of await benchmark()) console.log(`- ${result.name} (${result.detail}): ${result.figure}`);
}
