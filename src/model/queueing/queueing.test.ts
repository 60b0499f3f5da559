import { describe, expect, it } from 'vitest';
import { erlangC, kingmanMeanWait, md1, mm1, mmc, onOffArrivalScv } from './index.ts';

/** Equal to 4 significant digits, as domain.md §4 gives its figures. */
function expectFigure(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(5e-4);
}

const MS = 1e-3;
const US = 1e-6;

describe('A1, M/M/1, λ = 700/s, E[S] = 1 ms', () => {
  const q = mm1(700, 1 * MS);
  it('gives ρ, Wq, W, Lq, L and T95', () => {
    expectFigure(q.utilization, 0.7);
    expectFigure(q.meanWait / MS, 2.333);
    expectFigure(q.meanResponse / MS, 3.333);
    expectFigure(q.meanQueueLength, 1.633);
    expectFigure(q.meanInSystem, 2.333);
    expectFigure(q.responsePercentile(0.95) / MS, 9.986);
  });
  it('satisfies Little’s law', () => {
    expectFigure(q.meanInSystem, 700 * q.meanResponse);
  });
});

describe('A2, M/M/4, λ = 2800/s, E[S] = 1 ms', () => {
  const q = mmc(2800, 1 * MS, 4);
  it('gives C as the exact rational 9604/22405', () => {
    expect(erlangC(4, 2.8)).toBeCloseTo(9604 / 22405, 14);
    expectFigure(q.waitProbability, 0.4287);
  });
  it('gives Wq, W, Lq, L and the percentiles', () => {
    expectFigure(q.meanWait / MS, 0.3572);
    expectFigure(q.meanResponse / MS, 1.357);
    expectFigure(q.meanQueueLength, 1.0);
    expectFigure(q.meanInSystem, 3.8);
    expectFigure(q.waitPercentile(0.95) / MS, 1.791);
    expectFigure(q.responsePercentile(0.95) / MS, 3.752);
    expectFigure(q.responsePercentile(0.99) / MS, 5.493);
  });
  it('has a response tail that is 1 at zero and falls', () => {
    expect(q.responseTail(0)).toBeCloseTo(1, 12);
    expect(q.responseTail(2 * MS)).toBeLessThan(q.responseTail(1 * MS));
  });
});

describe('A3, pooling: 4 × A1 against A2', () => {
  it('waits 6.532 times less in the pool', () => {
    const dedicated = mm1(700, 1 * MS);
    const pooled = mmc(2800, 1 * MS, 4);
    expectFigure(dedicated.meanWait / pooled.meanWait, 6.532);
    expect(pooled.waitProbability).toBeLessThan(dedicated.waitProbability);
  });
  it('M/M/1 is M/M/c with c = 1', () => {
    const single = mmc(700, 1 * MS, 1);
    expectFigure(single.meanResponse / MS, 3.333);
    expectFigure(single.responsePercentile(0.95) / MS, 9.986);
  });
});

describe('A4, M/D/1 and Kingman', () => {
  it('gives Wq, W and Lq', () => {
    const q = md1(700, 1 * MS);
    expectFigure(q.meanWait / MS, 1.167);
    expectFigure(q.meanResponse / MS, 2.167);
    expectFigure(q.meanQueueLength, 0.8167);
  });
  it('Kingman matches M/D/1 with c_a² = 1, c_s² = 0, and gives 2.333 ms with 1.5 and 0.5', () => {
    expectFigure(kingmanMeanWait(700, 1 * MS, 1, 0) / MS, 1.167);
    expectFigure(kingmanMeanWait(700, 1 * MS, 1.5, 0.5) / MS, 2.333);
  });
});

describe('A5, storage on 8GFC', () => {
  const service = (32 * 1024) / 800e6;
  it('has S = 40.96 µs', () => expectFigure(service / US, 40.96));
  it('read and write queues of one server', () => {
    const read = mm1(8400, service);
    expectFigure(read.utilization, 0.3441);
    expectFigure(read.meanWait / US, 21.49);
    expectFigure(read.meanResponse / US, 62.45);
    expectFigure(read.responsePercentile(0.95) / US, 187.1);
    const write = mm1(3600, service);
    expectFigure(write.utilization, 0.1475);
    expectFigure(write.meanResponse / US, 48.04);
    expectFigure(write.responsePercentile(0.95) / US, 143.9);
  });
  it('reads of 4 servers pooled on 2 ports', () => {
    const pool = mmc(33_600, service, 2);
    expectFigure(pool.utilization, 0.6881);
    expectFigure(pool.waitProbability, 0.561);
    expectFigure(pool.meanWait / US, 36.84);
    expectFigure(pool.meanResponse / US, 77.8);
    expectFigure(pool.responsePercentile(0.95) / US, 220.0);
  });
});

describe('unstable queues', () => {
  it('give Infinity, never NaN', () => {
    expect(mm1(1000, 1 * MS).meanResponse).toBe(Infinity);
    expect(mmc(5000, 1 * MS, 4).meanWait).toBe(Infinity);
    expect(mmc(5000, 1 * MS, 4).responsePercentile(0.99)).toBe(Infinity);
    expect(erlangC(2, 3)).toBe(1);
  });
});

describe('on/off arrivals', () => {
  it('tend to Poisson (c_a² = 1) when the off periods vanish', () => {
    expect(onOffArrivalScv(1000, 50e-3, 1e-9)).toBeCloseTo(1, 4);
  });
  it('match a Monte Carlo of the interrupted Poisson process', () => {
    // The vdi preset per direction: λ = 700/s, on 50 ms, off 200 ms.
    const analytic = onOffArrivalScv(700, 0.05, 0.2);
    let state = 12345;
    const uniform = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) + 0.5) / 2 ** 32;
    const exp = (rate: number) => -Math.log(uniform()) / rate;
    const onRate = (700 * 0.25) / 0.05;
    let sum = 0;
    let sumSq = 0;
    const n = 400_000;
    let onLeft = exp(1 / 0.05);
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (;;) {
        const next = exp(onRate);
        if (next < onLeft) { onLeft -= next; t += next; break; }
        t += onLeft + exp(1 / 0.2);
        onLeft = exp(1 / 0.05);
      }
      sum += t;
      sumSq += t * t;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(1 / 700, 4);
    const simulated = sumSq / n / (mean * mean) - 1;
    // λ₁ = 3500/s, r₁ = 20/s, r₂ = 5/s: 1 + 2·3500·20/25² = 225. The tail is heavy, so the sample is noisy.
    expect(analytic).toBeCloseTo(225, 9);
    expect(Math.abs(simulated - analytic) / analytic).toBeLessThan(0.06);
  });
});
