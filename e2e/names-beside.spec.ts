import { scaleDesign } from '../src/model/index.ts';
import { buildFragment } from '../src/share/index.ts';
import { expect, test } from './appTest.ts';
import { scanText } from './legibility/scanText.ts';

/**
 * A 200-server design at its default fit draws its SAN and LAN 17 px wide, its groups' tiles
 * smaller still: too small for a name inside, even at 9 px. Their names are set beside them where
 * there is room, as a map names a town beside its dot, and the screen's texts still neither overlap,
 * nor hide under an overlay, nor get cut.
 */
test('a 200-server design at its default fit names its SAN, its LAN and its groups beside them', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${buildFragment(scaleDesign(200))}`);
  await expect(page.locator('.react-flow__node-server-group').first()).toBeVisible({ timeout: 20_000 });
  const beside = page.locator('.node-name-beside');
  await expect(beside.filter({ hasText: /^SAN$/ })).toBeVisible();
  await expect(beside.filter({ hasText: /^LAN$/ })).toBeVisible();
  // Most groups find room for "3 × Backup" beside their tile.
  await expect.poll(async () => (await beside.filter({ hasText: /^\d+ × \w+$/ }).count())).toBeGreaterThan(20);
  // The name beside a node is that node's: the SAN's sits by the SAN.
  const [san, name] = await Promise.all([page.locator('.react-flow__node-san').boundingBox(), beside.filter({ hasText: /^SAN$/ }).boundingBox()]);
  expect(Math.hypot(name!.x + name!.width / 2 - (san!.x + san!.width / 2), name!.y + name!.height / 2 - (san!.y + san!.height / 2))).toBeLessThan(30);
  const scan = await page.evaluate(scanText, { tinyPx: 9 });
  expect(scan.overlaps).toEqual([]);
  expect(scan.covered).toEqual([]);
  expect(scan.truncated).toEqual([]);
  expect(scan.tiny).toEqual([]);
});
