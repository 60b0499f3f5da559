import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './appTest.ts';
import { decodePng } from './pages/sharing.ts';

/** Export the diagram with the options chosen, and give back the file's bytes. */
async function exportImage(page: Page, format: 'PNG' | 'SVG', background: 'Light' | 'Dark'): Promise<Buffer> {
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format} `) }).check();
  await dialog.getByRole('radio', { name: background }).check();
  const name = `virtualized-rack${background === 'Dark' ? '-dark' : ''}.${format.toLowerCase()}`;
  await expect(dialog.getByRole('img', { name: `Preview of ${name}` })).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Download ${name}` }).click()]);
  expect(download.suggestedFilename()).toBe(name);
  return readFileSync(await download.path());
}

/** The three cable colours of the light theme (theme.css: PCIe, FC, Ethernet). */
const LINK_COLOURS = [[0x7c, 0x3a, 0xed], [0xc2, 0x41, 0x0c], [0x04, 0x78, 0x57]];
const isLinkColour = ([r, g, b]: number[]) => LINK_COLOURS.some(([lr, lg, lb]) => Math.abs(r! - lr!) + Math.abs(g! - lg!) + Math.abs(b! - lb!) < 90);

test('the exported image holds the diagram with its cables, in PNG and SVG, light and dark', async ({ app, page }) => {
  // Four exports, each copying every element's style: seconds each on a busy two-core machine.
  test.setTimeout(180_000);
  await app.open();
  await app.chooseFromDesignMenu('Export image…');
  const png = await exportImage(page, 'PNG', 'Light');
  expect(png.length).toBeGreaterThan(100_000);
  const image = decodePng(png);
  // The design's bounds plus 40 px around, drawn at twice the size.
  expect(image.width).toBeGreaterThan(3000);
  expect(image.height).toBeGreaterThan(1000);
  expect(image.pixel(2, 2)).toEqual([0xf6, 0xf8, 0xfa, 255]);

  const svg = (await exportImage(page, 'SVG', 'Light')).toString('utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const paths = [...svg.matchAll(/<path[^>]*class="react-flow__edge-path"[^>]*>/g)].map((m) => m[0]);
  expect(paths).toHaveLength(12);
  for (const path of paths) expect(path).toMatch(/ d="M[\d.-]+/);

  // The cables are in the PNG: without them (hidden on the canvas for this test) the same export
  // differs by thousands of pixels, nearly all of them the cables' colours.
  // (A constructed stylesheet: the Content-Security-Policy refuses an added <style> element.)
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.react-flow__edge { visibility: hidden; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const bare = decodePng(await exportImage(page, 'PNG', 'Light'));
  expect([bare.width, bare.height]).toEqual([image.width, image.height]);
  let differing = 0;
  let cableColoured = 0;
  for (let y = 0; y < image.height; y += 2) {
    for (let x = 0; x < image.width; x += 2) {
      const [a, b] = [image.pixel(x, y), bare.pixel(x, y)];
      if (a.every((v, i) => v === b[i])) continue;
      differing++;
      if (isLinkColour(a)) cableColoured++;
    }
  }
  expect(differing).toBeGreaterThan(5000);
  expect(cableColoured / differing).toBeGreaterThan(0.5);

  const dark = decodePng(await exportImage(page, 'PNG', 'Dark'));
  expect(dark.pixel(2, 2)).toEqual([0x11, 0x15, 0x1a, 255]);
});
