// A 'size' job, wherever its runs go: in a batch worker (batchHost.ts), one after another; on the
// page (store/sizingSlice.ts), spread over its pool of workers.
import { poolAdapters, type Topology, type TrafficClass } from '../model/index.ts';
import { runInProcess, simulatePoolSize, sizePools, type RunMany, type SizingCandidate } from '../sim/index.ts';
import type { BatchReport, BatchRequest, SizedPool } from './batchProtocol.ts';

/** A chart of more sizes than this says nothing more, and costs a simulation each. */
const MAX_CURVE_POINTS = 8;

/** The pools of one class sized, then the chart's remaining sizes simulated; each size's replications go to `runMany`. */
export async function sizeJob(request: Extract<BatchRequest, { type: 'size' }>, post: (report: BatchReport) => void, runMany: RunMany = runInProcess): Promise<void> {
  try {
    await search(request, post, runMany);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

async function search(request: Extract<BatchRequest, { type: 'size' }>, post: (report: BatchReport) => void, runMany: RunMany): Promise<void> {
  const { topology, trafficClass, target } = request;
  const options = { trafficClass, ...target, seed: request.seed, duration: request.duration, runMany };
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
