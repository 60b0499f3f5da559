import { describe, expect, it } from 'vitest';
import type { Direction, Topology } from '../model/index.ts';
import { poolEstimate } from './analytic.ts';
import { compile } from './compile.ts';
import { mixMoments, serviceMoments, squaredCoefficientOfVariation } from './serviceMoments.ts';
import { pooledDesign, singleQueueDesign, withServerService } from './validationDesigns.ts';

/**
 * The analytic column against textbook values computed by hand. Sources:
 * - domain.md §3 and §4 (worked cases A1, A2, A4; computed exactly in Python);
 * - Pollaczek–Khinchine mean wait: Kleinrock, Queueing Systems vol. 1 (1975), eq. 5.72,
 *   Wq = λE[S²]/(2(1−ρ)); Harchol-Balter, Performance Modeling and Design of Computer Systems
 *   (2013), §23.2;
 * - M/M/1 and Erlang C: Kleinrock vol. 1 §3.2 and §3.4; L = ρ/(1−ρ) for M/M/1;
 * - Little's law L = λW: Little (1961), Operations Research 9(3).
 */
const MS = 1e-3;

/** Equal to 4 significant digits, as domain.md §4 gives its figures. */
function expectFigure(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThan(5e-4);
}

function estimateOf(topology: Topology, kind: 'dedicated' | 'pooled', direction: Direction = 'up') {
  const model = compile(topology);
  const index = model.pools.findIndex((p) => p.kind === kind);
  return poolEstimate(topology, model, index, direction);
}

describe('service moments, S = max(B/rate, minService)', () => {
  it('exponential sizes, no ceiling: E[S] = x, E[S²] = 2x², c_s² = 1', () => {
    const m = serviceMoments(800_000, 800e6, 0, false);
    expectFigure(m.mean, 1 * MS);
    expectFigure(m.secondMoment, 2 * MS * MS);
    expectFigure(squaredCoefficientOfVariation(m), 1);
  });

  it('exponential sizes clamped at their own mean: E[S] = x(1 + 1/e), E[S²] = x²(1 + 4/e)', () => {
    // m = x: E[S] = m + x·e^{−1} = 1.3679 ms; E[S²] = m² + e^{−1}(2mx + 2x²) = 2.4715 ms² (by hand).
    const m = serviceMoments(800_000, 800e6, 1 * MS, false);
    expectFigure(m.mean / MS, 1.3679);
    expectFigure(m.secondMoment / (MS * MS), 2.4715);
    expect(squaredCoefficientOfVariation(m)).toBeLessThan(1);
  });

  it('fixed sizes: a constant, the longer of the transfer and the ceiling', () => {
    expect(serviceMoments(400_000, 800e6, 1 * MS, true)).toEqual({ mean: 1 * MS, secondMoment: 1 * MS * MS });
    expect(squaredCoefficientOfVariation(serviceMoments(1_600_000, 800e6, 1 * MS, true))).toBe(0);
  });

  it('a mixture of exponentials of means 1 and 3 ms at equal rates: E[S] = 2 ms, E[S²] = 10 ms², c_s² = 1.5', () => {
    const mix = mixMoments([
      { rate: 150, moments: serviceMoments(800_000, 800e6, 0, false) },
      { rate: 150, moments: serviceMoments(2_400_000, 800e6, 0, false) },
    ]);
    expectFigure(mix.mean / MS, 2);
    expectFigure(mix.secondMoment / (MS * MS), 10);
    expectFigure(squaredCoefficientOfVariation(mix), 1.5);
  });
});

