// A batch job as a plain function of its output (post), so that tests run it without a Worker.
// The job runs from start to end in one go: the page cancels by terminating the worker.
import { breakEven, createSimulation } from '../sim/index.ts';
import type { BatchReport, BatchRequest } from './batchProtocol.ts';
import { checkBatchRequest } from './batchProtocolSchema.ts';
import { sizeJob } from './sizeJob.ts';

export type BatchPost = (report: BatchReport) => void;

/** Progress reports per run: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_STEPS = 50;

/** `data` is whatever the message carried: checked (batchProtocolSchema.ts) before any work. */
export async function runBatch(data: BatchRequest | unknown, post: BatchPost): Promise<void> {
  const checked = checkBatchRequest(data);
  if (!checked.ok) return post({ type: 'error', message: `The simulation ignored ${checked.problem}` });
  const request = checked.message;
  try {
    if (request.type === 'simulate') return runToEnd(request, post);
    if (request.type === 'size') return await sizeJob(request, post);
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

async function growRack(request: Extract<BatchRequest, { type: 'breakEven' }>, post: BatchPost): Promise<void> {
  const { topology, counts, replications, duration } = request;
  const result = await breakEven(topology, {
    counts, replications, ...(duration === undefined ? {} : { duration }),
    onProgress: (done, total) => post({ type: 'progress', fraction: Math.min(0.99, done / total), note: `${counts[done - 1]} servers` }),
  });
  post({ type: 'progress', fraction: 1 });
  post({ type: 'brokeEven', breakEven: result });
}
