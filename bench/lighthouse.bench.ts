import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { CHROME, hasChrome, launchChrome } from './benchPage.ts';
import { startBlocking, type StartBlocking } from './startBlocking.ts';

const RUNS = 3;
// Overridable so that two people can run it at once on one machine.
const PORT = Number(process.env.IOV_BENCH_PORT ?? 4193);
const DEBUGGING_PORT = Number(process.env.IOV_BENCH_DEBUG_PORT ?? 9333);

type Scores = { performance: number; accessibility: number; totalBlockingTime: number; largestContentfulPaint: number; firstContentfulPaint: number; speedIndex: number };

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The built app (vite.config.ts, as deployed) served on PORT; or, for an A/B in the same minutes
 * on a shared machine, an app built before into IOV_BENCH_BUILT (`npx vite build --outDir DIR` of
 * another commit), served as it is.
 */
async function serveBuiltApp() {
  const prebuilt = process.env.IOV_BENCH_BUILT;
  const outDir = prebuilt ?? fileURLToPath(new URL('../reports/bench-app/', import.meta.url));
  if (!prebuilt) await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
  return { url: `http://127.0.0.1:${PORT}/`, close: () => server.close() };
}

async function audit(url: string): Promise<Scores> {
  const result = await lighthouse(url, { port: DEBUGGING_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!result) throw new Error('Lighthouse gave no result');
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    totalBlockingTime: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    largestContentfulPaint: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    firstContentfulPaint: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
    speedIndex: audits['speed-index']?.numericValue ?? Number.NaN,
  };
}

/**
 * Issue 16, item 7: Lighthouse 12 (its default, mobile preset: a mid-range phone, simulated slow
 * 4G and a 4× slower CPU) on the built app, median of RUNS runs. Goals: performance ≥95 with total
 * blocking time ≤100 ms, accessibility 100.
 */
export async function lighthouseBenchmark() {
  if (!hasChrome()) return [{ name: 'Lighthouse (mobile)', detail: 'skipped', figure: `no Chromium at ${CHROME} (set CHROMIUM_PATH)` }];
  const app = await serveBuiltApp();
  const browser = await launchChrome([`--remote-debugging-port=${DEBUGGING_PORT}`]);
  try {
    const runs: Scores[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await audit(app.url));
    const pick = (key: keyof Scores) => median(runs.map((r) => r[key]));
    const load = loadavg()[0]!.toFixed(1);
    const traced: StartBlocking[] = [];
    for (let run = 0; run < RUNS; run++) traced.push(await startBlocking(browser, app.url));
    const pickTraced = (key: keyof StartBlocking) => median(traced.map((r) => r[key]));
    return [{
      name: 'Lighthouse 12, mobile preset, built app',
      detail: `median of ${RUNS} runs; goals: performance ≥95, total blocking time ≤100 ms, accessibility 100`,
      figure: `performance ${pick('performance')} (runs ${runs.map((r) => r.performance).join(', ')}), total blocking time ${pick('totalBlockingTime').toFixed(0)} ms, largest contentful paint ${(pick('largestContentfulPaint') / 1000).toFixed(1)} s, first ${(pick('firstContentfulPaint') / 1000).toFixed(1)} s, speed index ${(pick('speedIndex') / 1000).toFixed(1)} s, accessibility ${pick('accessibility')}; load average ${load} on ${cpus().length} cores`,
    }, {
      name: 'The start\'s blocking time by thread time',
      detail: `median of ${RUNS} traced starts (startBlocking.ts): each task after the first paint, its thread time × 4 over 50 ms; steadier than Lighthouse's on a loaded machine`,
      figure: `blocking ${pickTraced('blockingMs').toFixed(0)} ms (runs ${traced.map((r) => r.blockingMs.toFixed(0)).join(', ')}), longest task ${pickTraced('longestTaskMs').toFixed(0)} ms of thread time; load average ${loadavg()[0]!.toFixed(1)}`,
    }];
  } finally {
    await browser.close();
    await app.close();
  }
}
