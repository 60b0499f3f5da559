import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

/**
 * ELK's own worker script, served from the app's origin (worker-src 'self'): the tidy-up's layout
 * runs there, so a 200-server rack does not freeze the page while it is computed.
 */
export function elkWorker(): Worker {
  return new Worker(elkWorkerUrl);
}
