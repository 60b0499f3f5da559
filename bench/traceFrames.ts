// Where a running canvas's frames go: `npx tsx bench/traceFrames.ts` builds the canvas bench page
// (bench/canvas/), plays `TRACE_DESIGN` (rack-64; see benchDesigns.ts) in `TRACE_MODE` (play or
// flat-out) and records Chromium's performance trace for a few seconds, then prints each renderer
// thread's time per event (thread time, not wall time: the machine is shared, and a descheduled
// thread's wall time says nothing of its work) and the main thread's work per frame.
// `TRACE_INSIDE=SkCanvas...`-style names: what runs inside that event; `TRACE_CATEGORIES=a,b` adds
// trace categories. A tool for profiling, not a benchmark with goals (those are in live.bench.ts).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { launchChrome } from './benchPage.ts';
import type { RunMode } from './canvas/measureFrames.ts';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string } };

const design = process.env.TRACE_DESIGN ?? 'rack-64';
const mode = (process.env.TRACE_MODE ?? 'play') as RunMode;
const MS = 4000;
/** `TRACE_JS=1`: an unminified build and V8's sampling profiler in the trace (TRACE_OUT), to name the page's functions. */
const jsProfile = process.env.TRACE_JS === '1';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz', 'disabled-by-default-skia', ...(jsProfile ? ['disabled-by-default-v8.cpu_profiler'] : []), ...(process.env.TRACE_CATEGORIES?.split(',') ?? [])];
const MAIN = 'CrRendererMain';

async function servePage() {
  const root = fileURLToPath(new URL('./canvas/', import.meta.url));
  const outDir = fileURLToPath(new URL('../reports/trace-canvas/', import.meta.url));
  await build({
    configFile: false, root, base: './', logLevel: 'error', plugins: [react()],
    resolve: { alias: { 'protobufjs/minimal': fileURLToPath(new URL('../src/sim/stats/protobufUnavailable.ts', import.meta.url)) } },
    worker: { format: 'es' }, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096, minify: !jsProfile },
  });
  return preview({ configFile: false, root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: Number(process.env.TRACE_PORT ?? 4194) } });
}

