import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 11;

/** The median wall time of `node ...args`, in ms, over RUNS runs after one to warm the file cache. */
function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}`);
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Issue 16, item 7: `iov --help` ≤0.3 s and ≤3× `node -e 0` (Node's own start-up, the baseline in the
 * same run). The prebuilt bundle is what bin/iov.mjs runs; tsx on the sources is shown beside it.
 */
export function cliBenchmark() {
  // Built now, so bin/iov.mjs finds it newer than every source (a stale bundle would be skipped for tsx).
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const node = medianMs(['-e', '0']);
  const bin = medianMs(['bin/iov.mjs', '--help']);
  const bundle = medianMs(['dist-cli/iov.mjs', '--help']);
  const tsx = medianMs(['--import', 'tsx', 'src/cli/main.ts', '--help']);
  const ratio = (ms: number) => `${(ms / node).toFixed(2)}×`;
  return [
    {
      name: 'iov --help',
      detail: `median of ${RUNS} runs; goal ≤300 ms and ≤3× node -e 0`,
      figure: `${bin.toFixed(0)} ms through bin/iov.mjs (${ratio(bin)} node -e 0 at ${node.toFixed(0)} ms); the bundle alone ${bundle.toFixed(0)} ms (${ratio(bundle)}); tsx on the sources ${tsx.toFixed(0)} ms (${ratio(tsx)})`,
    },
  ];
}
