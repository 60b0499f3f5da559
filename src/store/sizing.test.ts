import { describe, expect, it } from 'vitest';
import { example, poolAdapters, type Topology } from '../model/index.ts';
import { createInProcessBatchRunner } from '../worker/inProcessBatchRunner.ts';
import { createAppStore } from './createAppStore.ts';
import { DEFAULT_SIZING_GOAL, withSizingGoal } from './sizingSlice.ts';

const short = (t: Topology): Topology => ({ ...t, settings: { ...t.settings, duration: 4, warmup: 0.4 } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the right-size panel’s run', { timeout: 120_000 }, () => {
  it('sizes both pools of the virtualized rack and applies the sizes as one undoable edit', async () => {
    const store = createAppStore(short(example('virtualized-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().setSizingGoal({ p99Ms: { storage: 2.2 } });
    store.getState().sizeDesignPools();
    await settle();
    const { sizing } = store.getState();
    expect(sizing.status).toBe('done');
    // Two HBAs, one failed: p99 2.07 ms, its upper 99 % bound 2.42 ms over 5 replications of 4 s; three reach a bound of 2.10 ms.
    expect(sizing.pools.storage![0]!.chosen).toBe(3);
    expect(sizing.pools.network![0]!.chosen).toBe(2);
    expect(sizing.pools.storage![0]!.curve.map((c) => c.adapters)).toEqual([2, 3, 4]);
    expect(store.getState().applyPoolSizes().ok).toBe(true);
    expect(poolAdapters(store.getState().document, 'sw1', 'storage')).toHaveLength(3);
    expect(store.getState().sizing.applied).toBe(store.getState().document);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(poolAdapters(store.getState().document, 'sw1', 'storage')).toHaveLength(2);
  });

  it('refuses to apply a sizing of a design edited since', async () => {
    const store = createAppStore(short(example('virtualized-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().sizeDesignPools();
    await settle();
    store.getState().renameDesign('Edited');
    expect(store.getState().applyPoolSizes()).toEqual({ ok: false, reason: 'The design changed since this sizing: size the pools again first.' });
  });

  it('checks the goal', () => {
    expect(withSizingGoal(DEFAULT_SIZING_GOAL, { p99Ms: { network: 0 } })).toEqual({ ok: false, reason: 'The network p99 target must be more than 0 ms and at most 10,000 ms.' });
    expect(withSizingGoal(DEFAULT_SIZING_GOAL, { maxUtilization: 1.2 })).toEqual({ ok: false, reason: 'The utilization ceiling must be more than 0 % and at most 100 %.' });
    expect(withSizingGoal(DEFAULT_SIZING_GOAL, { maxUtilization: 0.8, nPlusOne: false })).toEqual({ ok: true, goal: { p99Ms: { storage: 2, network: 0.5 }, maxUtilization: 0.8, nPlusOne: false } });
  });
});
