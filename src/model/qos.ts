import { lazySchema, z } from './zod.ts';

/**
 * The bounds of a server's QoS settings and of its workload's queue depth (docs/file-format.md lists
 * them). Storage in MB/s (10^6 bytes per second, megabytes) like the results; network in Mb/s
 * (10^6 bits per second, megabits) like `networkMbps`. A cap must be above zero: a cap of zero would
 * hold every I/O of the class for ever.
 */
export const QOS_RANGES = {
  weight: { min: 1, max: 1000 },
  minMBps: { min: 0, max: 100_000 },
  maxMBps: { min: 0.1, max: 100_000 },
  maxIops: { min: 1, max: 10_000_000 },
  minMbps: { min: 0, max: 1_000_000 },
  maxMbps: { min: 1, max: 1_000_000 },
  /** The token bucket's depth; absent, 10 ms of the cap. 4 KiB to 1 GiB. */
  burstKiB: { min: 4, max: 1_048_576 },
  /** Outstanding I/Os per class, like fio's iodepth. */
  queueDepth: { min: 1, max: 65_536 },
} as const;

const bounded = (range: { min: number; max: number }) => z.number().check(z.minimum(range.min), z.maximum(range.max));
/** Bounded, then whole: the order of the checks is the order of the issues a bad value gets. */
const boundedInt = (range: { min: number; max: number }) => z.number().check(z.minimum(range.min), z.maximum(range.max), z.int());

const minNotAboveMax = <T extends Record<string, unknown>>(min: keyof T & string, max: keyof T & string) =>
  (value: T, ctx: z.core.$RefinementCtx<T>) => {
    const low = value[min];
    const high = value[max];
    if (typeof low === 'number' && typeof high === 'number' && low > high) {
      ctx.addIssue({ code: 'custom', path: [min], message: `is ${low}, above the cap ${max} of ${high}: a guarantee cannot exceed its cap. Lower it or raise the cap.` });
    }
  };

/**
 * Storage QoS: a weight among the servers sharing a pool (default 1), a guarantee (served first) and
 * caps (a token bucket) on both directions together.
 */
export const StorageQosSchema = lazySchema(() => z.strictObject({
  weight: z.optional(boundedInt(QOS_RANGES.weight)),
  minMBps: z.optional(bounded(QOS_RANGES.minMBps)),
  maxMBps: z.optional(bounded(QOS_RANGES.maxMBps)),
  maxIops: z.optional(bounded(QOS_RANGES.maxIops)),
  burstKiB: z.optional(bounded(QOS_RANGES.burstKiB)),
}).check(z.superRefine(minNotAboveMax('minMBps', 'maxMBps'))));

/** Network QoS, in megabits per second like the network demand. */
export const NetworkQosSchema = lazySchema(() => z.strictObject({
  weight: z.optional(boundedInt(QOS_RANGES.weight)),
  minMbps: z.optional(bounded(QOS_RANGES.minMbps)),
  maxMbps: z.optional(bounded(QOS_RANGES.maxMbps)),
  burstKiB: z.optional(bounded(QOS_RANGES.burstKiB)),
}).check(z.superRefine(minNotAboveMax('minMbps', 'maxMbps'))));

/** A server's QoS, per class; absent means weight 1, no guarantee and no cap. */
export const QosSchema = lazySchema(() => z.strictObject({
  storage: z.optional(StorageQosSchema),
  network: z.optional(NetworkQosSchema),
}));

export type StorageQos = z.infer<typeof StorageQosSchema>;
export type NetworkQos = z.infer<typeof NetworkQosSchema>;
export type Qos = z.infer<typeof QosSchema>;

/** The outstanding-I/O limit of a workload: a whole number, absent for unlimited. */
export const QueueDepthSchema = lazySchema(() => boundedInt(QOS_RANGES.queueDepth));

/** True when a QoS setting changes nothing (absent, or only empty classes and weight 1). */
export function isNeutralQos(qos: Qos | undefined): boolean {
  if (!qos) return true;
  return [qos.storage, qos.network].every((cls) => !cls || Object.entries(cls).every(([key, value]) => value === undefined || (key === 'weight' && value === 1)));
}
