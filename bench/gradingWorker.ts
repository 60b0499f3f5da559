// A batch worker for Node (worker_threads), as src/worker/batch.worker.ts is for the browser: one job per message.
import { parentPort } from 'node:worker_threads';
import { runBatch } from '../src/worker/batchHost.ts';

parentPort!.on('message', (request: unknown) => runBatch(request, (report) => parentPort!.postMessage(report)));
