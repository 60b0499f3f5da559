import { buildFragment } from '../src/share/index.ts';
import { scaleDesign } from '../src/model/index.ts';
import { expect, test } from './appTest.ts';

// Semantic zoom (issue 17, item 2): a design of more than 64 servers opens with alike servers as
// one group node per key ("4 × Web"), their PCIe cables as one bundle; a click on a group shows
// its servers, and zooming in far enough shows every server.

test('a 200-server design opens grouped; a click shows the group’s servers; zooming in shows them all', async ({ page }) => {
  // 16 zoom steps over 200 servers: 15–25 s on a quiet 2-core machine, past 30 s when it is shared.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${buildFragment(scaleDesign(200))}`);
  const groups = page.locator('.react-flow__node-server-group');
  await expect(groups.first()).toBeVisible({ timeout: 20_000 });
  // 12 switches of 16 servers, 5 presets each: 60 groups; the 13th switch's 8 servers make 3
  // groups of two and two servers alike with no other, drawn as themselves.
  await expect(groups).toHaveCount(63);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Show the 4 servers of 4 × Web' }).first()).toBeVisible();
  // Each group's PCIe cables are one bundle, labelled with their count.
  await expect(page.locator('.react-flow__edge.link-bundle')).toHaveCount(63);
  await expect(page.locator('.react-flow__edge.link-bundle[aria-label="Bundle of 4 × PCIe Gen2 x8 cables"]')).not.toHaveCount(0);

  // The design is taller than the canvas at its smallest zoom: open the group in the middle of it.
  const middle = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const distance = (el: Element) => {
      const r = el.getBoundingClientRect();
      return Math.hypot(r.x + r.width / 2 - (pane.x + pane.width / 2), r.y + r.height / 2 - (pane.y + pane.height / 2));
    };
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node-server-group')].toSorted((a, b) => distance(a) - distance(b))[0]!.dataset.id!;
  });
  const group = page.locator(`.react-flow__node[data-id="${middle}"]`).getByRole('button', { name: /^Show the \d servers of \d × \w+$/ });
  const count = Number((await group.getAttribute('aria-label'))!.match(/Show the (\d)/)![1]);
  await group.click();
  await expect(groups).toHaveCount(62);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(2 + count);

  // Zoomed in until a server's tile is 120 px wide: every server drawn, no group.
  for (let i = 0; i < 16 && await groups.count() > 0; i++) {
    await page.getByRole('button', { name: /zoom in/i }).click();
    await page.waitForTimeout(300);
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
