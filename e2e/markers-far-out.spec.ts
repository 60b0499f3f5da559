import { dedicate, scaleDesign } from '../src/model/index.ts';
import { buildFragment } from '../src/share/index.ts';
import { expect, test } from './appTest.ts';
import { readMarkers } from './pages/trafficMarkers.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

/**
 * Zoomed out to a whole 64-server rack, 128 cables fan into the SAN and the LAN a few pixels apart.
 * Markers keep a legible size there (10 px), so each is drawn only clear of those drawn before it:
 * the fans show distinct markers, not one dark blot of them piled on each other.
 */
test('the markers of a fitted 64-server rack are distinct, not piled into blots', async ({ page }) => {
  test.setTimeout(60_000);
  const rack = dedicate(scaleDesign(64));
  if (!rack.ok) throw new Error(rack.reason);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${buildFragment(rack.topology)}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  const sim = new SimulationPage(page);
  await sim.button('Run').click();
  await sim.waitForTime(1);
  await sim.button('Pause').click();
  await expect(sim.button('Run')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { markers } = await readMarkers(page);
  // Traffic on most of the 128 cables: well over one marker each for the SAN's and the LAN's fans.
  expect(markers.length).toBeGreaterThan(64);
  // Each blob of the layer's pixels is one marker: at most 18 px and its 3 px rim on each side
  // (before, piles made blots up to 130 px across).
  const blots = markers.filter((m) => Math.max(m.box.width, m.box.height) > 18 + 2 * 3);
  expect(blots.map((m) => `${Math.round(m.box.width)}×${Math.round(m.box.height)} at ${Math.round(m.box.x)},${Math.round(m.box.y)}`)).toEqual([]);
});
