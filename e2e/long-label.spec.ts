import { expect, test } from './appTest.ts';
import { scanText } from './legibility/scanText.ts';

/**
 * A long label (the schema allows 64 characters) on a server of the fitted rack: wrapped at its
 * spaces where it fits, otherwise shortened on one line with the whole name in its tooltip and in
 * the server's accessible name; never split inside a word, never over another text.
 */
test.use({ viewport: { width: 1280, height: 720 } });

test('a 64-character server label is shortened with its whole text in the tooltip and the name', async ({ app, page }) => {
  const long = 'Primary database server for the accounting and payroll systems';
  await app.open();
  await app.server('Web 1', 's1').click();
  await app.field('Label').fill(long);
  await app.field('Label').press('Enter');
  const server = app.server(long, 's1');
  await expect(server).toBeVisible();
  const label = server.locator('.node-label');
  await expect(label).toHaveAttribute('title', long);
  // One line, cut by the browser: the rest of the rack keeps its names and nothing overlaps.
  const lines = await label.evaluate((el) => Math.round(el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight || '20')));
  expect(lines).toBeLessThanOrEqual(1);
  const scan = await page.evaluate(scanText, { tinyPx: 9 });
  expect(scan.overlaps).toEqual([]);
  expect(scan.brokenWords).toEqual([]);
  expect(scan.labelledNodes).toContain('s2');

  // Zoomed in (details shown, a server 200 px wide): still too long for three lines, still whole
  // in its tooltip; a label of two words less long is wrapped whole at its spaces instead.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let step = 0; step < 6; step++) await zoomIn.click();
  await expect(app.server(long, 's1').getByText('300 IOPS')).toBeVisible();
  await expect(label).toHaveAttribute('title', long);
  await app.field('Label').fill('Accounting database primary');
  await app.field('Label').press('Enter');
  const wrapped = app.server('Accounting database primary', 's1').locator('.node-label');
  await expect(wrapped).not.toHaveAttribute('title');
  await expect(wrapped).toHaveText('Accounting database primary');
  expect(await wrapped.evaluate((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > Number.parseFloat(getComputedStyle(el).fontSize) * 1.5)).toBe(true);
  const zoomed = await page.evaluate(scanText, { tinyPx: 9 });
  expect(zoomed.brokenWords).toEqual([]);
  expect(zoomed.truncated).toEqual([]);
});
