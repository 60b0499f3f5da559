import { describe, expect, it, vi } from 'vitest';
import { example, setPoolSize, type Topology } from '../model/index.ts';
import { hashResult, simulate } from '../sim/index.ts';
import { createBatchRunner, KEEP_IDLE_MS, type BatchWorkerLike } from './batchClient.ts';
import { runBatch } from './batchHost.ts';
import { curveSizes } from './sizeJob.ts';
import type { BatchReport, BatchRequest } from './batchProtocol.ts';

const short = (t: Topology): Topology => ({ ...t, settings: { ...t.settings, duration: 2, warmup: 0.2 } });

async function run(request: BatchRequest): Promise<BatchReport[]> {
  const reports: BatchReport[] = [];
  await runBatch(request, (r) => reports.push(r));
  return reports;
}

describe('batch jobs', { timeout: 120_000 }, () => {
  it('runs a design to its end in steps, with the figures of one run in one go', async () => {
    const design = short(example('classic-rack'));
    const reports = await run({ type: 'simulate', topology: design, seed: 7 });
    const progress = reports.filter((r) => r.type === 'progress').map((r) => r.fraction);
    expect(progress.length).toBe(50);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    const last = reports.at(-1);
    expect(last?.type).toBe('simulated');
    if (last?.type === 'simulated') expect(hashResult(last.result)).toBe(hashResult(simulate(design, { seed: 7 })));
  });

  it('sizes a pool and fills in the curve of pool size against p99 for the chart', async () => {
    const reports = await run({ type: 'size', topology: short(example('virtualized-rack')), trafficClass: 'storage', target: { p99Ms: 2.5, maxUtilization: 0.7, nPlusOne: true } });
    const sized = reports.at(-1);
    expect(sized?.type).toBe('sized');
    if (sized?.type !== 'sized') return;
    const [pool] = sized.pools;
    expect(pool!.chosen).toBe(2);
    // N+1: 2 is the least; one past the chosen and the current (2) is 3.
    expect(pool!.curve.map((c) => c.adapters)).toEqual([2, 3]);
    expect(reports.filter((r) => r.type === 'progress' && r.note).map((r) => r.type === 'progress' && r.note)).toContain(`3 HBAs: p99 ${pool!.curve[1]!.p99Ms.toFixed(2)} ms (99 % bound ${pool!.curve[1]!.p99Upper99Ms.toFixed(2)} ms)`);
  });

  it('says why when the design cannot run', async () => {
    const design = example('classic-rack');
    const broken = { ...design, settings: { ...design.settings, warmup: 20 } };
    // The document is checked before any work, as it arrives in the worker.
    expect(await run({ type: 'simulate', topology: broken })).toEqual([{ type: 'error', message: 'The simulation ignored a "simulate" message, topology.settings.warmup: The warm-up (20 s) must be shorter than the duration (10 s).' }]);
    expect(await run({ type: 'size', topology: design, trafficClass: 'disk', target: { maxUtilization: 1, nPlusOne: false } } as never)).toEqual([
      { type: 'error', message: 'The simulation ignored a "size" message, trafficClass: Invalid option: expected one of "storage"|"network".' },
    ]);
  });

  it('draws the curve from the least pool to one past the larger of chosen and current, within the slots', async () => {
    const rack = example('virtualized-rack');
    expect(curveSizes(rack, 'sw1', 'storage', 6, 3, true)).toEqual([2, 3, 4]);
    expect(curveSizes(rack, 'sw1', 'network', 6, 1, false)).toEqual([1, 2, 3]);
    expect(curveSizes(rack, 'sw1', 'storage', 6, null, false)).toEqual([1, 2, 3, 4, 5, 6]);
    const big = setPoolSize(rack, 'sw1', 'storage', 5);
    expect(big.ok && curveSizes(big.topology, 'sw1', 'storage', 6, 2, true)).toEqual([2, 3, 4, 5, 6]);
  });
});

class FakeWorker implements BatchWorkerLike {
  sent: BatchRequest[] = [];
  terminated = false;
  private listeners: { message: ((e: MessageEvent<BatchReport>) => void)[]; error: ((e: ErrorEvent) => void)[] } = { message: [], error: [] };
  postMessage(request: BatchRequest) { this.sent.push(request); }
  terminate() { this.terminated = true; }
  addEventListener(type: 'message' | 'error', listener: (e: never) => void) { (this.listeners[type] as ((e: never) => void)[]).push(listener); }
  say(report: BatchReport) { for (const l of this.listeners.message) l({ data: report } as MessageEvent<BatchReport>); }
  fail(message: string) { for (const l of this.listeners.error) l({ message, preventDefault() {} } as unknown as ErrorEvent); }
}

function setup() {
  const workers: FakeWorker[] = [];
  const runner = createBatchRunner(() => { const w = new FakeWorker(); workers.push(w); return w; });
  return { runner, workers };
}

describe('the batch runner', () => {
  const request: BatchRequest = { type: 'simulate', topology: example('classic-rack') };

  it('passes progress on, answers the result and lets the worker go', async () => {
    const { runner, workers } = setup();
    const progress: number[] = [];
    const job = runner(request, (f) => progress.push(f));
    workers[0]!.say({ type: 'progress', fraction: 0.5 });
    workers[0]!.say({ type: 'sized', pools: [] });
    expect(await job.outcome).toEqual({ type: 'sized', pools: [] });
    expect(progress).toEqual([0.5]);
    expect(workers[0]!.sent).toEqual([request]);
  });

  it('gives the next job to a worker that answered, and lets it go after a moment idle', async () => {
    vi.useFakeTimers();
    try {
      const { runner, workers } = setup();
      const first = runner(request, () => {});
      workers[0]!.say({ type: 'sized', pools: [] });
      await first.outcome;
      expect(workers[0]!.terminated).toBe(false);
      const progress: number[] = [];
      const second = runner(request, (f) => progress.push(f));
      expect(workers).toHaveLength(1);
      workers[0]!.say({ type: 'progress', fraction: 0.25 });
      workers[0]!.say({ type: 'sized', pools: [] });
      expect(await second.outcome).toEqual({ type: 'sized', pools: [] });
      expect(progress).toEqual([0.25]); // the first job hears nothing of the second's
      expect(workers[0]!.sent).toEqual([request, request]);
      vi.advanceTimersByTime(KEEP_IDLE_MS - 1);
      expect(workers[0]!.terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(workers[0]!.terminated).toBe(true);
      runner(request, () => {});
      expect(workers).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never gives a job to a worker that failed or was cancelled', async () => {
    const { runner, workers } = setup();
    const failed = runner(request, () => {});
    workers[0]!.say({ type: 'error', message: 'no' });
    await failed.outcome;
    expect(workers[0]!.terminated).toBe(true);
    runner(request, () => {}).cancel();
    expect(workers[1]!.terminated).toBe(true);
    runner(request, () => {});
    expect(workers).toHaveLength(3);
  });

  it('cancels at once by terminating the worker; a late answer changes nothing', async () => {
    const { runner, workers } = setup();
    const job = runner(request, () => {});
    job.cancel();
    workers[0]!.say({ type: 'sized', pools: [] });
    expect(await job.outcome).toEqual({ type: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('turns a worker that throws into a message', async () => {
    const { runner, workers } = setup();
    const job = runner(request, () => {});
    workers[0]!.fail('out of memory');
    expect(await job.outcome).toEqual({ type: 'error', message: 'The simulation stopped with an error: out of memory.' });
  });
});
