// A batch worker's entry: one job (batchHost.ts) per worker, its reports posted back.
import type { BatchRequest } from './batchProtocol.ts';
import { runBatch } from './batchHost.ts';

// A Worker's postMessage has no target origin (the rule has a window's in mind).
// oxlint-disable-next-line unicorn/require-post-message-target-origin
self.addEventListener('message', (event: MessageEvent<BatchRequest>) => runBatch(event.data, (report) => self.postMessage(report)));
