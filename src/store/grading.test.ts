import { describe, expect, it } from 'vitest';
import { example, setPoolSize, type Challenge, type Topology } from '../model/index.ts';
import { buildLink, challengeFingerprint, encodeChallenge } from '../share/index.ts';
import { createInProcessBatchRunner } from '../worker/inProcessBatchRunner.ts';
import { createAppStore } from './createAppStore.ts';
import { readHandIns } from './handInLinks.ts';

const CHALLENGE: Challenge = {
  version: 1, title: 'Two of each, no single point of failure',
  goals: [{ kind: 'every-server-reaches-fabrics' }, { kind: 'p99-under', trafficClass: 'storage', ms: 5 }, { kind: 'survives-failure-of', target: 'hba1' }],
};
const short = (topology: Topology) => ({ ...topology, settings: { ...topology.settings, duration: 2 } });
const handIn = (topology: Topology, name: string, t = 1_796_000_000) => buildLink(short(topology), 'https://class.example/', { challenge: encodeChallenge(CHALLENGE), viewOnly: true, name, handedIn: t });

function oneHba(): Topology {
  const result = setPoolSize(example('virtualized-rack'), 'sw1', 'storage', 1);
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}

async function grade(text: string) {
  const store = createAppStore(undefined, { batchRunner: createInProcessBatchRunner() });
  store.getState().gradeHandIns(text);
  await new Promise<void>((resolve) => {
    const stop = store.subscribe((s) => { if (s.grading.status === 'done') { stop(); resolve(); } });
    if (store.getState().grading.status === 'done') resolve();
  });
  return store.getState().grading;
}

describe('the grade sheet', () => {
  it('reads names and times from hand-in links, and says why a line is not one', () => {
    const read = readHandIns([handIn(example('virtualized-rack'), 'Ada Lovelace'), '', 'not a link', buildLink(example('classic-rack'), 'https://x/')].join('\n'));
    expect(read.handIns.map((h) => [h.line, h.name, h.handedIn, h.fingerprint])).toEqual([[1, 'Ada Lovelace', 1_796_000_000, challengeFingerprint(CHALLENGE)]]);
    expect(read.refused.map((r) => r.line)).toEqual([3, 4]);
    expect(read.refused[1]!.problem).toMatch(/no challenge/);
  });

  it('recomputes every verdict, and flags the same design handed in under two names', async () => {
    const sheet = await grade([handIn(example('virtualized-rack'), 'Ada'), handIn(oneHba(), 'Grace'), handIn(example('virtualized-rack'), 'Alan'), 'garbage'].join('\n'));
    expect(sheet.rows.map((r) => r.kind)).toEqual(['graded', 'graded', 'graded', 'refused']);
    const [ada, grace, alan] = sheet.rows as Extract<(typeof sheet.rows)[number], { kind: 'graded' }>[];
    expect(ada!.verdicts.map((v) => v.met)).toEqual([true, true, true]);
    // One HBA in the pool: failing it loses storage I/O, whatever the link might have claimed.
    expect(grace!.verdicts.map((v) => v.met)).toEqual([true, true, false]);
    expect(grace!.met).toBe(2);
    expect(ada!.sameDesignAs).toEqual(['Alan']);
    expect(alan!.sameDesignAs).toEqual(['Ada']);
    expect(grace!.sameDesignAs).toEqual([]);
    expect(ada!.storageP99Ms).toBeGreaterThan(0);
    expect(grace!.ioPriceUsd).toBeLessThan(ada!.ioPriceUsd);
    // Identical designs share their runs: two designs, a plain and a faulted run each.
    expect(sheet.progress).toEqual({ done: 4, total: 4 });
  });
});
