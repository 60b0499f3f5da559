import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { dedicate, scaleDesign, type Topology } from '../src/model/index.ts';
import { MAX_ENCODED_CHARS, buildFragment, encodeDesignFile } from '../src/share/index.ts';
import { serveApp } from './appPage.ts';
import { CHROME, hasChrome, launchChrome, quantile, serveBenchPage } from './benchPage.ts';
import { BENCH_DESIGNS, benchDesign, type BenchDesign } from './canvas/benchDesigns.ts';
import type { RunFigures, RunMode } from './canvas/measureFrames.ts';
import { formatMs } from './measure.ts';
import { COMMIT_COUNTER } from './reactCommits.ts';
import { WELCOME_KEY } from '../src/store/welcome.ts';

/** A returning visitor: the newcomer's welcome dialog would cover the Design menu. */
const RETURNING = `try { localStorage.setItem(${JSON.stringify(WELCOME_KEY)}, '1'); } catch {}`;

const MEASURE_MS = Number(process.env.LIVE_MS ?? 5000);
const VIEWPORT = { width: 1280, height: 720 };
const load = () => `load ${loadavg()[0]!.toFixed(1)}/${cpus().length}`;
type Result = { name: string; detail: string; figure: string };

const sortedOf = (f: RunFigures) => f.intervals.toSorted((a, b) => a - b);
const p = (f: RunFigures, q: number) => quantile(sortedOf(f), q);

async function openBench(browser: Browser, url: string, design: BenchDesign, mode: 'app' | 'plain'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(COMMIT_COUNTER);
  await page.goto(`${url}?mode=${mode}&design=${design}`);
  await page.evaluate(() => window.bench.firstRender);
  return page;
}

/** One design: the editor idle, at 1x and flat out, and a drag; beside a plain React Flow canvas of its nodes. */
async function measureDesign(browser: Browser, url: string, design: BenchDesign): Promise<Result> {
  const plainPage = await openBench(browser, url, design, 'plain');
  const plain = await plainPage.evaluate((ms) => window.bench.frames('idle', ms), MEASURE_MS);
  const plainDrag = await plainPage.evaluate(() => window.bench.drag(40));
  await plainPage.close();
  const page = await openBench(browser, url, design, 'app');
  const counts = await page.evaluate(() => ({ nodes: window.bench.nodes, edges: window.bench.edges }));
  const figures: Partial<Record<RunMode, RunFigures & { load: string }>> = {};
  for (const mode of ['idle', 'play', 'flat-out'] as const) {
    figures[mode] = { ...(await page.evaluate(([m, ms]) => window.bench.frames(m, ms), [mode, MEASURE_MS] as const)), load: load() };
  }
  await page.evaluate(() => window.bench.drag(10));
  const drag = await page.evaluate(() => window.bench.drag(40));
  await page.close();
  const base = p(plain, 0.95);
  const describe = (mode: RunMode, goal: number) => {
    const f = figures[mode]!;
    return `${mode} p50 ${formatMs(p(f, 0.5))} / p95 ${formatMs(p(f, 0.95))} ms (×${(p(f, 0.95) / base).toFixed(2)} plain${goal ? `, goal ≤ ${goal}` : ''}), ${(f.commits / f.frames).toFixed(2)} React commits per frame [${f.status}, ${f.load}]`;
  };
  const dragP95 = quantile(drag.intervals.toSorted((a, b) => a - b), 0.95);
  const plainDragP95 = quantile(plainDrag.intervals.toSorted((a, b) => a - b), 0.95);
  return {
    name: `live canvas: ${design}`,
    detail: `${counts.nodes} nodes, ${counts.edges} edges, default fit, headless Chromium ${VIEWPORT.width} × ${VIEWPORT.height}, ${MEASURE_MS / 1000} s each`,
    figure: `${describe('idle', 0)}; ${describe('play', 20)}; ${describe('flat-out', 33)}; drag p95 ${formatMs(dragP95)} ms (plain ${formatMs(plainDragP95)}); plain canvas idle p95 ${formatMs(base)} ms`,
  };
}

/** Milliseconds from navigation to the first frame with a node of the design drawn, opening its link. */
async function firstFrameFromLink(browser: Browser, url: string, design: Topology): Promise<string> {
  const fragment = buildFragment(design);
  if (fragment.length > MAX_ENCODED_CHARS) return `no link (${fragment.length} characters, over the ${MAX_ENCODED_CHARS} a link may hold)`;
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript(RETURNING);
  const page = await context.newPage();
  await page.goto(`${url}${fragment}`);
  const ms = await page.evaluate<number>(whenNodeDrawn(firstDrawnId(design)));
  await context.close();
  return `${Math.round(ms)} ms`;
}

