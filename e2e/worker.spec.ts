import { expect, test, type Page } from '@playwright/test';
import { example, type Fault } from '../src/model/index.ts';
import { hashResult, simulate } from '../src/sim/index.ts';

// The simulation worker of the production build, driven through the app's client by the worker
// check page (workercheck.html): frames stream with transferred arrays, pause holds time, a live
// fault lands at the time reached, and the run then equals Node's run of a document holding that
// fault from the start (so a link replays it).

/** The check page, with every console error and uncaught error it and its worker produce. */
async function openCheck(page: Page, query: string) {
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`/workercheck.html?${query}`);
  const field = (term: string) => page.getByLabel(new RegExp(`^${term}: `));
  const read = async (term: string) => (await field(term).textContent()) ?? '';
  const click = (name: string) => page.getByRole('button', { name }).click();
  await expect(field('Status')).toHaveText('paused');
  return { errors, workers, field, read, click };
}

const rack = (faults: Fault[]) => {
  const topology = example('virtualized-rack');
  return { ...topology, settings: { ...topology.settings, faults } };
};
/** Long enough to pause well before the end at 100x, short enough to run three times in a test. */
const DURATION = 60;
const hba2 = (result: ReturnType<typeof simulate>) => result.adapters.find((a) => a.id === 'hba2')!.utilization;

test('play, pause, fail hba1 live, run to the end: the worker of the build streams frames and replays the fault exactly', async ({ page }) => {
  // Three runs of 60 simulated seconds (the browser's, and Node's with and without the fault): slow on a busy machine.
  test.setTimeout(90_000);
  const check = await openCheck(page, `seed=1&duration=${DURATION}`);
  const { field, read, click } = check;

  await click('Play at 100×');
  await expect.poll(async () => Number(await read('Frames received'))).toBeGreaterThan(5);
  await click('Pause');
  await expect(field('Status')).toHaveText('paused');
  await expect(field('Arrays arrived')).toHaveText('yes');
  expect(Number(await read('Highest utilization in a frame'))).toBeGreaterThan(0);
  expect(Number(await read('Achieved speed'))).toBeGreaterThan(0);

  // Paused: the simulated time holds.
  const reached = Number(await read('Simulated time'));
  await page.waitForTimeout(500);
  expect(Number(await read('Simulated time'))).toBe(reached);
  expect(reached).toBeGreaterThan(0);
  expect(reached).toBeLessThan(DURATION);

  await click('Fail hba1');
  await expect(field('Fault time')).not.toHaveText('none');
  expect(Number(await read('Fault time'))).toBe(reached);

  await click('Run to end');
  await expect(field('Status')).toHaveText('done', { timeout: 60_000 });
  await expect(field('Failed I/O')).toHaveText('0');
  const withFault = simulate(rack([{ at: reached, target: 'hba1' }]), { seed: 1, duration: DURATION });
  const withoutFault = simulate(rack([]), { seed: 1, duration: DURATION });
  expect(Number(await read('hba2 utilization'))).toBe(hba2(withFault));
  expect(hba2(withFault)).toBeGreaterThan(hba2(withoutFault));
  await expect(field('Fingerprint')).toHaveText(hashResult(withFault));
  await expect(field('Error')).toHaveText('none');

  // The worker module of the build ran (not a dev server's source), and nothing complained.
  expect(check.workers).toEqual([expect.stringMatching(/\/assets\/sim\.worker-[\w-]+\.js$/)]);
  expect(check.errors).toEqual([]);
});

test('the same seed twice gives the same numbers, and Node\'s', async ({ page }) => {
  const runs: string[][] = [];
  for (let i = 0; i < 2; i++) {
    const { field, read, click, errors } = await openCheck(page, 'seed=5&duration=20');
    await click('Step 1 s');
    await expect(field('Simulated time')).toHaveText('1');
    await expect(field('Status')).toHaveText('paused');
    await click('Fail hba1');
    await expect(field('Fault time')).toHaveText('1');
    await click('Run to end');
    await expect(field('Status')).toHaveText('done', { timeout: 60_000 });
    runs.push(await Promise.all(['Fingerprint', 'Failed I/O', 'hba2 utilization'].map(read)));
    expect(errors).toEqual([]);
  }
  const node = simulate(rack([{ at: 1, target: 'hba1' }]), { seed: 5, duration: 20 });
  expect(runs[1]).toEqual(runs[0]);
  expect(runs[0]).toEqual([hashResult(node), '0', String(hba2(node))]);
});
