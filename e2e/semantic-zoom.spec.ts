import { buildFragment } from '../src/share/index.ts';
import { scaleDesign } from '../src/model/index.ts';
import { expect, test } from './appTest.ts';

// Semantic zoom (issue 17, item 2): a design of more than 64 servers opens with alike servers as
// one group node per key ("4 × Web"), their PCIe cables as one bundle; a click on a group shows
// its servers, and zooming in far enough shows every server.

test('a 200-server design opens grouped; a click shows the group’s servers; zooming in shows them all', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${buildFragment(scaleDesign(200))}`);
  const groups = page.locator('.react-flow__node-server-group');
  await expect(groups.first()).toBeVisible({ timeout: 20_000 });
  // 13 switches of up to 16 servers, 5 presets: 65 groups (the last switch's 8 servers make 5).
  await expect(groups).toHaveCount(65);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show the 4 servers of 4 × Web' }).first()).toBeVisible();
  // Each group's PCIe cables are one bundle, labelled with their count.
  await expect(page.locator('.react-flow__edge.link-bundle')).toHaveCount(65);

  await page.getByRole('button', { name: 'Show the 4 servers of 4 × Web' }).first().click();
  await expect(groups).toHaveCount(64);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(4);

  // Zoomed in until a server's tile is 120 px wide: every server drawn, no group.
  for (let i = 0; i < 6 && await groups.count() > 0; i++) {
    await page.getByRole('button', { name: /zoom in/i }).click();
    await page.waitForTimeout(400);
  }
  await expect(groups).toHaveCount(0);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(200);
});

test('the 64-server classic rack is drawn whole: no group', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${buildFragment(scaleDesign(64))}`);
  await expect(page.locator('.react-flow__node-server').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.react-flow__node-server')).toHaveCount(64);
  await expect(page.locator('.react-flow__node-server-group')).toHaveCount(0);
});
