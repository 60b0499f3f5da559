/**
 * The first two moments of a port's service time S = max(B / rate, minService) (SIMULATION.md, "The
 * path of an I/O": the transfer, or the port's IOPS ceiling when that is longer), for one stream's
 * size distribution, and for a mixture of streams. A queue fed several streams serves a mixture:
 * its c_s² comes from the mixture's E[S] and E[S²], not from the streams' own c_s².
 */
export type ServiceMoments = {
  /** E[S], seconds. */
  mean: number;
  /** E[S²], seconds². */
  secondMoment: number;
};

/**
 * Above this ratio of the IOPS ceiling to the mean transfer time, the ceiling changes E[S] and E[S²]
 * of an exponential transfer by more than about (1e-3)²/2 = 5e-7 of their value, and S can no longer
 * be called exponential (see `isExponentialService`).
 */
const NEGLIGIBLE_CEILING = 1e-3;

/**
 * S = max(X, m) with X = B / rate. Fixed B: S is the constant max(B/rate, m). Exponential B with mean
 * b: X ~ Exp(mean x = b/rate), so E[S] = m + x·e^{−m/x} and E[S²] = m² + e^{−m/x}(2mx + 2x²)
 * (integrate the tail: E[S] = m + ∫_m^∞ P(X > t) dt, E[S²] = m² + ∫_m^∞ 2t P(X > t) dt).
 */
export function serviceMoments(meanBytes: number, rate: number, minService: number, fixedSizes: boolean): ServiceMoments {
  const transfer = meanBytes / rate;
  if (fixedSizes) {
    const s = Math.max(transfer, minService);
    return { mean: s, secondMoment: s * s };
  }
  if (transfer === 0) return { mean: minService, secondMoment: minService * minService };
  const tail = Math.exp(-minService / transfer);
  return {
    mean: minService + transfer * tail,
    secondMoment: minService * minService + tail * (2 * minService * transfer + 2 * transfer * transfer),
  };
}

/** The moments of the service an arrival sees when streams of the given rates are merged: rate-weighted. */
export function mixMoments(parts: readonly { rate: number; moments: ServiceMoments }[]): ServiceMoments {
  const total = parts.reduce((sum, p) => sum + p.rate, 0);
  if (total === 0) return { mean: 0, secondMoment: 0 };
  return {
    mean: parts.reduce((sum, p) => sum + p.rate * p.moments.mean, 0) / total,
    secondMoment: parts.reduce((sum, p) => sum + p.rate * p.moments.secondMoment, 0) / total,
  };
}

/** c_s² = Var(S) / E[S]² = E[S²] / E[S]² − 1 (0 for a constant; 1 for an exponential). */
export function squaredCoefficientOfVariation(moments: ServiceMoments): number {
  if (moments.mean === 0) return 0;
  return Math.max(0, moments.secondMoment / (moments.mean * moments.mean) - 1);
}

/**
 * Whether the service is exponential, as M/M/c needs: every stream's sizes exponential with the same
 * mean transfer time (a mixture of different means is hyperexponential, c_s² > 1), and the IOPS
 * ceiling too short to touch more than 1 service in 1,000.
 */
export function isExponentialService(streams: readonly { meanTransfer: number; minService: number; fixedSizes: boolean }[]): boolean {
  if (streams.length === 0) return false;
  const first = streams[0]!.meanTransfer;
  return streams.every((s) => !s.fixedSizes && s.meanTransfer > 0
    && Math.abs(s.meanTransfer - first) <= 1e-9 * first
    && s.minService <= NEGLIGIBLE_CEILING * s.meanTransfer);
}
