/**
 * M/G/1 by Pollaczek–Khinchine: Wq = λE[S²] / (2(1−ρ)) = ρ(1 + c_s²)E[S] / (2(1−ρ)).
 * M/D/1 is c_s² = 0: half the M/M/1 wait.
 */
export function mg1MeanWait(arrivalRate: number, meanService: number, serviceScv: number): number {
  const rho = arrivalRate * meanService;
  if (rho >= 1) return Infinity;
  return (rho * (1 + serviceScv) * meanService) / (2 * (1 - rho));
}

export function md1(arrivalRate: number, service: number) {
  const meanWait = mg1MeanWait(arrivalRate, service, 0);
  return {
    utilization: arrivalRate * service,
    meanWait,
    meanResponse: meanWait + service,
    meanQueueLength: arrivalRate * meanWait,
  };
}

/**
 * Kingman's G/G/1 approximation: Wq ≈ (ρ/(1−ρ)) · ((c_a² + c_s²)/2) · E[S].
 * Exact for M/M/1 and M/D/1; an approximation otherwise.
 */
export function kingmanMeanWait(arrivalRate: number, meanService: number, arrivalScv: number, serviceScv: number): number {
  const rho = arrivalRate * meanService;
  if (rho >= 1) return Infinity;
  return (rho / (1 - rho)) * ((arrivalScv + serviceScv) / 2) * meanService;
}
