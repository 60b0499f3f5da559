import { lazySchema, z } from './zod.ts';
import { PLAIN_TEXT_PATTERN } from './plainText.ts';

/**
 * The goals an instructor can set in a challenge (the classroom issue), as data that travels in a
 * link's `c` part. Verdicts are always computed afresh from the student's design; a link never carries
 * them. The menu is closed: a goal of an unknown kind is refused, not ignored.
 */
const ElementId = lazySchema(() => z.string().check(z.regex(/^[a-z]{1,4}[1-9][0-9]{0,5}$/)));

export const GoalSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('every-server-reaches-fabrics') }),
  z.strictObject({ kind: z.literal('no-error-finding') }),
  z.strictObject({ kind: z.literal('no-single-point-of-failure') }),
  z.strictObject({ kind: z.literal('p99-under'), trafficClass: z.enum(['storage', 'network']), ms: z.number().check(z.positive(), z.maximum(60_000)) }),
  z.strictObject({ kind: z.literal('at-most-adapters'), count: z.number().check(z.int(), z.minimum(0), z.maximum(1000)) }),
  z.strictObject({ kind: z.literal('survives-failure-of'), target: ElementId }),
]));
export type Goal = z.infer<typeof GoalSchema>;
export type GoalKind = Goal['kind'];

/**
 * The commands a challenge may forbid, so that it is solved by hand: Virtualize, Dedicate, Size the
 * pools and Tidy up. The app refuses them while the challenge is open; the verdicts never depend on
 * it (an honour system: a design made elsewhere can still be handed in).
 */
export const CHALLENGE_RULES = ['virtualize', 'dedicate', 'size', 'tidy'] as const;
export type ChallengeRule = (typeof CHALLENGE_RULES)[number];

export const ChallengeSchema = lazySchema(() => z.strictObject({
  version: z.literal(1),
  title: z.string().check(z.maxLength(120), z.regex(PLAIN_TEXT_PATTERN)),
  goals: z.array(GoalSchema).check(z.minLength(1), z.maxLength(12)),
  /** Absent in challenges made before rules existed: their fingerprint is unchanged. */
  forbid: z.optional(z.array(z.enum(CHALLENGE_RULES)).check(z.minLength(1), z.maxLength(CHALLENGE_RULES.length))),
}));
export type Challenge = z.infer<typeof ChallengeSchema>;

/** How a forbidden command is named to the student (the command's own words). */
export function describeRule(rule: ChallengeRule): string {
  switch (rule) {
    case 'virtualize': return 'Virtualize';
    case 'dedicate': return 'Dedicate';
    case 'size': return 'Size the pools';
    case 'tidy': return 'Tidy up';
  }
}

/** How each goal reads in the menu and beside its verdict. */
export function describeGoal(goal: Goal): string {
  switch (goal.kind) {
    case 'every-server-reaches-fabrics': return 'Every server reaches a SAN and a LAN';
    case 'no-error-finding': return 'No error finding';
    case 'no-single-point-of-failure': return 'No single point of failure';
    case 'p99-under': return `${goal.trafficClass === 'storage' ? 'Storage' : 'Network'} p99 under ${goal.ms} ms on every server`;
    case 'at-most-adapters': return `At most ${goal.count} adapter${goal.count === 1 ? '' : 's'}`;
    case 'survives-failure-of': return `No I/O fails when ${goal.target} fails`;
  }
}