/** How many main frames came 1, 2, 3… display frames after the one before (wall time: inflated by load). */
function frameIntervals(events: TraceEvent[], threads: Map<string, string>): string {
  const starts = events.filter((e) => e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame' && threads.get(`${e.pid}:${e.tid}`) === MAIN).map((e) => e.ts).toSorted((a, b) => a - b);
  const counts = new Map<number, number>();
  for (let i = 1; i < starts.length; i++) {
    const frames = Math.max(1, Math.round((starts[i]! - starts[i - 1]!) / 16_667));
    counts.set(frames, (counts.get(frames) ?? 0) + 1);
  }
  return [...counts].toSorted((a, b) => a[0] - b[0]).map(([n, c]) => `${n}: ${c}`).join(', ');
}

/**
 * Thread time between one main frame and the next, per thread, as p50 / p95 / max: a frame that
 * comes late every so often (periodic work) shows in the p95, which a per-frame mean hides.
 */
function perFrame(events: TraceEvent[], threads: Map<string, string>): string {
  const on = (name: string, thread: (t: string) => boolean) => events.filter((e) => e.ph === 'X' && e.name === name && thread(threads.get(`${e.pid}:${e.tid}`) ?? ''));
  const starts = on('ProxyMain::BeginMainFrame', (t) => t === MAIN).map((e) => e.ts).toSorted((a, b) => a - b);
  const groups: [string, TraceEvent[]][] = [
    ['main', on('RunTask', (t) => t === MAIN)],
    ['tile raster', on('RasterTask', (t) => t === 'ThreadPoolForegroundWorker')],
    ['display compositor', on('RunTask', (t) => t === 'VizCompositorThread')],
  ];
  return groups.map(([name, list]) => {
    const sums = starts.slice(1).map((end, i) => list.filter((e) => e.ts >= starts[i]! && e.ts < end).reduce((ms, e) => ms + (e.tdur ?? e.dur ?? 0) / 1000, 0)).toSorted((a, b) => a - b);
    const q = (f: number) => (sums[Math.min(sums.length - 1, Math.floor(f * sums.length))] ?? 0).toFixed(1);
    return `${name} ${q(0.5)} / ${q(0.95)} / ${(sums.at(-1) ?? 0).toFixed(1)}`;
  }).join('; ');
}

function summarize(events: TraceEvent[], seconds: number) {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const sums = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '?';
    const raster = thread === 'ThreadPoolForegroundWorker' && e.name === 'RasterTask';
    if (e.ph !== 'X' || !(raster || /CrRendererMain|Compositor|VizCompositor|TileWorker/.test(thread))) continue;
    const key = `${thread} ${e.name}`;
    const sum = sums.get(key) ?? { ms: 0, n: 0 };
    sum.ms += (e.tdur ?? e.dur ?? 0) / 1000;
    sum.n++;
    sums.set(key, sum);
  }
  const frames = sums.get(`${MAIN} ProxyMain::BeginMainFrame`)?.n ?? 1;
  const per = (name: string) => ((sums.get(`${MAIN} ${name}`)?.ms ?? 0) / frames).toFixed(2);
  console.log(`${frames} main frames; per frame (thread ms): all tasks ${per('RunTask')}, animation-frame callbacks ${per('FireAnimationFrame')}, style and layout ${per('LocalFrameView::UpdateStyleAndLayout')}, paint ${per('LocalFrameView::RunPaintLifecyclePhase')}, commit ${per('Commit')}`);
  const raster = sums.get('ThreadPoolForegroundWorker RasterTask');
  console.log(`tile raster (worker threads): ${((raster?.ms ?? 0) / seconds).toFixed(1)} ms/s, ${((raster?.ms ?? 0) / frames).toFixed(2)} ms per main frame`);
  console.log(`main-frame intervals, in frames of 16.7 ms: ${frameIntervals(events, threads)}`);
  console.log(`thread ms from one main frame to the next, p50 / p95 / max: ${perFrame(events, threads)}`);
  for (const [key, sum] of [...sums].toSorted((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
    console.log(`${(sum.ms / seconds).toFixed(1).padStart(7)} ms/s ${String(sum.n).padStart(6)}×  ${key}`);
  }
  const inside = process.env.TRACE_INSIDE;
  if (!inside) return;
  const main = events.filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === MAIN);
  const parents = main.filter((e) => e.name === inside);
  const within = new Map<string, number>();
  for (const e of main) {
    if (e.name !== inside && parents.some((p) => e.ts >= p.ts && e.ts + (e.dur ?? 0) <= p.ts + (p.dur ?? 0))) within.set(e.name, (within.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  for (const [name, ms] of [...within].toSorted((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  inside ${inside}: ${(ms / seconds).toFixed(1)} ms/s ${name}`);
}

const server = await servePage();
const browser = await launchChrome();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.resolvedUrls!.local[0]}?mode=app&design=${design}`);
  await page.evaluate(() => window.bench.firstRender);
  // The run settles for a second in runFrames; the trace starts after it (TRACE_WAIT: a
  // 1,000-server run takes seconds to start on a loaded machine).
  const settle = Number(process.env.TRACE_WAIT ?? 1800);
  const run = page.evaluate(([m, ms]) => window.bench.frames(m, ms), [mode, MS + settle - 300] as const);
  await page.waitForTimeout(settle);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.waitForTimeout(MS - 500);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));
  const figures = await run;
  console.log(`${design}, ${mode}: ${figures.frames} animation frames, ${figures.commits} React commits [${figures.status}]`);
  summarize(trace.traceEvents, (MS - 500) / 1000);
} finally {
  await browser.close();
  await server.close();
}
