import { afterEach, describe, expect, it, vi } from 'vitest';
import { example, poolAdapters, type Topology } from '../model/index.ts';
import type { BatchRunner } from '../worker/batchClient.ts';
import type { BatchRequest } from '../worker/batchProtocol.ts';
import { createInProcessBatchRunner } from '../worker/inProcessBatchRunner.ts';
import { createAppStore } from './createAppStore.ts';
import { DEFAULT_SIZING_GOAL, withSizingGoal } from './sizingSlice.ts';

const short = (t: Topology): Topology => ({ ...t, settings: { ...t.settings, duration: 4, warmup: 0.4 } });
/** Until the sizing has ended (its code is fetched when it first runs, then its runs resolve). */
const settle = (store: ReturnType<typeof createAppStore>) => vi.waitFor(() => expect(store.getState().sizing.status).not.toBe('running'), { timeout: 60_000, interval: 5 });

afterEach(() => vi.unstubAllGlobals());

describe('the right-size panel’s run', { timeout: 120_000 }, () => {
  it('sizes both pools of the virtualized rack and applies the sizes as one undoable edit', async () => {
    const store = createAppStore(short(example('virtualized-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().setSizingGoal({ p99Ms: { storage: 2.2 } });
    store.getState().sizeDesignPools();
    await settle(store);
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
    // Any finished sizing will do: runs of 1 s.
    const rack = example('virtualized-rack');
    const store = createAppStore({ ...rack, settings: { ...rack.settings, duration: 1, warmup: 0.1 } }, { batchRunner: createInProcessBatchRunner() });
    store.getState().sizeDesignPools();
    await settle(store);
    expect(store.getState().sizing.status).toBe('done');
    store.getState().renameDesign('Edited');
    expect(store.getState().applyPoolSizes()).toEqual({ ok: false, reason: 'The design changed since this sizing: size the pools again first.' });
  });

  it('runs every replication as a run of its own, both classes sharing one pool of as many workers as the browser has cores', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 3 });
    const inProcess = createInProcessBatchRunner();
    const asked: BatchRequest['type'][] = [];
    let running = 0;
    let most = 0;
    // Each run answers a moment later, as a worker would: meanwhile the pool may start others.
    const runner: BatchRunner = (request, onProgress) => {
      asked.push(request.type);
      most = Math.max(most, ++running);
      const job = inProcess(request, onProgress);
      return { outcome: job.outcome.then((outcome) => new Promise((resolve) => setTimeout(() => { running--; resolve(outcome); }, 2))), cancel: job.cancel };
    };
    const store = createAppStore(short(example('virtualized-rack')), { batchRunner: runner });
    store.getState().setSizingGoal({ p99Ms: { storage: 2.2 } });
    store.getState().sizeDesignPools();
    await settle(store);
    expect(store.getState().sizing.status).toBe('done');
    expect(store.getState().sizing.pools.storage![0]!.chosen).toBe(3); // the same figures as one run after another
    expect(new Set(asked)).toEqual(new Set(['simulate']));
    // 5 replications per pool size: storage tried 2, 3 and 4 HBAs, network at least 2 sizes.
    expect(asked.length).toBeGreaterThanOrEqual(25);
    expect(most).toBe(3);
  });

  it('cancels: the runs under way stop and the panel says so', async () => {
    const store = createAppStore(short(example('virtualized-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().sizeDesignPools();
    store.getState().cancelSizing();
    expect(store.getState().sizing.status).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getState().sizing.status).toBe('cancelled');
    expect(store.getState().sizing.pools).toEqual({});
  });

  it('checks the goal', () => {
    expect(withSizingGoal(DEFAULT_SIZING_GOAL, { p99Ms: { network: 0 } })).toEqual({ ok: false, reason: 'The network p99 target must be more than 0 ms and at most 10,000 ms.' });
    expect(withSizingGoal(DEFAULT_SIZING_GOAL, { maxUtilization: 1.2 })).toEqual({ ok: false, reason: 'The utilization ceiling must be more than 0 % and at most 100 %.' });
    expect(withSizingGoal(DEFAULT_SIZING_GOAL, { maxUtilization: 0.8, nPlusOne: false })).toEqual({ ok: true, goal: { p99Ms: { storage: 2, network: 0.5 }, maxUtilization: 0.8, nPlusOne: false } });
  });
});
