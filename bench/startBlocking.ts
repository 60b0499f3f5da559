import type { Browser } from '@playwright/test';

/** Lighthouse's mobile preset runs the page's tasks four times slower than they ran here. */
const CPU_SLOWDOWN = 4;
/** A task blocks for what it runs over 50 ms (on the simulated phone). */
const BLOCKING_FROM_MS = 50;

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };

export type StartBlocking = { blockingMs: number; longestTaskMs: number; firstContentfulPaintMs: number };

/**
 * A steadier figure beside Lighthouse's blocking time: one start of the page (a newcomer's, on a
 * phone-sized screen) traced, and each main-thread task after the first contentful paint counted
 * by its thread time (the CPU it had, which other processes on a shared machine inflate far less
 * than its wall time, what Lighthouse's simulation multiplies) × 4, over 50 ms. Also the longest
 * task's thread time: above ~12 ms, a task counts as blocking on the simulated phone.
 */
export async function startBlocking(browser: Browser, url: string, settleMs = 5000): Promise<StartBlocking> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'] });
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const start = events.find((e) => e.name === 'navigationStart') ?? events.find((e) => e.ts > 0);
    const paint = events.find((e) => e.name === 'firstContentfulPaint');
    if (!start || !paint) throw new Error('the trace holds no first contentful paint');
    // The page's own main thread: the trace also holds the browser's other renderers (its internal
    // pages' module evaluations, 50–150 ms tasks, were counted as the page's before).
    const mainThread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === paint.pid);
    const taskMs = events
      .filter((e) => e.pid === paint.pid && e.tid === (mainThread?.tid ?? paint.tid) && e.ph === 'X' && e.name === 'RunTask' && e.ts >= paint.ts)
      .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
    return {
      blockingMs: taskMs.reduce((sum, ms) => sum + Math.max(0, CPU_SLOWDOWN * ms - BLOCKING_FROM_MS), 0),
      longestTaskMs: Math.max(0, ...taskMs),
      firstContentfulPaintMs: (paint.ts - start.ts) / 1000,
    };
  } finally {
    await context.close();
  }
}
