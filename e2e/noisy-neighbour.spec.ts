import type { Locator } from '@playwright/test';
import { expect, test } from './appTest.ts';
import { ComparePage } from './pages/ComparePage.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

/** "Waiting at the server: 12,345" (zoomed out: "Waiting: 12,345") → 12345. */
const countIn = async (locator: Locator) => Number(((await locator.textContent()) ?? '').replace(/[^\d]/g, ''));

/**
 * The noisy neighbour (issue 18): the example opened from the Design menu, its run showing the capped
 * Backup server's own queue growing while the pool's stays short, then the compare view with and
 * without QoS in one click, and back to dedicated and virtualized in another.
 */
test('the noisy-neighbour example: Backup’s queue grows at the server, the pool’s stays short, and QoS compared in one click', async ({ app, page }) => {
  test.setTimeout(150_000);
  const sim = new SimulationPage(page);
  await app.open();
  await app.chooseFromDesignMenu('Open example: Noisy neighbour');
  await expect(app.banner).toContainText('Noisy neighbour');

  const backup = app.server('Backup', 's5');
  const pool = app.iovSwitch('IOV switch', 'sw1');
  await sim.button('Run').click();
  const held = backup.getByText(/^Waiting( at the server)?: [\d,]+$/);
  await expect(held).toBeVisible({ timeout: 15_000 });
  await sim.waitForTime(1);
  const first = await countIn(held);
  await sim.waitForTime(3);
  await expect.poll(() => countIn(held)).toBeGreaterThan(first);
  expect(first).toBeGreaterThan(0);
  // The other servers hold nothing back, and the pool they share keeps its queue short.
  await expect(app.canvas.getByText(/^Waiting( at the server)?:/)).toHaveCount(1);
  expect(await countIn(pool.getByText(/^Waiting in the pool:/).locator('.pool-queue-count').first())).toBeLessThan(10);

  // The charts say the same in words: Backup's count in thousands, the pool's a handful.
  const panel = await sim.openTab();
  const now = panel.getByRole('region', { name: 'I/Os waiting, at the servers and in the pools' }).getByRole('list', { name: 'Waiting now' });
  await expect(now.getByRole('listitem').filter({ hasText: 'Backup, at the server:' })).toHaveText(/^Backup, at the server: [\d,]+$/);
  await expect.poll(async () => countIn(now.getByRole('listitem').filter({ hasText: 'Backup, at the server:' }))).toBeGreaterThan(first);
  expect(await countIn(now.getByRole('listitem').filter({ hasText: 'IOV switch, storage pool:' }))).toBeLessThan(10);
  await sim.button('Pause').click();

  // With and without QoS: one item of the Design menu, the design with its QoS removed on the other side.
  const compare = new ComparePage(page, app);
  await app.chooseFromDesignMenu('Compare with and without QoS');
  const view = page.getByRole('dialog', { name: 'With and without QoS' });
  const table = view.getByRole('table', { name: 'With and without QoS, figure by figure' });
  await expect(table).toBeVisible({ timeout: 90_000 });
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', 'Without QoS', 'With QoS', 'Change']);
  const figure = (label: string, side: 0 | 1) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').nth(side);
  const value = async (label: string, side: 0 | 1) => Number(((await figure(label, side).textContent()) ?? '').replace(/[^\d.]/g, ''));
  const others = 'The others’ worst storage p99';
  expect(await value(others, 1)).toBeLessThan(await value(others, 0) * 0.7);
  const throughput = 'Backup: storage throughput (cap 200 MB/s)';
  expect(await value(throughput, 1)).toBeLessThanOrEqual(201);
  expect(await value(throughput, 0)).toBeGreaterThan(1000);
  await expect(view.getByLabel('In short')).toHaveText(/^The others’ worst storage p99 \d+× lower \(/);

  // The other comparison of the same design, one click away, and back.
  await view.getByRole('button', { name: 'Compare dedicated and virtualized' }).click();
  await expect(compare.view.getByRole('table', { name: 'Dedicated and virtualized, figure by figure' })).toBeVisible({ timeout: 90_000 });
  await compare.view.getByRole('button', { name: 'Compare with and without QoS' }).click();
  await expect(view.getByRole('table', { name: 'With and without QoS, figure by figure' })).toBeVisible({ timeout: 90_000 });
});
