/** Figures of a single queue, times in the unit of the service time (seconds here). */
export type QueueFigures = {
  /** ρ, the busy fraction of each server. */
  utilization: number;
  /** P(an arrival waits). */
  waitProbability: number;
  /** Wq */
  meanWait: number;
  /** W = Wq + E[S] */
  meanResponse: number;
  /** Lq */
  meanQueueLength: number;
  /** L */
  meanInSystem: number;
};

/**
 * M/M/1: Poisson arrivals at `arrivalRate`, exponential service of mean `meanService`.
 * Unstable (ρ >= 1) queues give Infinity, never NaN.
 */
export function mm1(arrivalRate: number, meanService: number): QueueFigures & { responsePercentile(p: number): number } {
  const mu = 1 / meanService;
  const rho = arrivalRate * meanService;
  if (rho >= 1) return unstableFigures(rho);
  const meanResponse = 1 / (mu - arrivalRate);
  return {
    utilization: rho,
    waitProbability: rho,
    meanWait: rho / (mu - arrivalRate),
    meanResponse,
    meanQueueLength: (rho * rho) / (1 - rho),
    meanInSystem: rho / (1 - rho),
    // T is exponential with rate μ − λ.
    responsePercentile: (p) => -Math.log(1 - p) * meanResponse,
  };
}

/** The figures of a queue that never empties (ρ >= 1): waits grow without bound. */
export function unstableFigures(rho: number) {
  return {
    utilization: rho,
    waitProbability: 1,
    meanWait: Infinity,
    meanResponse: Infinity,
    meanQueueLength: Infinity,
    meanInSystem: Infinity,
    responsePercentile: (_p: number) => Infinity,
    waitPercentile: (_p: number) => Infinity,
    responseTail: (_t: number) => 1,
  };
}
