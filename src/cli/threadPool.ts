// Runs of a sizing or a sweep spread over worker threads: Node's side of RunMany (sim/runMany.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RunLimitError, runInProcess, type RunMany, type RunRequest, type SimulationResult } from '../sim/index.ts';

type Answer = { id: number; result?: SimulationResult; error?: { kind: 'limit' | 'range' | 'other'; message: string } };
export type ThreadPool = { runMany: RunMany; threads: number; close(): Promise<void> };

/**
 * The thread's entry beside this file: the TypeScript source under tsx (bin/iov.mjs), or the bundle's
 * own `runThread.mjs` when the CLI runs prebuilt (dist-cli/, npm run build:cli).
 */
function threadEntry(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './runThreadSource.mjs' : './runThread.mjs', import.meta.url);
}

/** The threads to use by default: the machine's cores, at most 8 (more buys nothing on one design). */
export const defaultThreads = () => Math.max(1, Math.min(8, availableParallelism()));

type Pending = { resolve(result: SimulationResult): void; reject(error: Error): void };

/** One thread, asked one run at a time; its answers matched to their requests by number. */
function createThread(url: URL) {
  const worker = new Worker(url);
  const pending = new Map<number, Pending>();
  let nextId = 0;
  worker.on('message', (answer: Answer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (!waiting) return;
    if (answer.result) return waiting.resolve(answer.result);
    const { kind = 'other', message = 'The run gave no answer.' } = answer.error ?? {};
    waiting.reject(kind === 'limit' ? new RunLimitError(message) : kind === 'range' ? new RangeError(message) : new Error(message));
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  const run = (request: RunRequest) => new Promise<SimulationResult>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    // A worker thread's postMessage has no target origin (the rule has a window's in mind).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage({ id, request });
  });
  return { run, terminate: () => worker.terminate() };
}

/** `threads` worker threads, or this thread alone for 1: the figures are the same either way. */
export function createThreadPool(threads: number): ThreadPool {
  if (threads <= 1) return { runMany: runInProcess, threads: 1, close: () => Promise.resolve() };
  const url = threadEntry();
  const pool = Array.from({ length: threads }, () => createThread(url));
  const runMany: RunMany = async (requests) => {
    const results: SimulationResult[] = [];
    let next = 0;
    // Each thread takes the next run as it finishes one: results land at their request's index.
    await Promise.all(pool.map(async (thread) => {
      while (next < requests.length) {
        const index = next++;
        results[index] = await thread.run(requests[index]!);
      }
    }));
    return results;
  };
  return { runMany, threads, close: async () => { await Promise.all(pool.map((t) => t.terminate())); } };
}