describe('dedicated adapters', () => {
  it('M/M/1 at ρ = 0.6: L = ρ/(1−ρ) = 1.5 in the port stage, W = 1/(μ−λ) = 2.5 ms', () => {
    const estimate = estimateOf(singleQueueDesign({ arrivalRate: 600, serviceSeconds: 1 * MS, duration: 10 }), 'dedicated');
    expect(estimate).toMatchObject({ model: 'M/M/1', exact: true });
    expectFigure(estimate.meanQueueLength, 1.5);
    expectFigure(estimate.meanResponse / MS, 2.5);
    expectFigure(estimate.waitProbability, 0.6);
  });

  it('A1, M/M/1, λ = 700/s, E[S] = 1 ms: W = 3.333 ms, L = 2.333 (domain.md §4)', () => {
    const estimate = estimateOf(singleQueueDesign({ arrivalRate: 700, serviceSeconds: 1 * MS, duration: 10 }), 'dedicated');
    expectFigure(estimate.meanResponse / MS, 3.333);
    expectFigure(estimate.meanQueueLength, 2.333);
  });

  it('A4, M/D/1, D = 1 ms set by the IOPS ceiling (1,000/s) over a 0.5 ms transfer: W = 2.167 ms, exact', () => {
    const estimate = estimateOf(singleQueueDesign({ arrivalRate: 700, serviceSeconds: 0.5 * MS, fixedSizes: true, iopsMax: 1000, duration: 10 }), 'dedicated');
    expect(estimate).toMatchObject({ model: 'M/D/1 (Pollaczek–Khinchine)', exact: true });
    expectFigure(estimate.meanWait / MS, 1.167);
    expectFigure(estimate.meanResponse / MS, 2.167);
  });

  it('IOPS-bound exponential sizes (mean 1 ms, ceiling 1 ms), λ = 500/s: P-K gives W = 3.3228 ms, no longer M/M/1', () => {
    // E[S] = 1.36788 ms, E[S²] = 2.47152 ms², ρ = 0.68394, Wq = λE[S²]/(2(1−ρ)) = 1.95494 ms (by hand).
    const estimate = estimateOf(singleQueueDesign({ arrivalRate: 500, serviceSeconds: 1 * MS, iopsMax: 1000, duration: 10 }), 'dedicated');
    expect(estimate).toMatchObject({ model: 'M/G/1 (Pollaczek–Khinchine)', exact: true });
    expectFigure(estimate.utilization, 0.68394);
    expectFigure(estimate.meanWait / MS, 1.95494);
    expectFigure(estimate.meanResponse / MS, 3.3228);
  });

  it('a two-port dedicated adapter is M/M/2 on one queue: λ = 1,400/s, E[S] = 1 ms, W = 1.9608 ms, exact', () => {
    // ρ = 0.7; C(2, 1.4) = 2ρ²/(1+ρ) = 0.57647; Wq = C/(2μ − λ) = 0.96078 ms (Kleinrock vol. 1 §3.4, by hand).
    const estimate = estimateOf(singleQueueDesign({ arrivalRate: 1400, serviceSeconds: 1 * MS, adapterPorts: 2, iopsMax: 10_000_000, duration: 10 }), 'dedicated');
    expect(estimate).toMatchObject({ model: 'M/M/c', exact: true });
    expectFigure(estimate.waitProbability, 0.57647);
    expectFigure(estimate.meanResponse / MS, 1.9608);
  });

  it('A5 pooled reads on two ports of one adapter: the 1 µs IOPS ceiling touches 2.4 % of 40.96 µs services, so approx.', () => {
    // domain.md §4 gives W = 77.80 µs for M/M/2; the ceiling moves E[S] by about (1/40.96)²/2 = 3e-4.
    const estimate = estimateOf(singleQueueDesign({ arrivalRate: 33_600, serviceSeconds: 40.96e-6, adapterPorts: 2, duration: 10 }), 'dedicated');
    expect(estimate).toMatchObject({ model: 'M/G/c (Allen–Cunneen)', exact: false });
    expect(Math.abs(estimate.meanResponse / 1e-6 - 77.8) / 77.8).toBeLessThan(0.01);
  });
});

