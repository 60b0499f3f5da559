import type { SimulationFigures } from './simulation/benchPage.tsx';
import { CHROME, hasChrome, launchChrome, quantile, serveBenchPage } from './benchPage.ts';
import { formatMs } from './measure.ts';

const MEASURE_MS = 6000;

function describe(f: SimulationFigures, goalMs: number): string {
  const sorted = f.intervals.toSorted((a, b) => a - b);
  const seconds = f.wallMs / 1000;
  return `main-thread frame intervals p50 ${formatMs(quantile(sorted, 0.5))} ms, p95 ${formatMs(quantile(sorted, 0.95))} ms (goal ≤ ${goalMs} ms); `
    + `simulated ${(f.simulated / seconds).toFixed(2)} s per wall s (reported ${f.achievedSpeed.toFixed(2)}×); `
    + `worker ${(f.frames / seconds).toFixed(1)} frames/s, ${(f.bytes / seconds / 1024).toFixed(1)} KiB/s`;
}

/**
 * The editor animating a simulation of scaleDesign(64) in headless Chromium: the main thread's
 * animation-frame intervals while it plays at 1x (goal: p95 ≤ 20 ms) and while the engine runs flat
 * out on the worker (goal: p95 ≤ 33 ms); the simulated speed reached; frames and bytes per second.
 */
export async function simulationBenchmark() {
  if (!hasChrome()) {
    return [{ name: 'simulation on scaleDesign(64)', detail: 'skipped', figure: `no Chromium at ${CHROME} (set CHROMIUM_PATH)` }];
  }
  const page = await serveBenchPage('simulation', 4191);
  const browser = await launchChrome();
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await tab.goto(page.url);
    await tab.evaluate(() => window.simulationBench.ready);
    const nodes = await tab.evaluate(() => window.simulationBench.nodes);
    const idle = await tab.evaluate((ms) => window.simulationBench.measure('idle', ms), MEASURE_MS / 2);
    const play = await tab.evaluate((ms) => window.simulationBench.measure('play', ms), MEASURE_MS);
    const flatOut = await tab.evaluate((ms) => window.simulationBench.measure('flat-out', ms), MEASURE_MS);
    const detail = `${nodes} nodes, headless Chromium 1280 × 720, ${MEASURE_MS / 1000} s each`;
    const sortedIdle = idle.intervals.toSorted((a, b) => a - b);
    return [
      { name: 'the same page not simulating (baseline)', detail, figure: `main-thread frame intervals p50 ${formatMs(quantile(sortedIdle, 0.5))} ms, p95 ${formatMs(quantile(sortedIdle, 0.95))} ms` },
      { name: 'simulation playing at 1x on scaleDesign(64)', detail, figure: describe(play, 20) },
      { name: 'simulation running flat out on scaleDesign(64)', detail, figure: describe(flatOut, 33) },
    ];
  } finally {
    await browser.close();
    await page.close();
  }
}
