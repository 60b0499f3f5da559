import { expect, test } from './appTest.ts';
import { scanText } from './legibility/scanText.ts';
import { ORIGIN } from './origin.ts';
import { buildFragment } from '../src/share/index.ts';
import { EXAMPLES, setProperties, type Topology } from '../src/model/index.ts';

/**
 * The run's summary after Run to end, as an architect reads it at a projector's 1280x720 and on a
 * phone: switch pools, dedicated adapters' port stages, fault windows and the ports of a two-port
 * adapter. Each table is scrolled to the top of the panel and scanned like issue 15's screens:
 * nothing drawn over anything, covered, cut short, split mid-word or tiny.
 */
function withRunDetails(design: Topology, faults: Topology['settings']['faults'], twoPorts: string): Topology {
  const changed = setProperties(design, twoPorts, { ports: 2 });
  if (!changed.ok) throw new Error(changed.reason);
  return { ...changed.topology, settings: { ...design.settings, duration: 3, warmup: 0.3, faults } };
}

const DESIGNS = {
  classic: withRunDetails(EXAMPLES['classic-rack'].build(), [{ at: 1, until: 2, target: 'hba3' }, { at: 1.5, until: 2.5, target: 'nic5' }], 'hba1'),
  virtualized: withRunDetails(EXAMPLES['virtualized-rack'].build(), [{ at: 1, until: 2, target: 'hba1' }], 'hba1'),
};
const TABLES = {
  classic: ['Dedicated adapters: mean port response', 'Fault windows', 'Ports of multi-port adapters'],
  virtualized: ['Switch pools', 'Fault windows', 'Ports of multi-port adapters'],
};
const VIEWS = [
  { name: '1280x720', viewport: { width: 1280, height: 720 } },
  { name: 'phone 390x844', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

for (const view of VIEWS) {
  for (const design of ['classic', 'virtualized'] as const) {
    test(`the summary's tables are readable: ${design} rack, ${view.name}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const { name: _, ...options } = view;
      const context = await browser.newContext({ baseURL: ORIGIN, ...options });
      const page = await context.newPage();
      await page.goto(`/${buildFragment(DESIGNS[design])}`);
      await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
      const notice = page.getByRole('button', { name: 'Dismiss message' });
      if (await notice.count()) await notice.first().click();
      await page.getByRole('button', { name: 'Run to end' }).first().click();
      await expect(page.locator('.sim-clock').first()).toHaveAttribute('aria-label', /^Simulated time 3 s of 3 s$/, { timeout: 60_000 });
      if (view.isMobile) await page.getByRole('button', { name: 'Inspector and findings' }).click();
      await page.getByRole('tab', { name: 'Simulation' }).click();
      const panel = page.getByRole('tabpanel', { name: 'Simulation' });
      // The scan is of the panel: the canvas above a phone's sheet is issue 15's scan's business.
      await page.locator('.react-flow').first().evaluate((el: HTMLElement) => { el.style.visibility = 'hidden'; });
      // The panel's code is fetched when the tab first opens: wait for it, then unfold what is folded.
      await expect(panel.getByRole('table').first()).toBeVisible();
      const folded = panel.locator('details > summary');
      if (await folded.count()) await folded.first().click();
      for (const caption of TABLES[design]) {
        const table = panel.getByRole('table', { name: new RegExp(`^${caption}`) });
        await expect(table).toBeVisible();
        await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(150);
        const scan = await page.evaluate(scanText, { tinyPx: 9 });
        expect(scan.overlaps, `${caption}: texts drawn over each other`).toEqual([]);
        expect(scan.covered, `${caption}: texts under another element`).toEqual([]);
        expect(scan.truncated, `${caption}: texts cut short`).toEqual([]);
        expect(scan.brokenWords, `${caption}: words split over two lines`).toEqual([]);
        expect(scan.tiny, `${caption}: texts under 9 px`).toEqual([]);
      }
      await context.close();
    });
  }
}
