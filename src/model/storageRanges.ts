/**
 * The ranges of a workload's storage fields, apart from the schema (workload.ts builds on them) so
 * that the measured-workload import checks them without loading zod into its lazily loaded chunk.
 */
export const STORAGE_RANGES = {
  storageIops: { min: 0, max: 10_000_000 },
  blockKiB: { min: 0.5, max: 16_384 },
  readShare: { min: 0, max: 1 },
} as const;
