export { mm1, unstableFigures, type QueueFigures } from './mm1.ts';
export { erlangC, mmc, type MmcFigures } from './mmc.ts';
export { kingmanMeanWait, md1, mg1MeanWait } from './mg1.ts';
export * from './workloadMapping.ts';
