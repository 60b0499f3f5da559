import { runBatch } from './batchHost.ts';
import type { BatchOutcome, BatchRunner } from './batchClient.ts';

/** The jobs run on this thread, at once: for tests of the store and for Node (no Worker there). */
export function createInProcessBatchRunner(): BatchRunner {
  return (request, onProgress) => {
    let answer: BatchOutcome = { type: 'error', message: 'The job gave no answer.' };
    const done = runBatch(request, (report) => {
      if (report.type === 'progress') onProgress(report.fraction, report.note);
      else answer = report;
    });
    return { outcome: done.then(() => answer), cancel: () => {} };
  };
}
