import type { PoolSizing, SizingCandidate } from '../sim/index.ts';

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '∞');

/** One pool size tried: p99 with its interval and bound, utilization, and the verdict. */
function describeCandidate(c: SizingCandidate): string {
  const interval = Number.isFinite(c.p99Ms) ? ` (99 % CI ${ms(c.p99Ci99[0])}–${ms(c.p99Ci99[1])}, upper bound ${ms(c.p99Upper99Ms)})` : '';
  const margin = c.marginMs === null || !Number.isFinite(c.marginMs) ? '' : `, margin ${c.marginMs >= 0 ? '' : '−'}${Math.abs(c.marginMs).toFixed(3)} ms`;
  return `  ${c.adapters} adapter${c.adapters === 1 ? '' : 's'}: p99 ${ms(c.p99Ms)} ms${interval}${margin}, mean utilization ${(c.utilization * 100).toFixed(1)} %${c.failed > 0 ? `, ${c.failed} failed` : ''}${c.meets ? '  meets the target' : ''}`;
}

/** A pool's verdict in words: the size chosen against the size the design has, and every size tried. */
export function describeSizing(s: PoolSizing): string {
  const change = s.chosen === null ? '' : s.chosen < s.currentAdapters ? `, ${s.currentAdapters - s.chosen} fewer than the design's ${s.currentAdapters}` : s.chosen > s.currentAdapters ? `, ${s.chosen - s.currentAdapters} more than the design's ${s.currentAdapters}` : ', as the design has';
  const verdict = s.chosen === null
    ? `no pool of up to ${s.maxAdapters} adapters meets the target`
    : `${s.chosen} adapter${s.chosen === 1 ? '' : 's'}${change}`;
  return `${s.switchId} ${s.trafficClass} pool: ${verdict}; analytic first guess ${s.analyticGuess ?? 'none within the slots'}\n${s.candidates.map(describeCandidate).join('\n')}\n`;
}
