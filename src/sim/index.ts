/** The simulation engine: pure, seeded, deterministic; the same numbers in Node, the worker and the browser. */
export { createSimulation, simulate, expectedEvents, EventBudgetError, DEFAULT_MAX_EVENTS, MAX_IN_FLIGHT, PendingIoLimitError, RunLimitError, type Frame, type PoolLayout, type Simulation, type SimulationLayout, type SimulateOptions } from './simulation.ts';
export type { SimulationResult, ClassResult, AdapterResult, PortResult, LinkResult, PoolStage, DedicatedStage, StageFigures, TimeFigures, FaultWindowResult, FaultResult } from './result.ts';
export { hashResult } from './hashResult.ts';
export { simulatePoolSize, sizePools, type PoolSizing, type SizeOptions, type SizingCandidate } from './sizing.ts';
export { compareWithCounterpart, counterpartOf, describeDifferences, summarize, type Comparison, type DesignSummary } from './compare.ts';
export { DEFAULT_REPLICATIONS, MAX_REPLICATIONS, replicationSeeds } from './replications.ts';
export { replicatedFigure, type ReplicatedFigure } from './stats/replicationInterval.ts';
export { runInProcess, runOne, type RunMany, type RunRequest } from './runMany.ts';
export * from './sweep/index.ts';
export { breakEven, crossover, parseServerRange, scaledPair, BREAK_EVEN_TARGET, SCALING_RULE, type BreakEven, type BreakEvenPoint, type SideFigures } from './breakEven.ts';
export { crossoverSentences } from './breakEvenWords.ts';
