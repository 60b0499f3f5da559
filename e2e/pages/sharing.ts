import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Topology } from '../../src/model/index.ts';

/**
 * Sharing as a user finds it, by role and accessible name:
 *   - the toolbar button "Share…" (S, Ctrl+Shift+S) opens the dialog "Share": the field "Link", its
 *     length ("345 characters"), buttons "Copy link", link "Open in a new tab", checkbox "View only",
 *     the image "QR code of the link"
 *   - Design menu: "Open file…" (Ctrl+O), "Save as file…" (Ctrl+S), "Export image…" (dialog "Export
 *     image": radios "PNG …"/"SVG …", "Light"/"Dark", image "Preview of <file>", button "Download <file>")
 *   - a link or file that could not be opened: dialog "This link could not be opened" or
 *     "“<file>” could not be opened", its problems in an alert, button "OK"
 *   - a view-only design: region "View only" with the button "Edit this design"
 */
export function shareDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Share' });
}

/**
 * A value the autosave keeps for designs (`iov-studio:design:<slot>`, `iov-studio:damaged:<slot>`),
 * read as the app stores it: in IndexedDB (database "iov-studio", store "designs").
 */
export function storedDesignText(page: Page, key: string): Promise<string | undefined> {
  return page.evaluate((key) => new Promise<string | undefined>((resolve, reject) => {
    const open = indexedDB.open('iov-studio');
    open.addEventListener('error', () => reject(open.error));
    open.addEventListener('success', () => {
      const database = open.result;
      if (!database.objectStoreNames.contains('designs')) return resolve(undefined);
      const read = database.transaction('designs').objectStore('designs').get(key);
      read.addEventListener('success', () => resolve(typeof read.result === 'string' ? read.result : undefined));
      read.addEventListener('error', () => reject(read.error));
    });
  }), key);
}

/** The design this tab autosaved: its own slot's, read back from IndexedDB once it holds `until`. */
export async function autosavedDesign(page: Page, until: (design: Topology) => boolean = () => true): Promise<Topology> {
  let design: Topology | undefined;
  await expect.poll(async () => {
    const slot = await page.evaluate(() => sessionStorage.getItem('iov-studio:tab-slot'));
    const text = slot ? await storedDesignText(page, `iov-studio:design:${slot}`) : undefined;
    design = text ? (JSON.parse(text) as Topology) : undefined;
    return design !== undefined && until(design);
  }, { message: 'the design is autosaved' }).toBe(true);
  return design!;
}

export type DecodedPng = { width: number; height: number; pixel(x: number, y: number): [number, number, number, number] };

/** A PNG of 8-bit RGBA, not interlaced (what a canvas's toDataURL gives), decoded to its pixels by pngjs. */
export function decodePng(bytes: Buffer): DecodedPng {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const png = PNG.sync.read(bytes);
  expect([png.depth, png.colorType, png.interlace], 'bit depth 8, RGBA, not interlaced').toEqual([8, 6, false]);
  const { width, height, data } = png;
  return {
    width,
    height,
    pixel: (x, y) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)] as [number, number, number, number],
  };
}
