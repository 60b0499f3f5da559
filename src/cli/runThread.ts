// A worker thread of `iov` (threadPool.ts): runs whole simulations asked of it, one at a time,
// and sends each result back under the number it was asked with.
import { parentPort } from 'node:worker_threads';
import { RunLimitError, runOne, type RunRequest } from '../sim/index.ts';

// A worker thread's postMessage has no target origin (the rule has a window's in mind).
/* oxlint-disable unicorn/require-post-message-target-origin */
parentPort?.on('message', ({ id, request }: { id: number; request: RunRequest }) => {
  try {
    parentPort?.postMessage({ id, result: runOne(request) });
  } catch (error) {
    // The pool rethrows it on the main thread as the same kind, so a run past a limit is reported as such.
    // Subclasses keep Error's name, so the kind is sent: a run past a limit is the design's answer, not a bug.
    const kind = error instanceof RunLimitError ? 'limit' : error instanceof RangeError ? 'range' : 'other';
    parentPort?.postMessage({ id, error: { kind, message: error instanceof Error ? error.message : String(error) } });
  }
});
