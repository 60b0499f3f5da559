import { unstableFigures, type QueueFigures } from './mm1.ts';

/**
 * Erlang C: the probability that an arrival waits in M/M/c with offered load a = λ/μ Erlangs.
 * Computed through the Erlang B recursion, which neither overflows nor loses precision at large c.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  if (offeredLoad >= servers) return 1;
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  return (servers * blocking) / (servers - offeredLoad * (1 - blocking));
}

export type MmcFigures = QueueFigures & {
  waitPercentile(p: number): number;
  responsePercentile(p: number): number;
  /** P(T > t), FCFS. */
  responseTail(t: number): number;
};

/** M/M/c: Poisson arrivals, c identical exponential servers of mean `meanService`, one FCFS queue. */
export function mmc(arrivalRate: number, meanService: number, servers: number): MmcFigures {
  const mu = 1 / meanService;
  const offeredLoad = arrivalRate * meanService;
  const rho = offeredLoad / servers;
  if (rho >= 1) return unstableFigures(rho);
  const c = erlangC(servers, offeredLoad);
  const theta = servers * mu - arrivalRate;
  const meanWait = c / theta;
  const meanQueueLength = (c * rho) / (1 - rho);
  const responseTail = (t: number) => mmcResponseTail(c, mu, theta, t);
  return {
    utilization: rho,
    waitProbability: c,
    meanWait,
    meanResponse: meanWait + meanService,
    meanQueueLength,
    meanInSystem: meanQueueLength + offeredLoad,
    waitPercentile: (p) => Math.max(0, Math.log(c / (1 - p)) / theta),
    responseTail,
    responsePercentile: (p) => solveTail(responseTail, 1 - p, meanService),
  };
}

/** P(T > t) for T = Wq + S, S ~ Exp(μ), P(Wq > t) = C e^{−θt} (domain.md §3). */
function mmcResponseTail(c: number, mu: number, theta: number, t: number): number {
  if (Math.abs(theta - mu) < 1e-12 * mu) return Math.exp(-mu * t) * (1 + c * mu * t);
  return (1 - c) * Math.exp(-mu * t) + (c * (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t))) / (theta - mu);
}

/** The t where a decreasing tail falls to `target`: bracket by doubling, then bisect. */
function solveTail(tail: (t: number) => number, target: number, scale: number): number {
  let high = scale;
  while (tail(high) > target) high *= 2;
  let low = 0;
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const mid = (low + high) / 2;
    if (tail(mid) > target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
