// The page's side of the batch workers: one Worker per job, terminated when the job ends or is
// cancelled, so a cancel is instant and a stuck job never holds the page.
import type { BatchReport, BatchRequest } from './batchProtocol.ts';
import { checkBatchReport } from './batchProtocolSchema.ts';

/** The part of a Worker a batch job uses; tests pass a fake. */
export type BatchWorkerLike = {
  postMessage(request: BatchRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BatchReport>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
};

/** The job's answer: its result, or why there is none (`cancelled` when the page stopped it). */
export type BatchOutcome =
  | Extract<BatchReport, { type: 'simulated' | 'sized' | 'brokeEven' }>
  | { type: 'error'; message: string }
  | { type: 'cancelled' };

export type BatchJob = { outcome: Promise<BatchOutcome>; cancel(): void };

export type BatchRunner = (request: BatchRequest, onProgress: (fraction: number, note?: string) => void) => BatchJob;

/** The real worker; Vite bundles it from this exact `new Worker(new URL(...))` form. */
export function createBatchWorker(): BatchWorkerLike {
  return new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module' });
}

const noop = () => {};

export function createBatchRunner(createWorker: () => BatchWorkerLike = createBatchWorker): BatchRunner {
  return (request, onProgress) => {
    let settle: (outcome: BatchOutcome) => void = noop;
    let worker: BatchWorkerLike | null = null;
    const outcome = new Promise<BatchOutcome>((resolve) => {
      settle = (answer) => {
        worker?.terminate();
        worker = null;
        settle = noop;
        resolve(answer);
      };
    });
    try {
      worker = createWorker();
    } catch (error) {
      settle({ type: 'error', message: `The simulation could not start: ${error instanceof Error ? error.message : String(error)}` });
      return { outcome, cancel: noop };
    }
    worker.addEventListener('message', ({ data }) => {
      // A malformed report ends the job with a message: a job has no later report to wait for.
      const checked = checkBatchReport(data);
      if (!checked.ok) return settle({ type: 'error', message: `The page ignored ${checked.problem.replace(/^a /, 'a malformed ')}` });
      if (checked.message.type === 'progress') onProgress(checked.message.fraction, checked.message.note);
      else settle(checked.message);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle({ type: 'error', message: `The simulation stopped with an error${event.message ? `: ${event.message}` : ''}.` });
    });
    // A Worker's postMessage has no target origin (the rule has a window's in mind).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage(request);
    return { outcome, cancel: () => settle({ type: 'cancelled' }) };
  };
}
