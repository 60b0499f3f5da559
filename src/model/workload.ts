import { QueueDepthSchema } from './qos.ts';
import { STORAGE_RANGES } from './storageRanges.ts';
import { lazySchema, z } from './zod.ts';

export const ARRIVALS = ['poisson', 'bursty'] as const;
export const SIZE_DISTRIBUTIONS = ['exponential', 'fixed'] as const;
/** The shortest mean burst or pause, ms. */
export const MIN_BURST_MS = 0.1;

/**
 * What a server asks of its I/O. Units as in SIMULATION.md: IOPS, KiB, Mb/s, fractions 0..1, and ms
 * for the on/off means. Both classes share the arrival process kind; each class has its own on/off state.
 */
export const WorkloadSchema = lazySchema(() => z.strictObject({
  storageIops: z.number().check(z.minimum(STORAGE_RANGES.storageIops.min), z.maximum(STORAGE_RANGES.storageIops.max)),
  blockKiB: z.number().check(z.minimum(STORAGE_RANGES.blockKiB.min), z.maximum(STORAGE_RANGES.blockKiB.max)),
  readShare: z.number().check(z.minimum(STORAGE_RANGES.readShare.min), z.maximum(STORAGE_RANGES.readShare.max)),
  networkMbps: z.number().check(z.minimum(0), z.maximum(1_000_000)),
  messageKiB: z.number().check(z.minimum(0.0625), z.maximum(16_384)),
  transmitShare: z.number().check(z.minimum(0), z.maximum(1)),
  arrivals: z.enum(ARRIVALS),
  // 0.1 ms at least: shorter bursts than an I/O's own service time mean nothing, and each switch
  // is an event (1e-300 ms once slipped past the event budget).
  onMs: z.number().check(z.minimum(MIN_BURST_MS), z.maximum(3_600_000)),
  offMs: z.number().check(z.minimum(MIN_BURST_MS), z.maximum(3_600_000)),
  sizes: z.enum(SIZE_DISTRIBUTIONS),
  /**
   * Outstanding I/Os per class (fio's iodepth): a server at its depth issues its next I/O of that
   * class when one completes; its later arrivals wait at the server. Absent: unlimited (an open
   * stream, as before version 2). Not part of any preset.
   */
  queueDepth: z.optional(QueueDepthSchema),
}));
export type Workload = z.infer<typeof WorkloadSchema>;

export const PRESET_NAMES = ['idle', 'web', 'database', 'backup', 'vdi'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const BURST_DEFAULTS = { onMs: 50, offMs: 200, sizes: 'exponential' } as const;

/** The workload presets of SIMULATION.md, exactly. */
export const PRESETS: Readonly<Record<PresetName, Workload>> = {
  idle: { storageIops: 50, blockKiB: 8, readShare: 0.7, networkMbps: 10, messageKiB: 16, transmitShare: 0.5, arrivals: 'poisson', ...BURST_DEFAULTS },
  web: { storageIops: 300, blockKiB: 16, readShare: 0.9, networkMbps: 800, messageKiB: 64, transmitShare: 0.8, arrivals: 'poisson', ...BURST_DEFAULTS },
  database: { storageIops: 3000, blockKiB: 8, readShare: 0.7, networkMbps: 200, messageKiB: 16, transmitShare: 0.5, arrivals: 'poisson', ...BURST_DEFAULTS },
  backup: { storageIops: 400, blockKiB: 256, readShare: 0.9, networkMbps: 400, messageKiB: 64, transmitShare: 0.9, arrivals: 'poisson', ...BURST_DEFAULTS },
  vdi: { storageIops: 1000, blockKiB: 16, readShare: 0.3, networkMbps: 100, messageKiB: 16, transmitShare: 0.5, arrivals: 'bursty', ...BURST_DEFAULTS },
};

export const DEFAULT_WORKLOAD: Workload = PRESETS.idle;

/**
 * The preset a workload equals, if any (the inspector shows it; the document stores only values).
 * `queueDepth` is no preset's field: how many I/Os a server keeps outstanding is apart from what it
 * asks, so a web server at depth 8 is still "web".
 */
export function presetOf(workload: Workload): PresetName | undefined {
  return PRESET_NAMES.find((name) => {
    const preset = PRESETS[name];
    return (Object.keys(preset) as (keyof Workload)[]).every((key) => preset[key] === workload[key]);
  });
}
