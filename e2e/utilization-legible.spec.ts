import { readFileSync } from 'node:fs';
import { expect, test } from './appTest.ts';
import { contrast, readMarkers, type MarkerReading } from './pages/trafficMarkers.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

// Utilization you can read (issue 15, item 5): during a run the traffic markers are big enough to
// see, filled, on the cables that carry traffic and only there, following the cables as drawn; and
// each adapter's and cable's percentage is shown beside its colour on the two 15-node examples.

/** Read the markers while paused (they stand still), then let the run go on: another arrangement. */
async function pausedReadings(sim: SimulationPage, times: number): Promise<MarkerReading[]> {
  const readings: MarkerReading[] = [];
  for (let i = 0; i < times; i++) {
    await sim.button('Pause').click();
    await expect(sim.button('Run')).toBeVisible();
    // The layer draws at the next animation frame after the pause.
    await sim.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    readings.push(await readMarkers(sim.page));
    await sim.button('Run').click();
    await sim.page.waitForTimeout(400);
  }
  return readings;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`traffic markers on the virtualized rack at 1280x720 (${colorScheme}): >= 8 px, filled, on every cable with traffic and room, on no other`, async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme });
    await app.open();
    const sim = new SimulationPage(page);
    await sim.button('Run').click();
    await sim.waitForTime(1);
    const readings = await pausedReadings(sim, 3);

    const withMarkers = new Set<string>();
    const withTraffic = new Set<string>();
    const seenOn = new Set<string>();
    for (const { markers, cables, background } of readings) {
      expect(markers.length).toBeGreaterThan(0);
      const busy = new Set(cables.filter((c) => c.carriesTraffic).map((c) => c.id));
      // Markers keep off text: a cable with traffic shows them wherever it has ample room.
      for (const cable of cables) if (cable.carriesTraffic && cable.room) withTraffic.add(cable.id);
      for (const marker of markers) {
        for (const id of marker.on) seenOn.add(id);
        const where = `marker at ${Math.round(marker.box.x)},${Math.round(marker.box.y)}`;
        expect(Math.min(marker.box.width, marker.box.height), `${where}: size`).toBeGreaterThanOrEqual(8);
        // Lies on a cable that carries traffic (where cables meet, markers may touch: then on one of them).
        expect(marker.on.some((id) => busy.has(id)), `${where} on ${marker.on.join(', ') || 'no cable'}`).toBe(true);
        if (!marker.single) continue;
        // Filled: its centre is opaque and stands out from the canvas, not a rim around nothing.
        expect(marker.fill[3], `${where}: opaque centre`).toBe(255);
        expect(contrast(marker.fill, background), `${where}: fill ${marker.fill.join(',')} against the canvas`).toBeGreaterThanOrEqual(3);
        // A marker on one cable alone says that cable has markers; it must carry traffic.
        if (marker.on.length === 1) {
          expect(busy.has(marker.on[0]!), `${where}: markers on ${marker.on[0]} (${cables.find((c) => c.id === marker.on[0])?.load})`).toBe(true);
          withMarkers.add(marker.on[0]!);
        }
      }
    }
    expect(withTraffic.size).toBeGreaterThan(5);
    expect(withMarkers.size).toBeGreaterThan(5);
    expect([...withTraffic].filter((id) => !seenOn.has(id)), 'cables with traffic and room but no marker').toEqual([]);
  });
}

test('markers follow a cable that moves while the run is paused', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  const sim = new SimulationPage(page);
  await sim.button('Run').click();
  await sim.waitForTime(1);
  await sim.button('Pause').click();
  // Drag Web 1 down and aside (the edit keeps the run paused, with its figures on the diagram).
  for (const dy of [120, -60]) {
    const box = (await app.server('Web 1', 's1').boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 12);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 30 + i * 8, box.y + 12 + (i * dy) / 8);
    await page.mouse.up();
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { markers, cables } = await readMarkers(page);
  const busy = new Set(cables.filter((c) => c.carriesTraffic).map((c) => c.id));
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers) {
    expect(marker.on.some((id) => busy.has(id)), `marker at ${Math.round(marker.box.x)},${Math.round(marker.box.y)} on ${marker.on.join(', ') || 'no cable'}`).toBe(true);
  }
});

const EXAMPLES = [
  // Adapters and cables of each: one utilization figure each during a run.
  { name: 'Virtualized rack', menu: null, figures: 4 + 12 },
  { name: 'Classic rack', menu: 'Open example: Classic rack', figures: 16 + 16 },
] as const;
for (const example of EXAMPLES) {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    test(`${example.name} at ${viewport.width}x${viewport.height}: every adapter and cable shows its percentage beside its colour`, async ({ app, page }) => {
      await page.setViewportSize(viewport);
      await app.open();
      if (example.menu) {
        await app.chooseFromDesignMenu(example.menu);
        await expect(app.banner).toContainText(example.name);
      }
      const sim = new SimulationPage(page);
      await sim.button('Run').click();
      await sim.waitForTime(1);
      await sim.button('Pause').click();
      const meters = app.canvas.getByRole('meter', { name: /^Utilization of / });
      await expect(meters).toHaveCount(example.figures);
      for (const meter of await meters.all()) {
        const name = await meter.getAttribute('aria-label');
        await expect(meter, `${name}`).toBeVisible();
        await expect(meter, `${name}`).toHaveText(/^(<1|\d{1,3}) %$/);
        const box = (await meter.boundingBox())!;
        expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, `${name} inside the window`).toBe(true);
        // Coloured: the chip's background is the scale's colour, not transparent.
        const background = await meter.evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(background, `${name} coloured`).toMatch(/^rgb\(/);
      }
    });
  }
}

test('an image exported during a run keeps the percentages and leaves the moving markers out', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open();
  const sim = new SimulationPage(page);
  await sim.button('Run').click();
  await sim.waitForTime(1);
  await sim.button('Pause').click();
  await expect(page.locator('canvas.flow-marker-layer')).toHaveCount(1);
  await app.chooseFromDesignMenu('Export image…');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('radio', { name: /^SVG / }).check();
  await expect(dialog.getByRole('img', { name: 'Preview of virtualized-rack.svg' })).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download virtualized-rack.svg' }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  // The markers' canvas is placed for the view on screen, not for the picture's frame: copied, it
  // would be a PNG in the picture (the diagram has no other raster image; its icons are SVG).
  expect(svg).not.toContain('data:image/png');
  // HBA 1's row carries its percentage as text (the native drawing: src/diagram/svg/nodeSvg.ts).
  const hbaRow = /<g data-slot-id="hba1">(.*?)<\/g>(?=<g data-slot-id|<\/g>)/s.exec(svg)?.[1] ?? '';
  expect(hbaRow).toContain('>HBA 1<');
  expect(hbaRow).toMatch(/>(&lt;1|\d{1,3}) %<\/text>/);
});
