import { cpus, loadavg } from 'node:os';
import type { SaveFigures } from './autosave/benchPage.ts';
import { CHROME, hasChrome, launchChrome, quantile, serveBenchPage } from './benchPage.ts';
import { formatMs } from './measure.ts';

const SERVERS = 1000;
const RUNS = 21;

const sorted = (values: readonly number[]) => values.toSorted((a, b) => a - b);
const describe = (f: SaveFigures) => {
  const blocking = sorted(f.blocking);
  const gaps = sorted(f.longestGap);
  return `the save call holds the main thread median ${formatMs(quantile(blocking, 0.5))} ms (p95 ${formatMs(quantile(blocking, 0.95))}); longest unresponsive stretch while saving median ${formatMs(quantile(gaps, 0.5))} ms (p95 ${formatMs(quantile(gaps, 0.95))}); written after median ${formatMs(quantile(sorted(f.total), 0.5))} ms`;
};

/**
 * Issue 16, item 4: saving scaleDesign(1000) holds the main thread ≤16 ms. Both stores measured in
 * the same headless Chromium run: IndexedDB (the app) and localStorage (the baseline it replaced).
 */
export async function autosaveBenchmark() {
  if (!hasChrome()) return [{ name: `autosave of scaleDesign(${SERVERS})`, detail: 'skipped', figure: `no Chromium at ${CHROME} (set CHROMIUM_PATH)` }];
  const page = await serveBenchPage('autosave', 4192);
  const browser = await launchChrome();
  try {
    const tab = await browser.newPage();
    await tab.goto(page.url);
    await tab.waitForFunction(() => window.autosaveBench !== undefined);
    const idb = await tab.evaluate(([servers, runs]) => window.autosaveBench.measure('indexeddb', servers!, runs!), [SERVERS, RUNS]);
    const local = await tab.evaluate(([servers, runs]) => window.autosaveBench.measure('localStorage', servers!, runs!), [SERVERS, RUNS]);
    const ratio = quantile(sorted(idb.longestGap), 0.5) / quantile(sorted(local.longestGap), 0.5);
    return [{
      name: `autosave of scaleDesign(${SERVERS})`,
      detail: `${idb.jsonChars.toLocaleString('en-US')} characters of JSON, ${RUNS} saves each, headless Chromium; goal: main thread held ≤16 ms`,
      figure: `IndexedDB: ${describe(idb)}; localStorage (before): ${describe(local)}; longest stretch IndexedDB/localStorage ${ratio.toFixed(2)}×; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    }];
  } finally {
    await browser.close();
    await page.close();
  }
}
