import { expect, test } from './appTest.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

// Simulating the virtualized rack in the page: the worker's frames on the diagram and in the charts,
// pause, a live fault on one HBA of the pool of two, determinism, and reduced motion.

test.describe('simulating the virtualized rack', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('running shows non-zero utilization on the diagram and in the chart', async ({ page }) => {
    const sim = new SimulationPage(page);
    await sim.button('Run').click();
    await expect(sim.button('Pause')).toBeVisible();
    const hba1 = sim.meter('HBA 1 (hba1)');
    await expect.poll(() => sim.percent(hba1), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => sim.percent(sim.meter('PCIe cable l1')), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(page.getByRole('region', { name: 'Utilization legend' })).toBeVisible();

    const panel = await sim.openTab();
    const chart = panel.getByRole('region', { name: 'Utilization of each adapter' });
    await expect(chart.locator('.recharts-line-curve').first()).toBeVisible({ timeout: 15_000 });
    await sim.waitForTime(1);
    const rows = await sim.downloadChart(panel, 'Utilization of each adapter');
    expect(rows.length).toBeGreaterThan(5);
    expect(Math.max(...rows.map((r) => r['hba1 utilization']!))).toBeGreaterThan(0);
    expect(rows.at(-1)!['time (s)']).toBeGreaterThan(0.9);
  });

  test('pause stops simulated time', async ({ page }) => {
    const sim = new SimulationPage(page);
    await sim.button('Run').click();
    await sim.waitForTime(0.5);
    await sim.button('Pause').click();
    await expect(sim.button('Run')).toBeVisible();
    const paused = await sim.time();
    await page.waitForTimeout(1000);
    expect(await sim.time()).toBe(paused);
    expect(paused).toBeGreaterThan(0);
  });

  test('an edit after a finished run makes it stale: Run to end runs the edited design, without Restart', async ({ app, page }) => {
    test.setTimeout(90_000);
    const sim = new SimulationPage(page);
    await sim.runToEnd();
    await expect(sim.clock).toHaveAttribute('aria-label', 'Simulated time 10 s of 10 s', { timeout: 60_000 });
    await app.slot(app.iovSwitch('IOV switch', 'sw1'), 'Ethernet NIC', 'NIC 2', 'nic2').click();
    await page.keyboard.press('Delete');
    const stale = page.getByRole('status').filter({ hasText: 'You changed the design after the run ended.' });
    await expect(stale).toBeVisible();
    await expect(sim.button('Run to end')).toBeEnabled();
    await sim.runToEnd();
    await expect(sim.clock).toHaveAttribute('aria-label', 'Simulated time 10 s of 10 s', { timeout: 60_000 });
    // A run of the edited design: the offer is gone, the figures are its own.
    await expect(stale).toHaveCount(0);
    await expect.poll(() => sim.percent(sim.meter('NIC 1 (nic1)'))).toBeGreaterThan(0);
    await expect(sim.button('Run')).toBeEnabled();
  });

  test('failing one HBA of the pool of two moves its load to the other, with no failed I/O', async ({ app, page }) => {
    test.setTimeout(90_000);
    const sim = new SimulationPage(page);
    // Long enough that the run is still going after the fault and the checks on a slow machine.
    const settings = await sim.openTab();
    await settings.getByLabel(/^Duration/).fill('60');
    await settings.getByLabel(/^Duration/).press('Enter');
    await expect(sim.clock).toHaveAttribute('aria-label', 'Simulated time 0 s of 60 s');
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await sim.button('Run').click();
    await sim.waitForTime(2);
    await app.slot(app.iovSwitch('IOV switch', 'sw1'), 'FC HBA', 'HBA 1', 'hba1').click();
    await app.panels.getByRole('button', { name: 'Fail HBA 1 (hba1) now' }).click();
    // The design records the fault at the time the worker reached, and says so.
    await expect(page.getByText(/^HBA 1 \(hba1\) failed at [\d.]+ s of simulated time\./)).toBeVisible();
    const failedAt = Number(/failed at ([\d.]+) s/.exec((await page.getByText(/^HBA 1 \(hba1\) failed at/).textContent())!)![1]);
    await expect(sim.meter('HBA 1 (hba1)')).toHaveAttribute('aria-valuetext', /failed$/);
    await expect(app.panels.getByRole('button', { name: 'Recover HBA 1 (hba1) now' })).toBeVisible();

    await sim.runToEnd();
    const panel = await sim.openTab();
    const failed = panel.locator('.sim-totals div').filter({ hasText: 'Failed (nowhere to go)' }).locator('dd');
    await expect(failed).toHaveText('0');

    // The other HBA carries the storage traffic from the fault on: its mean utilization rises.
    const rows = await sim.downloadChart(panel, 'Utilization of each adapter');
    const mean = (list: typeof rows) => list.reduce((sum, r) => sum + r['hba2 utilization']!, 0) / list.length;
    const before = rows.filter((r) => r['time (s)']! > 1 && r['time (s)']! <= failedAt);
    const after = rows.filter((r) => r['time (s)']! > failedAt + 0.1);
    expect(mean(after)).toBeGreaterThan(2 * mean(before));
    expect(after.every((r) => r['hba1 utilization'] === 0)).toBe(true);
  });

  test('two runs with the same seed show the same numbers', async ({ page }) => {
    const sim = new SimulationPage(page);
    const summary = async () => {
      await sim.runToEnd();
      const panel = await sim.openTab();
      const tables = panel.getByRole('table');
      await expect(tables).toHaveCount(2);
      const read = async () => [await tables.nth(0).innerText(), await tables.nth(1).innerText(), await panel.locator('.sim-totals').innerText()];
      // The run's last figures reach the tables a render after the clock's end: read until two readings agree.
      let reading = await read();
      await expect.poll(async () => {
        const previous = reading;
        reading = await read();
        return JSON.stringify(reading) === JSON.stringify(previous);
      }).toBe(true);
      return reading;
    };
    const first = await summary();
    await sim.button('Restart').click();
    await expect(sim.clock).toHaveAttribute('aria-label', 'Simulated time 0 s of 10 s');
    const second = await summary();
    expect(second).toEqual(first);
    expect(first[0]).toMatch(/sw1 storage reads/);
  });
  test('editing the design during a run pauses it and offers a restart with the new design', async ({ app, page }) => {
    const sim = new SimulationPage(page);
    await sim.button('Run').click();
    await sim.waitForTime(0.5);
    await app.panels.getByLabel('Design name', { exact: true }).fill('Edited rack');
    await app.panels.getByLabel('Design name', { exact: true }).press('Enter');
    const offer = page.getByRole('status').filter({ hasText: 'You changed the design, so the run paused.' });
    await expect(offer).toBeVisible();
    await expect(sim.button('Run')).toBeVisible();
    // The button turns at once; the worker's frames already on their way, and its own pause time,
    // still arrive (CI once read 1.34 s, then 1.38 s): the clock settles, then stays.
    let paused = await sim.time();
    await expect.poll(async () => {
      const before = paused;
      await page.waitForTimeout(300);
      paused = await sim.time();
      return paused === before;
    }).toBe(true);
    await page.waitForTimeout(500);
    expect(await sim.time()).toBe(paused);

    await offer.getByRole('button', { name: 'Restart with the new design' }).click();
    await expect(offer).toBeHidden();
    await expect(sim.button('Pause')).toBeVisible();
    await expect.poll(() => sim.time()).toBeLessThan(paused);
  });
});

test('with reduced motion, numbers and colours only: nothing moves', async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  const sim = new SimulationPage(page);
  await sim.button('Run').click();
  await expect.poll(() => sim.percent(sim.meter('HBA 1 (hba1)')), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await expect(page.locator('.flow-marker-layer')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Utilization legend' })).toContainText('Reduced motion: numbers and colours only.');

  // Without the preference, the markers move.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.locator('.flow-marker-layer')).toHaveCount(1);
});
