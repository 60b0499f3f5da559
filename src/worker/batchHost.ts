// A batch job as a plain function of its output (post), so that tests run it without a Worker.
// The job runs from start to end in one go: the page cancels by terminating the worker.
import { poolAdapters, type Topology, type TrafficClass } from '../model/index.ts';
import { breakEven, createSimulation, simulatePoolSize, sizePools, type SizingCandidate } from '../sim/index.ts';
import type { BatchReport, BatchRequest, SizedPool } from './batchProtocol.ts';
import { checkBatchRequest } from './batchProtocolSchema.ts';

export type BatchPost = (report: BatchReport) => void;

/** Progress reports per run: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_STEPS = 50;
/** A chart of more sizes than this says nothing more, and costs a simulation each. */
const MAX_CURVE_POINTS = 8;

/** `data` is whatever the message carried: checked (batchProtocolSchema.ts) before any work. */
export async function runBatch(data: BatchRequest | unknown, post: BatchPost): Promise<void> {
  const checked = checkBatchRequest(data);
  if (!checked.ok) return post({ type: 'error', message: `The simulation ignored ${checked.problem}` });
  const request = checked.message;
  try {
    if (request.type === 'simulate') return runToEnd(request, post);
    if (request.type === 'size') return await size(request, post);
    if (request.type === 'breakEven') return await growRack(request, post);
    post({ type: 'error', message: `Unknown job ${JSON.stringify((request as { type?: unknown }).type)}.` });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

function runToEnd(request: Extract<BatchRequest, { type: 'simulate' }>, post: BatchPost): void {
  const simulation = createSimulation(request.topology, { seed: request.seed, duration: request.duration });
  const duration = request.duration ?? request.topology.settings.duration;
  for (let i = 1; i <= PROGRESS_STEPS && !simulation.done; i++) {
    simulation.advanceTo(i === PROGRESS_STEPS ? Infinity : (duration * i) / PROGRESS_STEPS);
    post({ type: 'progress', fraction: Math.min(1, simulation.time / duration) });
  }
  post({ type: 'simulated', result: simulation.result() });
}

async function size(request: Extract<BatchRequest, { type: 'size' }>, post: BatchPost): Promise<void> {
  const { topology, trafficClass, target } = request;
  const options = { trafficClass, ...target, seed: request.seed, duration: request.duration };
  // Sizes to try are not known in advance: the bar fills towards the slots a pool could take.
  const budget = Math.max(1, topology.nodes.filter((n) => n.kind === 'iov-switch').length * 4);
  let done = 0;
  const report = (candidate: SizingCandidate) => {
    done += 1;
    post({ type: 'progress', fraction: Math.min(0.95, done / (budget + done)), note: describeCandidate(trafficClass, candidate) });
  };
  const sizings = await sizePools(topology, { ...options, onCandidate: report });
  const pools: SizedPool[] = [];
  for (const sizing of sizings) {
    const tried = new Map(sizing.candidates.map((c) => [c.adapters, c]));
    for (const adapters of curveSizes(topology, sizing.switchId, trafficClass, sizing.maxAdapters, sizing.chosen, target.nPlusOne)) {
      if (tried.has(adapters)) continue;
      const candidate = await simulatePoolSize(topology, sizing.switchId, adapters, options);
      tried.set(adapters, candidate);
      report(candidate);
    }
    pools.push({ ...sizing, curve: [...tried.values()].toSorted((a, b) => a.adapters - b.adapters) });
  }
  post({ type: 'progress', fraction: 1 });
  post({ type: 'sized', pools });
}

async function growRack(request: Extract<BatchRequest, { type: 'breakEven' }>, post: BatchPost): Promise<void> {
  const { topology, counts, replications, duration } = request;
  const result = await breakEven(topology, {
    counts, replications, ...(duration === undefined ? {} : { duration }),
    onProgress: (done, total) => post({ type: 'progress', fraction: Math.min(0.99, done / total), note: `${counts[done - 1]} servers` }),
  });
  post({ type: 'progress', fraction: 1 });
  post({ type: 'brokeEven', breakEven: result });
}

/**
 * The pool sizes a chart shows: from the smallest that could serve up to one past the larger of the
 * chosen size and the current one, within the switch's slots.
 */
export function curveSizes(topology: Topology, switchId: string, trafficClass: TrafficClass, maxAdapters: number, chosen: number | null, nPlusOne: boolean): number[] {
  const minimum = nPlusOne ? 2 : 1;
  const current = poolAdapters(topology, switchId, trafficClass).length;
  const top = Math.min(maxAdapters, Math.max(chosen ?? maxAdapters, current) + 1, minimum + MAX_CURVE_POINTS - 1);
  return Array.from({ length: Math.max(0, top - minimum + 1) }, (_, i) => minimum + i);
}

function describeCandidate(trafficClass: TrafficClass, c: SizingCandidate): string {
  const noun = trafficClass === 'storage' ? 'HBA' : 'NIC';
  const p99 = Number.isFinite(c.p99Ms) ? `${c.p99Ms.toFixed(2)} ms (99 % bound ${c.p99Upper99Ms.toFixed(2)} ms)` : 'no figure';
  return `${c.adapters} ${noun}${c.adapters === 1 ? '' : 's'}: p99 ${p99}`;
}
