// The messages between the page and the simulation worker, checked at both ends. Both ends are this
// code, but a message is data from another thread: a bug, an extension or a page script could post
// anything, and the engine must never run on what it cannot trust. A malformed message is reported
// (in words, capped) and ignored; it never throws and never stops a run.
import { lazySchema, z } from '../model/zod.ts';
import { echoText, FaultSchema, formatPath, LIMITS, TopologySchema } from '../model/index.ts';
import { MAX_SPEED, MIN_SPEED, type WorkerReport, type WorkerRequest } from './protocol.ts';

const Seconds = lazySchema(() => z.number().check(z.minimum(0), z.maximum(LIMITS.durationS)));
const Count = lazySchema(() => z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)));
/** Asked for: any positive speed, which the host clamps; reported: the clamped one. */
const AskedSpeed = lazySchema(() => z.number().check(z.positive()));
const Speed = lazySchema(() => z.number().check(z.minimum(MIN_SPEED), z.maximum(MAX_SPEED)));
/** A node, link or port id: short, whatever it names (the host checks that it exists). */
const Target = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(16)));

export const WorkerRequestSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('load'), topology: TopologySchema,
    seed: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(0xffff_ffff))),
    duration: z.optional(z.number().check(z.minimum(LIMITS.minDurationS), z.maximum(LIMITS.durationS))),
  }),
  z.strictObject({ type: z.literal('play'), speed: AskedSpeed }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('step'), seconds: Seconds }),
  z.strictObject({ type: z.literal('runToEnd') }),
  z.strictObject({ type: z.literal('cancel') }),
  z.strictObject({ type: z.literal('setSpeed'), speed: AskedSpeed }),
  z.strictObject({ type: z.literal('injectFault'), target: Target, recover: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('restart') }),
]));

const Ids = lazySchema(() => z.array(z.string().check(z.maxLength(16))).check(z.maxLength(LIMITS.nodes + LIMITS.links)));
const Layout = lazySchema(() => z.strictObject({
  adapterIds: Ids,
  linkIds: Ids,
  pools: z.array(z.strictObject({
    id: z.string().check(z.maxLength(40)), switchId: z.nullable(z.string().check(z.maxLength(16))), trafficClass: z.enum(['storage', 'network']), adapterIds: Ids,
  })).check(z.maxLength(LIMITS.nodes)),
  serverIds: z.optional(Ids),
}));
/** The whole run's figures: their shape, not every figure (a result is checked where it is built). */
export const ResultShape = lazySchema(() => z.looseObject({
  seed: Count, duration: Seconds, warmup: Seconds, events: Count,
  adapters: z.array(z.looseObject({ id: z.string() })),
  links: z.array(z.looseObject({ id: z.string() })),
  servers: z.array(z.looseObject({ id: z.string(), storage: z.looseObject({}), network: z.looseObject({}) })),
  pools: z.array(z.looseObject({})),
  dedicated: z.array(z.looseObject({})),
  faultWindows: z.array(z.looseObject({})),
  faults: z.array(z.looseObject({})),
  series: z.looseObject({ step: z.number(), adapters: z.record(z.string(), z.array(z.number())), links: z.record(z.string(), z.array(z.number())) }),
}));

export const WorkerReportSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), layout: Layout, seed: Count, duration: Seconds }),
  z.strictObject({
    type: z.literal('frame'), time: Seconds, events: Count,
    adapterUtilization: z.instanceof(Float64Array), linkUtilization: z.instanceof(Float64Array),
    adapterQueued: z.instanceof(Int32Array), poolQueued: z.instanceof(Int32Array), serverQueued: z.optional(z.instanceof(Int32Array)), classThroughput: z.instanceof(Float64Array),
    inFlight: Count, achievedSpeed: z.number().check(z.minimum(0)),
  }),
  z.strictObject({ type: z.literal('progress'), fraction: z.number().check(z.minimum(0), z.maximum(1)), phase: z.enum(['run', 'fault']) }),
  z.strictObject({ type: z.literal('state'), playback: z.enum(['paused', 'playing', 'stepping', 'running', 'done']), time: Seconds, speed: Speed }),
  z.strictObject({ type: z.literal('done'), result: ResultShape }),
  z.strictObject({ type: z.literal('faultApplied'), target: Target, at: Seconds, recover: z.boolean(), fault: FaultSchema, index: Count }),
  z.strictObject({ type: z.literal('error'), message: z.string().check(z.maxLength(2000)) }),
]));

export type Checked<T> = { ok: true; message: T } | { ok: false; problem: string };

/** The first thing wrong with a message, in words: the type it claimed, where, and what. */
export function describeMalformed(error: z.core.$ZodError, data: unknown): string {
  const issue = error.issues[0];
  // Never String() a value from outside: an object without a prototype throws on it.
  const claimed = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  const type = typeof claimed === 'string' ? `a "${echoText(claimed)}" message` : 'a message with no type';
  const what = issue ? `${formatPath(issue.path)}: ${echoText(issue.message)}` : 'it is not an object';
  return `${type}, ${what.replace(/\.?$/, '.')}`;
}

export function checkRequest(data: unknown): Checked<WorkerRequest> {
  const parsed = WorkerRequestSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data as WorkerRequest } : { ok: false, problem: describeMalformed(parsed.error, data) };
}

export function checkReport(data: unknown): Checked<WorkerReport> {
  const parsed = WorkerReportSchema.safeParse(data);
  return parsed.success ? { ok: true, message: parsed.data as WorkerReport } : { ok: false, problem: describeMalformed(parsed.error, data) };
}
