import { expect, test } from './appTest.ts';

/** Tidy-up (Shift+L): ELK in a worker, the servers in name order, one undo step puts them back. */
test('tidy-up lays out the rack in a worker, servers in name order, and one undo puts it back', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open();
  const before = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-id')} ${(n as HTMLElement).style.transform}`));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.keyboard.press('Shift+L');
  await expect(page.getByRole('status').filter({ hasText: 'Tidied up 11 nodes, servers in name order. Undo puts them back.' })).toBeVisible({ timeout: 30_000 });
  expect(workers.some((url) => /elk-worker/.test(url))).toBe(true);
  // The eight servers in one row, left to right: Backup, DB 1, DB 2, Idle, VDI 1, VDI 2, Web 1, Web 2.
  const row = await page.locator('.react-flow__node-server').evaluateAll((nodes) => nodes
    .map((n) => ({ label: n.querySelector('.node-label')!.textContent!, x: n.getBoundingClientRect().x, y: Math.round(n.getBoundingClientRect().y) })));
  expect(new Set(row.map((r) => r.y)).size).toBe(1);
  expect(row.toSorted((a, b) => a.x - b.x).map((r) => r.label)).toEqual(['Backup', 'DB 1', 'DB 2', 'Idle', 'VDI 1', 'VDI 2', 'Web 1', 'Web 2']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-id')} ${(n as HTMLElement).style.transform}`))).toEqual(before);
});
