import { lazyNumberFormat } from '../../model/lazyIntl.ts';

const SIGNIFICANT = lazyNumberFormat('en-US', { maximumSignificantDigits: 3 });
const COUNT = lazyNumberFormat('en-US');

/** A time in ms to three significant digits: "0.0625 ms", "12.3 ms", "1.25 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '∞';
  return ms >= 1000 ? `${SIGNIFICANT.format(ms / 1000)} s` : `${SIGNIFICANT.format(ms)} ms`;
}

/** Seconds of simulated time, to the millisecond: "3.25 s". */
export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(seconds < 10 ? 2 : 1))} s`;
}

/** A stretch of simulated time: "0.4–2.5 s". */
export function formatSpan(start: number, end: number): string {
  return `${formatSeconds(start).slice(0, -2)}–${formatSeconds(end)}`;
}

export function formatCount(n: number): string {
  return COUNT.format(Math.round(n));
}

export function formatMBps(mbps: number): string {
  return mbps >= 1000 ? `${SIGNIFICANT.format(mbps / 1000)} GB/s` : `${SIGNIFICANT.format(mbps)} MB/s`;
}

/** A probability as a percentage to three significant digits: "43.1 %". */
export function formatShare(p: number): string {
  return `${SIGNIFICANT.format(p * 100)} %`;
}
