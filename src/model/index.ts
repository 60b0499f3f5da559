/** The domain core of IOV Studio: pure functions over a `Topology`, no React, no DOM, no store. */
export * from './catalog/index.ts';
export * from './schema.ts';
export * from './workload.ts';
export * from './ids.ts';
export { migrate, type MigrateResult } from './migrate.ts';
export { formatPath, type Problem } from './problems.ts';
export { emptyTopology } from './emptyTopology.ts';
export { cablingBetween } from './cabling.ts';
export * from './operations/index.ts';
export * from './routing.ts';
export * from './offeredLoad.ts';
export * from './rates.ts';
export * from './queueing/index.ts';
export { checkDesign, countBySeverity, RULES, SEVERITIES, UTILIZATION_WARNING, type Finding, type Severity } from './rules/index.ts';
export { EXAMPLES, EXAMPLE_NAMES, example, isExampleName, type ExampleName } from './examples/index.ts';
export { scaleDesign } from './scaleDesign.ts';
export { indexOf, type TopologyIndex } from './topologyIndex.ts';