describe('switch pools', () => {
  it('A2, M/M/4: W = 1.357 ms, L = 3.800, C = 0.4287, exact (domain.md §4)', () => {
    const estimate = estimateOf(pooledDesign({ servers: 4, ports: 4, arrivalRate: 700, serviceSeconds: 1 * MS, duration: 10 }), 'pooled');
    expect(estimate).toMatchObject({ model: 'M/M/c', exact: true });
    expectFigure(estimate.meanResponse / MS, 1.357);
    expectFigure(estimate.meanQueueLength, 3.8);
    expectFigure(estimate.waitProbability, 0.4287);
  });

  it('one port fed exponential sizes of means 1 and 3 ms (150/s each): M/G/1, W = 5.75 ms, exact (P-K)', () => {
    // ρ = 300 × 2 ms = 0.6; Wq = 300 × 10 ms² / (2 × 0.4) = 3.75 ms; W = 5.75 ms; L = 300 × 5.75 ms = 1.725.
    const design = withServerService(pooledDesign({ servers: 2, ports: 1, arrivalRate: 150, serviceSeconds: 1 * MS, duration: 10 }), 's2', 3 * MS);
    const estimate = estimateOf(design, 'pooled');
    expect(estimate).toMatchObject({ model: 'M/G/1 (Pollaczek–Khinchine)', exact: true });
    expectFigure(estimate.serviceScv, 1.5);
    expectFigure(estimate.meanResponse / MS, 5.75);
    expectFigure(estimate.meanQueueLength, 1.725);
  });

  it('two ports fed that mixture: no closed form, Allen–Cunneen, approx.', () => {
    const design = withServerService(pooledDesign({ servers: 2, ports: 2, arrivalRate: 300, serviceSeconds: 1 * MS, duration: 10 }), 's2', 3 * MS);
    expect(estimateOf(design, 'pooled')).toMatchObject({ model: 'M/G/c (Allen–Cunneen)', exact: false });
  });

  it('static binding: each port is its own M/M/1 queue fed whole Poisson streams, exact', () => {
    // 4 servers × 250/s of 1 ms on 2 ports: each port λ = 500/s, ρ = 0.5, W = 2 ms.
    const estimate = estimateOf(pooledDesign({ servers: 4, ports: 2, arrivalRate: 250, serviceSeconds: 1 * MS, duration: 10, policy: 'static' }), 'pooled');
    expect(estimate).toMatchObject({ model: 'M/M/1 per port', exact: true });
    expectFigure(estimate.meanResponse / MS, 2);
    expectFigure(estimate.meanQueueLength, 2);
  });

  it('least-loaded is a lower bound, approx.', () => {
    const estimate = estimateOf(pooledDesign({ servers: 4, ports: 2, arrivalRate: 250, serviceSeconds: 1 * MS, duration: 10, policy: 'least-loaded' }), 'pooled');
    expect(estimate).toMatchObject({ model: 'M/M/c (lower bound)', exact: false });
  });

  it('writes behind a PCIe cable do not reach the port as a Poisson stream: approx.', () => {
    const estimate = estimateOf(pooledDesign({ servers: 4, ports: 4, arrivalRate: 700, serviceSeconds: 1 * MS, readShare: 0, duration: 10 }), 'pooled', 'down');
    expect(estimate.exact).toBe(false);
    expectFigure(estimate.meanResponse / MS, 1.357);
  });

  it('bursty arrivals are G/G (Allen–Cunneen), approx.', () => {
    const design = pooledDesign({ servers: 4, ports: 4, arrivalRate: 700, serviceSeconds: 1 * MS, duration: 10 });
    const bursty = { ...design, nodes: design.nodes.map((n) => (n.kind === 'server' ? { ...n, workload: { ...n.workload, arrivals: 'bursty' as const } } : n)) };
    const estimate = estimateOf(bursty, 'pooled');
    expect(estimate).toMatchObject({ model: 'G/G/c (Allen–Cunneen)', exact: false });
    expect(estimate.arrivalScv).toBeGreaterThan(1);
  });
});
