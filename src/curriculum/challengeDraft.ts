import { CHALLENGE_RULES, ChallengeSchema, describeGoal, type Challenge, type ChallengeRule, type Goal, type GoalKind, type Topology } from '../model/index.ts';
import { adapterCount } from './checks.ts';

/**
 * The challenge an instructor is composing: which goals of the menu are picked, and the
 * parameters of those that take one. Kept whole while boxes are ticked and unticked, so a number
 * typed in is not lost when its goal is set aside for a moment.
 */
export type ChallengeDraft = {
  title: string;
  picked: readonly GoalKind[];
  p99: { trafficClass: 'storage' | 'network'; ms: number };
  maxAdapters: number;
  failTarget: string;
  /** The commands forbidden while the challenge is open: solved by hand. */
  forbid: readonly ChallengeRule[];
};

/** The menu, in the order the composer lists it. */
export const GOAL_MENU: readonly GoalKind[] = [
  'every-server-reaches-fabrics', 'no-error-finding', 'no-single-point-of-failure', 'p99-under', 'at-most-adapters', 'survives-failure-of',
];

/** Goals judged from the design alone, at once; the others run the simulation. */
const DESIGN_GOALS: ReadonlySet<GoalKind> = new Set(['every-server-reaches-fabrics', 'no-error-finding', 'no-single-point-of-failure', 'at-most-adapters']);
export const isSimulatedGoal = (goal: Goal) => !DESIGN_GOALS.has(goal.kind);

/** The elements whose failure a challenge can ask the design to survive: adapters and switches. */
export function failureTargets(topology: Topology): { id: string; label: string }[] {
  // Adapters first: "the failure of a chosen adapter" is the usual question; a switch, the harder one.
  const adapters = topology.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic');
  const switches = topology.nodes.filter((n) => n.kind === 'iov-switch');
  return [...adapters, ...switches].map((n) => ({ id: n.id, label: `${n.label} (${n.id})` }));
}

/** A sensible start: the two goals every design should meet, figures taken from the design. */
export function defaultDraft(topology: Topology): ChallengeDraft {
  return {
    title: `Meet the goals: ${topology.name}`.slice(0, 120),
    picked: ['every-server-reaches-fabrics', 'no-error-finding'],
    p99: { trafficClass: 'storage', ms: 2.5 },
    maxAdapters: Math.max(1, adapterCount(topology)),
    failTarget: failureTargets(topology)[0]?.id ?? '',
    forbid: [],
  };
}

export function withGoalPicked(draft: ChallengeDraft, kind: GoalKind, picked: boolean): ChallengeDraft {
  const others = draft.picked.filter((k) => k !== kind);
  return { ...draft, picked: picked ? GOAL_MENU.filter((k) => others.includes(k) || k === kind) : others };
}

function goalOf(kind: GoalKind, draft: ChallengeDraft): Goal {
  switch (kind) {
    case 'p99-under': return { kind, trafficClass: draft.p99.trafficClass, ms: draft.p99.ms };
    case 'at-most-adapters': return { kind, count: draft.maxAdapters };
    case 'survives-failure-of': return { kind, target: draft.failTarget };
    default: return { kind } as Goal;
  }
}

export type ComposeResult = { ok: true; challenge: Challenge } | { ok: false; problems: string[] };

/** The challenge the draft describes, or what to fix first, in the composer's words. */
export function composeChallenge(draft: ChallengeDraft, topology: Topology): ComposeResult {
  const problems: string[] = [];
  if (draft.picked.length === 0) problems.push('Pick at least one goal.');
  const picked = GOAL_MENU.filter((k) => draft.picked.includes(k));
  if (picked.includes('p99-under') && !(draft.p99.ms > 0 && draft.p99.ms <= 60_000)) problems.push('The p99 target must be a number of milliseconds above 0 and at most 60,000.');
  if (picked.includes('at-most-adapters') && !(Number.isInteger(draft.maxAdapters) && draft.maxAdapters >= 0 && draft.maxAdapters <= 1000)) problems.push('The number of adapters must be a whole number from 0 to 1,000.');
  if (picked.includes('survives-failure-of') && !failureTargets(topology).some((t) => t.id === draft.failTarget)) problems.push('Choose the adapter or switch that fails: it must be in the starting design.');
  if (draft.title.trim() === '') problems.push('Give the challenge a title.');
  if (problems.length > 0) return { ok: false, problems };
  const forbid = CHALLENGE_RULES.filter((r) => draft.forbid.includes(r));
  const parsed = ChallengeSchema.safeParse({ version: 1, title: draft.title.trim(), goals: picked.map((k) => goalOf(k, draft)), ...(forbid.length > 0 && { forbid }) });
  if (!parsed.success) return { ok: false, problems: ['The title must fit on one line, in at most 120 characters.'] };
  return { ok: true, challenge: parsed.data };
}

/** The draft with a command forbidden, or allowed again. */
export function withRule(draft: ChallengeDraft, rule: ChallengeRule, forbidden: boolean): ChallengeDraft {
  const others = draft.forbid.filter((r) => r !== rule);
  return { ...draft, forbid: forbidden ? CHALLENGE_RULES.filter((r) => others.includes(r) || r === rule) : others };
}

/** How a goal reads in the menu before its parameters are known. */
export function menuLabel(kind: GoalKind): string {
  switch (kind) {
    case 'p99-under': return 'p99 response time under a target';
    case 'at-most-adapters': return 'At most a number of adapters';
    case 'survives-failure-of': return 'Survives the failure of an element';
    default: return describeGoal({ kind } as Goal);
  }
}
