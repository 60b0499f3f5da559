/** Sweeps: a grid of parameters run in replications, split into shards and merged back (docs/sweeps.md). */
export { parseVary, gridPoints, compareRuns, SWEEP_PARAMETERS, MAX_SWEEP_RUNS, type SweepAxis, type SweepParameter, type SweepPoint } from './sweepParameters.ts';
export { designAt } from './sweepDesign.ts';
export { sweepFigures, type SweepFigures } from './sweepFigures.ts';
export { planSweep, runSweep, formatSweepLine, shardRunCount, isInShard, type Shard, type SweepLine, type SweepPlan } from './sweepPlan.ts';
export { mergeSweepLines } from './sweepMerge.ts';
export { summarizeSweep, type SweepSummaryRow } from './sweepSummary.ts';
