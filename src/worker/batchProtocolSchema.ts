// The batch worker's messages, checked at both ends as the simulation worker's are (protocolSchema.ts).
import { lazySchema, z } from '../model/zod.ts';
import { LIMITS, TopologySchema } from '../model/index.ts';
import type { BatchReport, BatchRequest } from './batchProtocol.ts';
import { describeMalformed, ResultShape, type Checked } from './protocolSchema.ts';

const Runs = () => ({
  seed: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(0xffff_ffff))),
  duration: z.optional(z.number().check(z.minimum(LIMITS.minDurationS), z.maximum(LIMITS.durationS))),
});

export const BatchRequestSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('simulate'), topology: TopologySchema, ...Runs() }),
  z.strictObject({
    type: z.literal('size'), topology: TopologySchema, trafficClass: z.enum(['storage', 'network']),
    target: z.strictObject({ maxUtilization: z.number().check(z.minimum(0), z.maximum(1)), p99Ms: z.optional(z.number().check(z.positive(), z.maximum(60_000))), nPlusOne: z.boolean() }),
    ...Runs(),
  }),
  z.strictObject({
    type: z.literal('breakEven'), topology: TopologySchema, counts: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(1024))).check(z.minLength(1), z.maxLength(16)),
    replications: z.number().check(z.int(), z.minimum(2), z.maximum(20)), duration: Runs().duration,
  }),
]));

export const BatchReportSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), fraction: z.number().check(z.minimum(0), z.maximum(1)), note: z.optional(z.string().check(z.maxLength(200))) }),
  z.strictObject({ type: z.literal('simulated'), result: ResultShape }),
  z.strictObject({ type: z.literal('sized'), pools: z.array(z.looseObject({ switchId: z.string(), curve: z.array(z.looseObject({ adapters: z.number() })) })).check(z.maxLength(LIMITS.nodes)) }),
  z.strictObject({ type: z.literal('brokeEven'), breakEven: z.looseObject({ rule: z.string(), points: z.array(z.looseObject({ servers: z.number() })).check(z.maxLength(2048)), breakEven: z.looseObject({}) }) }),
  z.strictObject({ type: z.literal('error'), message: z.string().check(z.maxLength(2000)) }),
]));

export function checkBatchRequest(data: unknown): Checked<BatchRequest> {
  const parsed = BatchRequestSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data as BatchRequest } : { ok: false, problem: describeMalformed(parsed.error, data) };
}

export function checkBatchReport(data: unknown): Checked<BatchReport> {
  const parsed = BatchReportSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data as BatchReport } : { ok: false, problem: describeMalformed(parsed.error, data) };
}
