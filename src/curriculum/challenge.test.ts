import { describe, expect, it } from 'vitest';
import { example, removeElements, setPoolSize, type OpResult, type Topology } from '../model/index.ts';
import { evaluateChallenge } from './index.ts';
import { EVERY_GOAL_CHALLENGE as CHALLENGE } from '../model/fixtures/challenge.ts';

function ok(result: OpResult): Topology {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}


describe('challenges', () => {
  it('judge the redundant rack as meeting every goal, computed afresh', () => {
    const verdicts = evaluateChallenge(CHALLENGE, example('redundant-virtualized'), { duration: 2 });
    expect(verdicts.map((v) => [v.goal.kind, v.met])).toEqual(CHALLENGE.goals.map((g) => [g.kind, true]));
    expect(verdicts[4]).toMatchObject({ label: 'At most 8 adapters', detail: '8 adapters' });
  });

  it('judge the single-switch rack as failing the redundancy goal only, and the classic rack on adapters', () => {
    const single = evaluateChallenge(CHALLENGE, example('virtualized-rack'), { duration: 2 });
    expect(single.filter((v) => !v.met).map((v) => v.goal.kind)).toEqual(['no-single-point-of-failure']);
    const classic = evaluateChallenge(CHALLENGE, example('classic-rack'), { duration: 2 });
    expect(classic.filter((v) => !v.met).map((v) => v.goal.kind)).toEqual(['no-single-point-of-failure', 'at-most-adapters', 'survives-failure-of']);
    // Servers are counted, not findings: one grouped finding (one switch) or two (one HBA, one NIC each).
    const detail = (verdicts: typeof single) => verdicts.find((v) => v.goal.kind === 'no-single-point-of-failure')!.detail;
    expect([detail(single), detail(classic)]).toEqual(['8 servers with one', '8 servers with one']);
  });

  it('count missing paths, not the grouped findings that tell of them', () => {
    // Without the FC cables the eight servers lose storage: one no-path finding, eight missing paths.
    const cut = ok(removeElements(example('virtualized-rack'), ['l9', 'l10']));
    const [verdict] = evaluateChallenge({ ...CHALLENGE, goals: [{ kind: 'every-server-reaches-fabrics' }] }, cut);
    expect(verdict).toMatchObject({ met: false, detail: '8 missing path(s)' });
  });

  it('fail survives-failure-of when the pool has one adapter', () => {
    const one = ok(setPoolSize(example('virtualized-rack'), 'sw1', 'storage', 1));
    const [verdict] = evaluateChallenge({ ...CHALLENGE, goals: [{ kind: 'survives-failure-of', target: 'hba1' }] }, one, { duration: 2 });
    expect(verdict).toMatchObject({ met: false, detail: expect.stringMatching(/^\d+ I\/Os failed$/) });
  });
});
