// The engine self-check page (selfcheck.html): runs a built-in design in the browser and shows the
// fingerprint of its result, which an end-to-end test compares with Node's for the same seed.
import { example, isExampleName } from './model/index.ts';
import { hashResult, simulate } from './sim/index.ts';

const params = new URLSearchParams(location.search);
const report = document.getElementById('report')!;

function show(rows: [string, string][]): void {
  report.replaceChildren(...rows.flatMap(([term, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.setAttribute('aria-label', `${term}: ${value}`);
    return [dt, dd];
  }));
  report.setAttribute('aria-busy', 'false');
}

const name = params.get('design') ?? 'virtualized-rack';
if (!isExampleName(name)) {
  show([['Status', `unknown design "${name}": use classic-rack, virtualized-rack or redundant-virtualized`]]);
} else {
  const seed = Number(params.get('seed') ?? 1);
  const duration = Number(params.get('duration') ?? 4);
  const started = performance.now();
  const result = simulate(example(name), { seed, duration });
  const seconds = (performance.now() - started) / 1000;
  // For the end-to-end test: when fingerprints differ, it names the figure that differs.
  (window as unknown as { iovSelfCheck: unknown }).iovSelfCheck = result;
  show([
    ['Status', 'done'],
    ['Design', name],
    ['Seed', String(result.seed)],
    ['Duration', `${result.duration} s`],
    ['Events', String(result.events)],
    ['Fingerprint', hashResult(result)],
    ['Speed', `${(result.events / seconds / 1e6).toFixed(2)} million events/s`],
    ['Browser', navigator.userAgent],
  ]);
}
