// The batch worker's messages, checked at both ends as the simulation worker's are (protocolSchema.ts).
import { z } from '../model/zod.ts';
import { LIMITS, TopologySchema } from '../model/index.ts';
import type { BatchReport, BatchRequest } from './batchProtocol.ts';
import { describeMalformed, ResultShape, type Checked } from './protocolSchema.ts';

const Runs = {
  seed: z.number().int().min(0).max(0xffff_ffff).optional(),
  duration: z.number().min(LIMITS.minDurationS).max(LIMITS.durationS).optional(),
};

export const BatchRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('simulate'), topology: TopologySchema, ...Runs }),
  z.strictObject({
    type: z.literal('size'), topology: TopologySchema, trafficClass: z.enum(['storage', 'network']),
    target: z.strictObject({ maxUtilization: z.number().min(0).max(1), p99Ms: z.number().positive().max(60_000).optional(), nPlusOne: z.boolean() }),
    ...Runs,
  }),
  z.strictObject({
    type: z.literal('breakEven'), topology: TopologySchema, counts: z.array(z.number().int().min(1).max(1024)).min(1).max(16),
    replications: z.number().int().min(2).max(20), duration: Runs.duration,
  }),
]);

export const BatchReportSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), fraction: z.number().min(0).max(1), note: z.string().max(200).optional() }),
  z.strictObject({ type: z.literal('simulated'), result: ResultShape }),
  z.strictObject({ type: z.literal('sized'), pools: z.array(z.looseObject({ switchId: z.string(), curve: z.array(z.looseObject({ adapters: z.number() })) })).max(LIMITS.nodes) }),
  z.strictObject({ type: z.literal('brokeEven'), breakEven: z.looseObject({ rule: z.string(), points: z.array(z.looseObject({ servers: z.number() })).max(2048), breakEven: z.looseObject({}) }) }),
  z.strictObject({ type: z.literal('error'), message: z.string().max(2000) }),
]);

export function checkBatchRequest(data: unknown): Checked<BatchRequest> {
  const parsed = BatchRequestSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data as BatchRequest } : { ok: false, problem: describeMalformed(parsed.error, data) };
}

export function checkBatchReport(data: unknown): Checked<BatchReport> {
  const parsed = BatchReportSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data as BatchReport } : { ok: false, problem: describeMalformed(parsed.error, data) };
}
