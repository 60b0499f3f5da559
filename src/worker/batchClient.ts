// The page's side of the batch workers: each job in a Worker of its own, terminated when the job is
// cancelled or fails, so a cancel is instant and a stuck job never holds the page. A worker whose job
// answered waits a moment for the next job (a sizing or a sweep asks for dozens of runs in a row,
// and starting a worker costs more than a short run), then is terminated.
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

/** How long a worker that answered waits for another job before it is terminated, ms. */
export const KEEP_IDLE_MS = 2000;

/** A worker and where its reports go now: the job it runs, or nowhere while it waits. */
type Slot = {
  worker: BatchWorkerLike;
  onMessage: (data: unknown) => void;
  onError: (event: ErrorEvent) => void;
  idleTimer?: ReturnType<typeof setTimeout>;
};

export function createBatchRunner(createWorker: () => BatchWorkerLike = createBatchWorker, keepIdleMs = KEEP_IDLE_MS): BatchRunner {
  const idle: Slot[] = [];
  const open = (): Slot => {
    const reused = idle.pop();
    if (reused) {
      clearTimeout(reused.idleTimer);
      return reused;
    }
    const slot: Slot = { worker: createWorker(), onMessage: noop, onError: noop };
    slot.worker.addEventListener('message', ({ data }) => slot.onMessage(data));
    slot.worker.addEventListener('error', (event) => {
      event.preventDefault();
      slot.onError(event);
    });
    return slot;
  };
  /** After an answer the worker may wait for another job; after a cancel or a failure it ends. */
  const close = (slot: Slot, reusable: boolean) => {
    slot.onMessage = noop;
    slot.onError = noop;
    if (!reusable || keepIdleMs <= 0) return slot.worker.terminate();
    idle.push(slot);
    slot.idleTimer = setTimeout(() => {
      idle.splice(idle.indexOf(slot), 1);
      slot.worker.terminate();
    }, keepIdleMs);
  };

  return (request, onProgress) => {
    let settle: (outcome: BatchOutcome) => void = noop;
    let slot: Slot | null = null;
    const outcome = new Promise<BatchOutcome>((resolve) => {
      settle = (answer) => {
        if (slot) close(slot, answer.type === 'simulated' || answer.type === 'sized' || answer.type === 'brokeEven');
        slot = null;
        settle = noop;
        resolve(answer);
      };
    });
    try {
      slot = open();
    } catch (error) {
      settle({ type: 'error', message: `The simulation could not start: ${error instanceof Error ? error.message : String(error)}` });
      return { outcome, cancel: noop };
    }
    slot.onMessage = (data) => {
      // A malformed report ends the job with a message: a job has no later report to wait for.
      const checked = checkBatchReport(data);
      if (!checked.ok) return settle({ type: 'error', message: `The page ignored ${checked.problem.replace(/^a /, 'a malformed ')}` });
      if (checked.message.type === 'progress') onProgress(checked.message.fraction, checked.message.note);
      else settle(checked.message);
    };
    slot.onError = (event) => settle({ type: 'error', message: `The simulation stopped with an error${event.message ? `: ${event.message}` : ''}.` });
    // A Worker's postMessage has no target origin (the rule has a window's in mind).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    slot.worker.postMessage(request);
    return { outcome, cancel: () => settle({ type: 'cancelled' }) };
  };
}
