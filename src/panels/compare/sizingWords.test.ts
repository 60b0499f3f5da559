import { describe, expect, it } from 'vitest';
import { example } from '../../model/index.ts';
import type { SizingCandidate } from '../../sim/index.ts';
import type { SizedPool } from '../../worker/batchProtocol.ts';
import { applyLabel, changesDesign, pooledSwitches, recommendation, whyNone } from './sizingWords.ts';

const candidate = (over: Pick<SizingCandidate, 'adapters' | 'p99Ms' | 'p99Upper99Ms' | 'utilization' | 'meets'>): SizingCandidate => ({
  p99Ci99: [over.p99Ms - 0.1, over.p99Ms + 0.1], p99ByReplication: [1, 2, 3, 4, 5], marginMs: null, failed: 0, ...over,
});

const pool = (over: Partial<SizedPool>): SizedPool => ({
  switchId: 'sw1', trafficClass: 'storage', target: { p99Ms: 2, maxUtilization: 0.7, nPlusOne: true }, currentAdapters: 2, maxAdapters: 6,
  analyticGuess: 2, chosen: 3, candidates: [],
  curve: [
    candidate({ adapters: 2, p99Ms: 2.0912, p99Upper99Ms: 2.2, utilization: 0.183, meets: false }),
    candidate({ adapters: 3, p99Ms: 1.8923, p99Upper99Ms: 1.95, utilization: 0.092, meets: true }),
  ],
  ...over,
});

describe('the right-size panel in words', () => {
  it('states the recommended size, its figures and how it was found', () => {
    expect(recommendation(pool({}), 'IOV switch')).toBe('IOV switch: 3 HBAs (the design has 2) meet the target with one failed: p99 1.892 ms, upper 99 % bound 1.95 ms against 2 ms (margin 0.05 ms), 9 % busy, over 5 replications. The analytic first guess was 2; the simulation decided.');
    expect(recommendation(pool({ trafficClass: 'network', chosen: 2, target: { p99Ms: 0.5, maxUtilization: 0.7, nPlusOne: false } }), 'IOV switch'))
      .toMatch(/^IOV switch: 2 NICs \(as the design has\) meet the target: p99/);
  });

  it('says why no size meets the target', () => {
    const none = pool({ chosen: null, target: { p99Ms: 1, maxUtilization: 1, nPlusOne: false }, curve: [candidate({ adapters: 6, p99Ms: 1.8923, p99Upper99Ms: 1.99, utilization: 0.031, meets: false })] });
    expect(whyNone(none, 'IOV switch')).toBe(
      'IOV switch: no pool of up to 6 HBAs (the switch’s free slots) meets the target. With 6 HBAs, the p99’s upper 99 % bound is 1.99 ms, over 1 ms.'
      + ' More adapters barely help once the pool is this idle: the largest I/Os’ own transfer time dominates. Faster adapters or a looser target would.',
    );
    expect(recommendation(none, 'IOV switch')).toBe(whyNone(none, 'IOV switch'));
  });

  it('labels the apply button and knows when it would change nothing', () => {
    const pools = { storage: [pool({})], network: [pool({ trafficClass: 'network', chosen: 2 })] };
    expect(applyLabel(pools)).toBe('Apply 3 HBAs / 2 NICs');
    expect(changesDesign(pools)).toBe(true);
    expect(changesDesign({ storage: [pool({ chosen: 2 })] })).toBe(false);
    expect(applyLabel({ storage: [pool({ chosen: null })] })).toBeNull();
    expect(applyLabel({ storage: [pool({}), pool({ switchId: 'sw2' })] })).toBe('Apply the sizes to 2 switches');
  });

  it('finds the switches with a pool', () => {
    expect(pooledSwitches(example('virtualized-rack'))).toEqual(['sw1']);
    expect(pooledSwitches(example('classic-rack'))).toEqual([]);
  });
});
