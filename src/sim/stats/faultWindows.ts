import type { FaultChange } from '../faultSchedule.ts';

/** A stretch of the measured window with one set of failed elements (the targets of the faults on). */
export type FaultWindowPlan = { start: number; end: number; failed: string[] };

/** Where each fault of the settings sits among the windows: indices, or null when there is none. */
export type FaultWindowIndex = { before: number | null; during: number[]; after: number | null };

/**
 * The measured window [warm-up, duration] cut at every fault start and end inside it: each piece has
 * one set of failed elements, so overlapping faults give one window per distinct set, in time order.
 * No faults: no windows (the run's own figures say it all).
 */
export function planFaultWindows(changes: readonly FaultChange[], warmup: number, duration: number): FaultWindowPlan[] {
  if (changes.length === 0) return [];
  const bounds = [warmup, ...changes.map((c) => c.time).filter((time) => time > warmup && time < duration), duration];
  const starts = [...new Set(bounds)].toSorted((a, b) => a - b);
  const down = new Map<string, number>();
  let next = 0;
  const windows: FaultWindowPlan[] = [];
  for (let w = 0; w < starts.length - 1; w++) {
    while (next < changes.length && changes[next]!.time <= starts[w]!) {
      const change = changes[next++]!;
      down.set(change.target, (down.get(change.target) ?? 0) + change.delta);
    }
    const failed = [...down].filter(([, count]) => count > 0).map(([target]) => target);
    windows.push({ start: starts[w]!, end: starts[w + 1]!, failed });
  }
  return windows;
}

/**
 * For one fault: the window just before it starts, those while it is on, and the one just after it
 * ends (until the next change); before and after are null when they fall outside the measured window.
 */
export function windowsOfFault(windows: readonly FaultWindowPlan[], fault: { at: number; until?: number }): FaultWindowIndex {
  const end = fault.until ?? Infinity;
  const before = windows.findIndex((w) => w.end === fault.at);
  const after = windows.findIndex((w) => w.start === fault.until);
  const during = windows.flatMap((w, i) => (w.start >= fault.at && w.end <= end ? [i] : []));
  return { before: before < 0 ? null : before, during, after: after < 0 ? null : after };
}
