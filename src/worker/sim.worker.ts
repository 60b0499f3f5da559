// The simulation worker's entry: the host (workerHost.ts) wired to this worker's messages and clock.
import type { WorkerRequest } from './protocol.ts';
import { createWorkerHost } from './workerHost.ts';

const host = createWorkerHost(
  (report, transfer = []) => self.postMessage(report, { transfer }),
  () => performance.now(),
);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => host.receive(event.data));
