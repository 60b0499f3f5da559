import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { composeChallenge, defaultDraft, failureTargets, isSimulatedGoal, withGoalPicked } from './challengeDraft.ts';

const rack = example('virtualized-rack');

describe('composing a challenge', () => {
  it('starts from the design: its adapter count, its first adapter, two plain goals', () => {
    const draft = defaultDraft(rack);
    expect(draft.picked).toEqual(['every-server-reaches-fabrics', 'no-error-finding']);
    expect(draft.maxAdapters).toBe(4);
    expect(failureTargets(rack).map((t) => t.id)).toContain(draft.failTarget);
    expect(draft.title).toBe(`Meet the goals: ${rack.name}`);
  });

  it('turns the picked goals into a challenge, in menu order, with their parameters', () => {
    let draft = defaultDraft(rack);
    draft = withGoalPicked(draft, 'survives-failure-of', true);
    draft = withGoalPicked(draft, 'p99-under', true);
    draft = withGoalPicked(draft, 'no-error-finding', false);
    draft = { ...draft, p99: { trafficClass: 'network', ms: 4 }, failTarget: 'hba1' };
    const result = composeChallenge(draft, rack);
    expect(result.ok && result.challenge.goals).toEqual([
      { kind: 'every-server-reaches-fabrics' },
      { kind: 'p99-under', trafficClass: 'network', ms: 4 },
      { kind: 'survives-failure-of', target: 'hba1' },
    ]);
    expect(result.ok && result.challenge.version).toBe(1);
  });

  it('says what to fix instead of composing a broken challenge', () => {
    const none = composeChallenge({ ...defaultDraft(rack), picked: [] }, rack);
    expect(none).toEqual({ ok: false, problems: ['Pick at least one goal.'] });
    const bad = composeChallenge({ ...defaultDraft(rack), picked: ['p99-under', 'at-most-adapters', 'survives-failure-of'], p99: { trafficClass: 'storage', ms: 0 }, maxAdapters: 2.5, failTarget: 'hba99' }, rack);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toHaveLength(3);
    expect(composeChallenge({ ...defaultDraft(rack), title: '  ' }, rack)).toEqual({ ok: false, problems: ['Give the challenge a title.'] });
  });

  it('knows which goals need the simulation', () => {
    expect(isSimulatedGoal({ kind: 'p99-under', trafficClass: 'storage', ms: 2 })).toBe(true);
    expect(isSimulatedGoal({ kind: 'survives-failure-of', target: 'hba1' })).toBe(true);
    expect(isSimulatedGoal({ kind: 'at-most-adapters', count: 3 })).toBe(false);
  });
});