/** Milliseconds from choosing the file (Design ▸ Open file…) to the first frame with a node of it drawn. */
async function firstFrameFromFile(browser: Browser, url: string, design: Topology): Promise<string> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  // The browser's own file dialog (a file input), which Playwright can answer, not the File System Access picker.
  await context.addInitScript('delete window.showOpenFilePicker;');
  await context.addInitScript(RETURNING);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('banner').getByRole('button', { name: 'Design', exact: true }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: /^Open file/ }).click()]);
  const start = await page.evaluate(() => performance.now());
  await chooser.setFiles({ name: 'bench.iov.json', mimeType: 'application/json', buffer: Buffer.from(encodeDesignFile(design)) });
  const drawnAt = await page.evaluate<number>(whenNodeDrawn(firstDrawnId(design)));
  await context.close();
  return `${Math.round(drawnAt - start)} ms`;
}

/**
 * In the page: performance.now() at the first animation frame where the node is drawn, visible and
 * fitted. A string: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const whenNodeDrawn = (id: string) => `(async () => {
  const id = ${JSON.stringify(id)};
  for (let waited = 0; waited < 60000; waited += 16) {
    const now = await new Promise((resolve) => requestAnimationFrame(resolve));
    const node = document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
    if (node !== null && node.style.visibility !== 'hidden' && !node.closest('.is-fitting')) return now;
  }
  return NaN;
})()`;

/**
 * A node drawn whether or not servers are grouped (semantic zoom) and not in the design shown
 * before a file opens (the virtualized rack): the last switch, or the last server without one.
 */
const firstDrawnId = (design: Topology) =>
  (design.nodes.findLast((n) => n.kind === 'iov-switch') ?? design.nodes.findLast((n) => n.kind === 'server')!).id;

function rack64(): Topology {
  const r = dedicate(scaleDesign(64));
  if (!r.ok) throw new Error(r.reason);
  return r.topology;
}

async function openingFigures(browser: Browser, url: string): Promise<Result[]> {
  const designs: [string, Topology, string][] = [
    ['rack-64', rack64(), ''], ['scale-200', scaleDesign(200), ' (goal ≤ 1500 ms)'], ['scale-1000', scaleDesign(1000), ' (goal ≤ 3000 ms)'],
    ['scale-1518 (1,995 nodes)', scaleDesign(1518), ' (goal ≤ 3000 ms)'],
  ];
  const results: Result[] = [];
  for (const [name, design, goal] of designs) {
    const link = await firstFrameFromLink(browser, url, design);
    const file = await firstFrameFromFile(browser, url, design);
    results.push({ name: `first frame: ${name}`, detail: `${design.nodes.length} nodes, the built app, ${VIEWPORT.width} × ${VIEWPORT.height}`, figure: `from a link ${link}, from a file ${file}${goal} [${load()}]` });
  }
  return results;
}

/**
 * The live layer on whole racks (issue 17): per design at its default fit, animation-frame
 * intervals idle, playing at 1x and flat out (Shift+E), as a ratio to a plain React Flow canvas
 * of the same nodes in the same run, React commits per animation frame (a DevTools-hook counter),
 * a drag's p95; then time to the first frame opening each from a link and from a file.
 * Goals: p95 ≤ 20 ms at 1x, ≤ 33 ms flat out; 0 commits per frame while only the run changes;
 * first frame ≤ 1.5 s for 200 servers, ≤ 3 s for 1,000 and a 2,000-node design.
 * `LIVE_DESIGNS=rack-64,scale-200` limits the designs; `LIVE_OPEN=0` skips the opening figures;
 * `LIVE_PORT` / `LIVE_APP_PORT` move the pages' ports (4192, 4195; Lighthouse's bench takes 4193).
 */
export async function liveBenchmark(): Promise<Result[]> {
  if (!hasChrome()) return [{ name: 'live canvas', detail: 'skipped', figure: `no Chromium at ${CHROME} (set CHROMIUM_PATH)` }];
  const asked = process.env.LIVE_DESIGNS?.split(',') ?? BENCH_DESIGNS;
  const page = await serveBenchPage('canvas', Number(process.env.LIVE_PORT ?? 4192));
  const browser = await launchChrome();
  const results: Result[] = [];
  try {
    for (const design of BENCH_DESIGNS.filter((d) => asked.includes(d))) {
      benchDesign(design);
      results.push(await measureDesign(browser, page.url, design));
      console.log(`  … ${results.at(-1)!.name}: ${results.at(-1)!.figure}`);
    }
    await page.close();
    if (process.env.LIVE_OPEN !== '0') {
      const app = await serveApp(Number(process.env.LIVE_APP_PORT ?? 4195));
      try {
        results.push(...await openingFigures(browser, app.url));
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
