import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** How sure the figures are: 99 % throughout (the "every figure with its 99 % interval"). */
export const CONFIDENCE = 0.99;

export type ReplicatedFigure = {
  /** The mean over the replications. */
  mean: number;
  /** Two-sided 99 % confidence interval of the mean (Student t, n − 1 degrees of freedom). */
  ci99: [number, number];
  /** One-sided upper 99 % bound of the mean: what a target must hold against. */
  upper99: number;
  replications: number;
};

/**
 * A figure measured in n independent replications, with its Student t intervals: each replication is
 * one observation, so the interval speaks of the figure's mean over runs (Law, Simulation Modeling and
 * Analysis, 5th ed., §9.4.1, the fixed-sample-size procedure). With one replication there is no spread
 * to measure, so the interval is the single value itself and says nothing more; callers ask for ≥ 2.
 */
export function replicatedFigure(values: readonly number[]): ReplicatedFigure {
  const n = values.length;
  if (n === 0) return { mean: 0, ci99: [0, 0], upper99: 0, replications: 0 };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  if (n === 1 || !Number.isFinite(mean)) return { mean, ci99: [mean, mean], upper99: mean, replications: n };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const standardError = Math.sqrt(variance / n);
  const twoSided = tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * standardError;
  const oneSided = tQuantile(CONFIDENCE, n - 1) * standardError;
  return { mean, ci99: [mean - twoSided, mean + twoSided], upper99: mean + oneSided, replications: n };
}
