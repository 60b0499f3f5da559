import { expect, test } from './appTest.ts';
import { ComparePage } from './pages/ComparePage.ts';

// Issue 19: where virtualization starts to pay as the rack grows (compare view), the printed report's
// tables (servers and workloads, prices used, figures with intervals), and the Sweep tab.

test.describe('numbers an architect can sign', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('the compare view works out the break-even of the classic rack and charts it', async ({ app, page }) => {
    test.setTimeout(180_000);
    const compare = new ComparePage(page, app);
    await compare.openClassicRack();
    await compare.compare();
    await expect(compare.view.getByLabel('In short')).toContainText(/I\/O cost [+−]\d+ %, I\/O power [+−]\d+ %/);
    const section = compare.view.getByRole('region', { name: 'Break-even as the rack grows' });
    await expect(section).toContainText('Servers are added as the scale design adds them');
    await section.getByLabel('From 4 up to').selectOption('32');
    await section.getByRole('button', { name: 'Work out the break-even' }).click();
    await expect(section.getByRole('list', { name: 'Crossover' })).toContainText('Virtualization costs less from 11 servers.', { timeout: 150_000 });
    await expect(section.getByRole('list', { name: 'Crossover' })).toContainText('Virtualization never uses less power below 32 servers.');
    for (const name of ['I/O cost (USD) against servers', 'I/O power (W) against servers', 'Storage p99 (ms, 99 % interval) against servers']) {
      const chart = section.getByRole('region', { name });
      await expect(chart).toBeVisible();
      await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);
    }
    // The p99 chart draws each point's interval.
    await expect(section.getByRole('region', { name: /^Storage p99/ }).locator('.recharts-errorBar').first()).toBeVisible();
    const rows = section.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(5); // the header and 4, 8, 16, 32 servers
    await expect(rows.nth(1)).toContainText('$12,800');
    await expect(rows.nth(1).getByRole('cell').nth(4)).toHaveText(/^\d+\.\d{3} \(\d+\.\d{3}–\d+\.\d{3}\)$/);
  });

  test('the printed report states the servers, their workloads, the prices used and each figure’s interval', async ({ app, page }) => {
    const compare = new ComparePage(page, app);
    await compare.openClassicRack();
    await compare.compare();
    const servers = compare.view.getByRole('table', { name: 'The servers and their workloads (the same on both sides)' });
    await expect(servers.getByRole('row')).toHaveCount(9); // the header and 8 servers
    await expect(servers.getByRole('row').nth(1)).toContainText(/IOPS of \d+ KiB/);
    const prices = compare.view.getByRole('table', { name: /^Prices and power used, per item/ });
    await expect(prices.getByRole('row').filter({ hasText: 'IOV switch' })).toContainText('$20,000');
    await expect(prices.getByRole('row').filter({ hasText: 'IOV switch' })).toContainText('estimate');
    const intervals = compare.view.getByRole('table', { name: /^Response times with their intervals/ });
    await expect(intervals.getByRole('row', { name: /Storage mean response/ }).getByRole('cell').first()).toHaveText(/^\d+\.\d{3} \(\d+\.\d{3}–\d+\.\d{3}\)$/);
    await page.emulateMedia({ media: 'print' });
    for (const table of [servers, prices, intervals]) await expect(table).toBeVisible();
    await expect(compare.view.getByRole('button', { name: 'Work out the break-even' })).toBeHidden();
  });

  test('the Sweep tab runs a small grid in workers and plots p99 with intervals and cost', async ({ app, page }) => {
    test.setTimeout(180_000);
    await app.chooseFromDesignMenu('Open example: Virtualized rack');
    await page.getByRole('tab', { name: 'Sweep' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Sweep' });
    await panel.getByLabel('Vary').selectOption('hba');
    const values = panel.getByLabel(/^Values/);
    await values.fill('1..99');
    await panel.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(panel.getByRole('alert')).toHaveText('Cannot sweep these values: 65 is not a whole number from 0 to 64.');
    await values.fill('1..3');
    await panel.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(panel.getByText('9 of 9 runs done.')).toBeVisible({ timeout: 150_000 });
    await expect(panel.getByRole('region', { name: 'p99 against HBAs per pool' }).locator('.recharts-errorBar').first()).toBeVisible();
    await expect(panel.getByRole('region', { name: 'I/O cost against HBAs per pool' }).locator('.recharts-line-curve')).toHaveCount(1);
    const rows = panel.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    const cost = async (n: number) => Number((await rows.nth(n).getByRole('cell').nth(2).textContent())!.replace(/[^\d]/g, ''));
    expect(await cost(3)).toBeGreaterThan(await cost(1));
  });
});
