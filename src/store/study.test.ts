import { describe, expect, it } from 'vitest';
import { example, type Topology } from '../model/index.ts';
import { createInProcessBatchRunner } from '../worker/inProcessBatchRunner.ts';
import { createAppStore } from './createAppStore.ts';
import { doublingsUpTo } from './studySlice.ts';

const short = (t: Topology): Topology => ({ ...t, settings: { ...t.settings, duration: 1, warmup: 0.1 } });
const until = async (done: () => boolean) => {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the Sweep tab and the break-even, in the store', { timeout: 120_000 }, () => {
  it('sweeps one parameter of the current design in replications, the lines in sorted order', async () => {
    const store = createAppStore(short(example('virtualized-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().runSweepOf({ parameter: 'hba', values: [1, 2] }, 2);
    expect(store.getState().sweepRun).toMatchObject({ status: 'running', total: 4 });
    await until(() => store.getState().sweepRun.status !== 'running');
    const run = store.getState().sweepRun;
    expect(run.status).toBe('done');
    expect(run.lines.map((l) => [l.parameters.hba, l.replication])).toEqual([[1, 0], [1, 1], [2, 0], [2, 1]]);
    expect(run.lines[2]!.figures.ioPriceUsd).toBeGreaterThan(run.lines[0]!.figures.ioPriceUsd);
  });

  it('works out the break-even of the classic rack in a worker job', async () => {
    const store = createAppStore(short(example('classic-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().runBreakEven([4, 16]);
    await until(() => store.getState().breakEvenRun.status !== 'running');
    const run = store.getState().breakEvenRun;
    expect(run.status).toBe('done');
    expect(run.result!.breakEven).toEqual({ cost: 11, power: null });
    expect(run.result!.replications).toBe(3);
  });

  it('simulates the doublings from 4 up to the largest count', () => {
    expect(doublingsUpTo(256)).toEqual([4, 8, 16, 32, 64, 128, 256]);
    expect(doublingsUpTo(48)).toEqual([4, 8, 16, 32, 48]);
  });
});
