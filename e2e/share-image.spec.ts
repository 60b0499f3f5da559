import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { dedicate, example, scaleDesign, type Topology } from '../src/model/index.ts';
import { buildFragment } from '../src/share/index.ts';
import { expect, test } from './appTest.ts';
import { decodePng, type DecodedPng } from './pages/sharing.ts';

type Format = 'PNG' | 'SVG';
type Background = 'Light' | 'Dark' | 'Transparent';

/** Export the diagram with the options chosen, and give back the file's name and bytes. */
async function exportImage(page: Page, format: Format, background: Background): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format} `) }).check();
  await dialog.getByRole('radio', { name: new RegExp(`^${background}`) }).check();
  const preview = dialog.getByRole('img', { name: /^Preview of / });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  const name = (await preview.getAttribute('alt'))!.replace('Preview of ', '');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Download ${name}` }).click()]);
  expect(download.suggestedFilename()).toBe(name);
  return { name, bytes: readFileSync(await download.path()) };
}

/** The SVG parsed as XML (a parse error fails the test), and the texts it draws. */
function parseSvg(bytes: Buffer) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
  expect(errors).toEqual([]);
  const root = doc.documentElement!;
  expect(root.nodeName).toBe('svg');
  const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
  return { doc, root, texts };
}

/** Pixels (every other one) within 60 of a cable colour of the light theme: PCIe, FC, Ethernet. */
function cablePixels(image: DecodedPng): number {
  const colours = [[0x7c, 0x3a, 0xed], [0xc2, 0x41, 0x0c], [0x04, 0x78, 0x57]];
  let count = 0;
  for (let y = 0; y < image.height; y += 2) for (let x = 0; x < image.width; x += 2) {
    const [r, g, b] = image.pixel(x, y);
    if (colours.some(([cr, cg, cb]) => Math.abs(r - cr!) + Math.abs(g - cg!) + Math.abs(b - cb!) < 60)) count++;
  }
  return count;
}

function expectEveryLabel(topology: Topology, texts: readonly string[]) {
  for (const node of topology.nodes) expect(texts, `the label of ${node.id}`).toContain(node.label);
}

test('virtualized-rack exports as a native SVG and as a PNG at 2x, light, dark and transparent', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.chooseFromDesignMenu('Export image…');
  const svg = await exportImage(page, 'SVG', 'Light');
  expect(svg.name).toBe('virtualized-rack.svg');
  expect(svg.bytes.length).toBeLessThanOrEqual(200_000);
  const { doc, root, texts } = parseSvg(svg.bytes);
  expect(doc.getElementsByTagName('foreignObject').length).toBe(0);
  expect(svg.bytes.toString('utf8')).not.toMatch(/(href|src)="(?!#)/);
  expectEveryLabel(example('virtualized-rack'), texts);
  expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(example('virtualized-rack').name);
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));

  const png = await exportImage(page, 'PNG', 'Light');
  expect(png.name).toBe('virtualized-rack@2x.png');
  const image = decodePng(png.bytes);
  expect([image.width, image.height]).toEqual([2 * width, 2 * height]);
  expect(image.pixel(2, 2)).toEqual([0xf6, 0xf8, 0xfa, 255]);
  // Twelve cables 3 px wide at 2x: tens of thousands of pixels in their colours.
  expect(cablePixels(image)).toBeGreaterThan(5000);

  const dark = decodePng((await exportImage(page, 'PNG', 'Dark')).bytes);
  expect(dark.pixel(2, 2)).toEqual([0x11, 0x15, 0x1a, 255]);
  const clear = decodePng((await exportImage(page, 'PNG', 'Transparent')).bytes);
  expect(clear.pixel(2, 2)[3]).toBe(0);
});

test('the selection alone exports, and a run shown exports with its utilization', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.server('Web 1', 's1').click();
  await app.chooseFromDesignMenu('Export image…');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('checkbox', { name: 'Selected elements only' }).check();
  const { texts } = parseSvg((await exportImage(page, 'SVG', 'Light')).bytes);
  expect(texts).toContain('Web 1');
  expect(texts).not.toContain('Web 2');
  expect(texts).not.toContain('IOV switch');
  await page.keyboard.press('Escape');

  await page.keyboard.press('r');
  await expect(page.getByRole('meter', { name: /^Utilization of HBA 1/ }).first()).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('r');
  await app.chooseFromDesignMenu('Export image…');
  const running = parseSvg((await exportImage(page, 'SVG', 'Light')).bytes);
  expect(running.texts.filter((t) => /^\d+ %$/.test(t)).length).toBeGreaterThanOrEqual(4);
  expect(running.texts).toContain('Utilization');
  expect(running.doc.getElementsByTagName('desc')[0]!.textContent).toMatch(/simulation run shown at \d+\.\d s/);
});

test('the 64-server classic rack exports as an SVG under 1 MB and as a PNG', async ({ page }) => {
  test.setTimeout(180_000);
  const dedicated = dedicate(scaleDesign(64));
  if (!dedicated.ok) throw new Error(dedicated.reason);
  await page.goto(`/${buildFragment(dedicated.topology)}`);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('banner').getByRole('button', { name: 'Design', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export image…' }).click();
  const svg = await exportImage(page, 'SVG', 'Light');
  expect(svg.bytes.length).toBeLessThanOrEqual(1_000_000);
  const { doc, root, texts } = parseSvg(svg.bytes);
  expect(doc.getElementsByTagName('foreignObject').length).toBe(0);
  expectEveryLabel(dedicated.topology, texts);
  const png = decodePng((await exportImage(page, 'PNG', 'Light')).bytes);
  const scale = png.width / Number(root.getAttribute('width'));
  expect(scale).toBeGreaterThan(1);
  expect(Math.abs(png.height - scale * Number(root.getAttribute('height')))).toBeLessThanOrEqual(1);
  expect(cablePixels(png)).toBeGreaterThan(20_000);
});
