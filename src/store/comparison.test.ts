import { describe, expect, it } from 'vitest';
import { example, NOISY_SERVER_ID, poolAdapters, type Topology } from '../model/index.ts';
import { createInProcessBatchRunner } from '../worker/inProcessBatchRunner.ts';
import type { BatchJob, BatchOutcome, BatchRunner } from '../worker/batchClient.ts';
import { createAppStore } from './createAppStore.ts';

const short = (t: Topology): Topology => ({ ...t, settings: { ...t.settings, duration: 2, warmup: 0.2 } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const noop = () => {};

/** A runner whose jobs the test finishes by hand. */
function manualRunner() {
  const jobs: { request: Parameters<BatchRunner>[0]; progress: (f: number) => void; finish: (o: BatchOutcome) => void; cancelled: boolean }[] = [];
  const runner: BatchRunner = (request, progress) => {
    let finish: (o: BatchOutcome) => void = noop;
    const outcome = new Promise<BatchOutcome>((resolve) => (finish = resolve));
    const entry = { request, progress, finish, cancelled: false };
    jobs.push(entry);
    const job: BatchJob = { outcome, cancel: () => { entry.cancelled = true; finish({ type: 'cancelled' }); } };
    return job;
  };
  return { runner, jobs };
}

describe('the compare view’s run', { timeout: 120_000 }, () => {
  it('simulates the classic rack and its virtualized counterpart with the same seed and duration', async () => {
    const store = createAppStore(short(example('classic-rack')), { batchRunner: createInProcessBatchRunner() });
    store.getState().compareDesigns();
    await settle();
    const run = store.getState().comparison;
    expect(run.status).toBe('done');
    expect(run.sourceSide).toBe('base');
    expect(run.kind).toBe('counterpart');
    expect(run.seed).toBe(1);
    expect(run.duration).toBe(2);
    expect(run.progress).toEqual({ base: 1, variant: 1 });
    expect(run.results.base!.adapters).toHaveLength(16);
    expect(run.results.variant!.adapters).toHaveLength(4);
    // Comparing is no edit.
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('runs both sides at once, shows each one’s progress, and cancels both', () => {
    const { runner, jobs } = manualRunner();
    const store = createAppStore(example('virtualized-rack'), { batchRunner: runner });
    store.getState().compareDesigns();
    expect(jobs.map((j) => j.request.type === 'simulate' && j.request.seed)).toEqual([1, 1]);
    expect(store.getState().comparison.sourceSide).toBe('variant');
    jobs[1]!.progress(0.5);
    expect(store.getState().comparison.progress).toEqual({ base: 0, variant: 0.5 });
    store.getState().cancelComparison();
    expect(jobs.every((j) => j.cancelled)).toBe(true);
    expect(store.getState().comparison.status).toBe('cancelled');
  });

  it('says why when there is no counterpart', () => {
    const store = createAppStore(example('classic-rack'), { batchRunner: manualRunner().runner });
    store.getState().applyOperation((t) => ({ ok: true, topology: { ...t, nodes: t.nodes.filter((n) => n.kind === 'server' || n.kind === 'san' || n.kind === 'lan'), links: [] } }));
    store.getState().compareDesigns();
    expect(store.getState().comparison).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The design has no adapters, dedicated or pooled/) });
  });

  it('a failed side fails the comparison with the engine’s words and stops the other', async () => {
    const { runner, jobs } = manualRunner();
    const store = createAppStore(example('classic-rack'), { batchRunner: runner });
    store.getState().compareDesigns();
    jobs[0]!.finish({ type: 'error', message: 'This run needs about 3 billion events' });
    await settle();
    expect(store.getState().comparison).toMatchObject({ status: 'failed', error: 'This run needs about 3 billion events' });
    expect(jobs[1]!.cancelled).toBe(true);
  });

  it('opens the counterpart as the design in one undoable step', () => {
    const store = createAppStore(example('classic-rack'), { batchRunner: manualRunner().runner });
    store.getState().openDialog({ type: 'compare' });
    expect(store.getState().openCounterpart()).toEqual({ ok: true, id: undefined });
    expect(poolAdapters(store.getState().document, 'sw1', 'storage')).toHaveLength(2);
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().notice?.text).toMatch(/virtualized counterpart is now the design/);
    store.getState().undo();
    expect(store.getState().document.nodes.filter((n) => n.kind === 'fc-hba')).toHaveLength(8);
  });

  it('compares a design with QoS beside itself without, and runs the other kind with one call', () => {
    const { runner, jobs } = manualRunner();
    const store = createAppStore(example('noisy-neighbour'), { batchRunner: runner });
    store.getState().compareDesigns('qos');
    const run = store.getState().comparison;
    expect(run).toMatchObject({ kind: 'qos', status: 'running', sourceSide: 'variant' });
    expect(run.topologies!.variant).toBe(store.getState().document);
    expect(run.topologies!.base.nodes.find((n) => n.id === NOISY_SERVER_ID)).not.toHaveProperty('qos');
    expect(jobs.map((j) => j.request.type === 'simulate' && j.request.topology)).toEqual([run.topologies!.base, run.topologies!.variant]);
    // The counterpart of the same design supersedes it: the QoS runs are stopped.
    store.getState().compareDesigns('counterpart');
    expect(jobs.slice(0, 2).every((j) => j.cancelled)).toBe(true);
    expect(store.getState().comparison).toMatchObject({ kind: 'counterpart', sourceSide: 'variant' });
  });

  it('says why a design without QoS has nothing to compare with and without', () => {
    const store = createAppStore(example('virtualized-rack'), { batchRunner: manualRunner().runner });
    store.getState().compareDesigns('qos');
    expect(store.getState().comparison).toMatchObject({ kind: 'qos', status: 'failed', error: expect.stringMatching(/^No server of the design has QoS/) });
  });
});
