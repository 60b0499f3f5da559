import { Worker } from 'node:worker_threads';
import { example, moveNodes, type Challenge, type Topology } from '../src/model/index.ts';
import { buildLink, encodeChallenge } from '../src/share/index.ts';
import { simulate } from '../src/sim/index.ts';
import { loadavg } from 'node:os';
import { gradeWithRunner } from '../src/store/gradeRunner.ts';
import { readHandIns } from '../src/store/handInLinks.ts';
import type { BatchOutcome, BatchRunner } from '../src/worker/batchClient.ts';
import type { BatchReport } from '../src/worker/batchProtocol.ts';
import { formatMs } from './measure.ts';

const CLASS_SIZE = 30;
/** Issue 20's goal: a class's hand-ins graded in ten seconds on two cores. */
const GOAL_MS = 10_000;

const CHALLENGES: [string, Challenge][] = [
  ['paths, findings and a p99 target (one run each)', { version: 1, title: 'p99', goals: [{ kind: 'every-server-reaches-fabrics' }, { kind: 'no-error-finding' }, { kind: 'p99-under', trafficClass: 'storage', ms: 3 }] }],
  ['the same and surviving an HBA failure (two runs each)', { version: 1, title: 'p99 and failure', goals: [{ kind: 'p99-under', trafficClass: 'storage', ms: 3 }, { kind: 'survives-failure-of', target: 'hba1' }] }],
];

/** Thirty students' designs: the virtualized rack, each moved a little, so no two share a run. */
function classOfLinks(challenge: Challenge): string {
  return Array.from({ length: CLASS_SIZE }, (_, i) => {
    const moved = moveNodes(example('virtualized-rack'), { s1: { x: i * 10, y: 0 } });
    const design: Topology = moved.ok ? moved.topology : example('virtualized-rack');
    return buildLink(design, 'http://bench/', { challenge: encodeChallenge(challenge), viewOnly: true, name: `Student ${i + 1}`, handedIn: 1_796_000_000 + i });
  }).join('\n');
}

/**
 * The grade sheet's runner on Node's worker threads: `lanes` workers kept for the whole sheet (the
 * browser starts a bundled Worker per job instead, tens of milliseconds each, not counted here).
 */
function workerPool(lanes: number) {
  const idle = Array.from({ length: lanes }, () => new Worker(new URL('./gradingWorker.mjs', import.meta.url)));
  const all = [...idle];
  const runner: BatchRunner = (request) => {
    const worker = idle.pop();
    if (!worker) throw new Error('more jobs at once than workers');
    const outcome = new Promise<BatchOutcome>((resolve) => {
      const listen = (report: BatchReport) => {
        if (report.type === 'progress') return;
        worker.off('message', listen);
        idle.push(worker);
        resolve(report.type === 'simulated' ? report : { type: 'error', message: report.type === 'error' ? report.message : 'unexpected report' });
      };
      worker.on('message', listen);
    });
    worker.postMessage(request);
    return { outcome, cancel: () => {} };
  };
  return { runner, close: () => Promise.all(all.map((w) => w.terminate())) };
}

export async function gradingBenchmark() {
  // The floor: one run on this thread, so that a busy machine's figure can be read against it.
  simulate(example('virtualized-rack'));
  const oneRun = performance.now();
  simulate(example('virtualized-rack'));
  const runMs = performance.now() - oneRun;
  const rows = [{
    name: 'one run of the virtualized rack', detail: `10 s simulated, on the main thread; load average ${loadavg()[0]!.toFixed(1)} on this machine`,
    figure: `${formatMs(runMs)} ms: ${CLASS_SIZE} runs on two idle cores would take about ${formatMs((CLASS_SIZE * runMs) / 2)} ms`,
  }];
  for (const [what, challenge] of CHALLENGES) {
    const text = classOfLinks(challenge);
    const pool = workerPool(2);
    // One warm-up sheet: the workers' first run compiles the engine.
    await gradeWithRunner(readHandIns(text).handIns.slice(0, 2), pool.runner, 2, () => {}).rows;
    const start = performance.now();
    const { handIns } = readHandIns(text);
    const graded = await gradeWithRunner(handIns, pool.runner, 2, () => {}).rows;
    const ms = performance.now() - start;
    await pool.close();
    const count = graded?.filter((r) => r.kind === 'graded').length ?? 0;
    rows.push({
      name: `grading ${CLASS_SIZE} hand-in links`,
      detail: `${what}; 2 worker threads, 10 s runs of the virtualized rack`,
      figure: `${formatMs(ms)} ms for ${count} rows (goal ≤ ${GOAL_MS.toLocaleString('en-US')} ms: ${ms <= GOAL_MS ? 'met' : 'NOT met'})`,
    });
  }
  return rows;
}
