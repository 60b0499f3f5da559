import { expect, test } from './appTest.ts';

/**
 * The sizes of every piece of text on screen, below `min` px: what a projector at the back of a
 * room, or a phone, would make unreadable. Text hidden for screen readers only is left out. Text in
 * the diagram is measured as drawn: its CSS size times the canvas's zoom.
 */
async function textSmallerThan(page: import('@playwright/test').Page, min: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent?.trim();
      const element = walker.currentNode.parentElement;
      if (!text || !element || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.clipPath === 'inset(50%)' || element.closest('style, script, title')) continue;
      const viewport = element.closest('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      const size = Math.round(Number.parseFloat(style.fontSize) * zoom * 10) / 10;
      if (size < limit) small.push(`"${text.slice(0, 30)}" at ${size}px`);
    }
    return small;
  }, min);
}

test.describe('on a projector, 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('no text is under 14 px and node labels are at least 16 px, in the palette, canvas and panels', async ({ app, page }) => {
    await app.open();
    await app.server('Web 1', 's1').click();
    await expect(app.field('Label')).toHaveValue('Web 1');
    expect(await textSmallerThan(page, 14)).toEqual([]);
    // The whole rack is fitted: drawn smaller than at zoom 1, its labels still read at 16 px or more.
    const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(zoom).toBeLessThan(0.6);
    for (const [label, id] of [['Web 1', 's1'], ['DB 2', 's4'], ['Idle', 's8']] as const) {
      const drawn = await app.server(label, id).getByText(label, { exact: true }).evaluate((el) => el.getBoundingClientRect().height);
      const size = await app.server(label, id).getByText(label, { exact: true }).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(size * zoom).toBeGreaterThanOrEqual(16);
      expect(drawn).toBeGreaterThanOrEqual(16);
    }
    await page.getByRole('tab', { name: /^Findings/ }).click();
    expect(await textSmallerThan(page, 14)).toEqual([]);
  });

  test('a fitted rack shows its labels and rates; zoomed in, every detail again, and text still at 14 px or more', async ({ app, page }) => {
    await app.open();
    const web1 = app.server('Web 1', 's1');
    await expect(web1.getByText('300 IOPS')).toBeHidden();
    await expect(app.canvas.getByText('800 MB/s').first()).toBeVisible();
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    // From about 0.39 to 1 or more: six steps of 1.2.
    for (let step = 0; step < 6; step++) await zoomIn.click();
    await expect(web1.getByText('300 IOPS')).toBeVisible();
    expect(await textSmallerThan(page, 14)).toEqual([]);
  });

  test('shows the palette, the canvas and the panels side by side, and the panels can give way', async ({ app }) => {
    await app.open();
    await expect(app.palette).toBeVisible();
    await expect(app.panels).toBeVisible();
    const before = (await app.canvas.boundingBox())!.width;
    await app.banner.getByRole('button', { name: 'Inspector and findings' }).click();
    await expect(app.panels).toBeHidden();
    expect((await app.canvas.boundingBox())!.width).toBeGreaterThan(before + 250);
  });
});

test.describe('the classroom on a projector, 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('no text is under 14 px in the lesson list, the lesson panel or presenter mode', async ({ app, page }) => {
    await app.open();
    await page.keyboard.press('l');
    await expect(page.getByRole('dialog', { name: 'Lessons' })).toBeVisible();
    expect(await textSmallerThan(page, 14)).toEqual([]);
    await page.getByRole('button', { name: 'Start: 1. Where I/O goes' }).click();
    const lesson = page.getByRole('region', { name: 'Lesson' });
    await lesson.getByRole('button', { name: 'server' }).click();
    await expect(lesson.getByRole('note')).toBeVisible();
    expect(await textSmallerThan(page, 14)).toEqual([]);
    await page.keyboard.press('Shift+P');
    await expect(page.getByRole('region', { name: 'Presenter' })).toBeVisible();
    expect(await textSmallerThan(page, 14)).toEqual([]);
  });
});

test.describe('on a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('folds the palette and the panels into drawers, opened from the header', async ({ app }) => {
    await app.open();
    await expect(app.palette).toBeHidden();
    await expect(app.panels).toBeHidden();
    await app.banner.getByRole('button', { name: 'Add' }).click();
    await expect(app.palette).toBeVisible();
    await app.paletteItem('SAN').click();
    // Tapping an item adds it in the middle of the view and closes the drawer, to show it.
    await expect(app.palette).toBeHidden();
    await expect(app.node('SAN', 'SAN 2', 'san2')).toBeVisible();
    await app.findingCounts().click();
    await expect(app.panels).toBeVisible();
    await expect(app.panels.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');
    await app.panels.getByRole('button', { name: 'Close the panel' }).click();
    await expect(app.panels).toBeHidden();
  });

  test('pans with one finger and zooms with two', async ({ app, page }) => {
    await app.open();
    const web1 = app.server('Web 1', 's1');
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    const c = await app.canvasPoint(0.6, 0.85);

    const before = (await web1.boundingBox())!;
    await touch('touchStart', [c]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x: c.x - i * 10, y: c.y - i * 5 }]);
    await touch('touchEnd', []);
    const panned = (await web1.boundingBox())!;
    expect(panned.x).toBeLessThan(before.x - 40);
    expect(panned.width).toBeCloseTo(before.width, 0);

    await touch('touchStart', [{ x: c.x - 30, y: c.y }, { x: c.x + 30, y: c.y }]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x: c.x - 30 - i * 12, y: c.y }, { x: c.x + 30 + i * 12, y: c.y }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await web1.boundingBox())!.width).toBeGreaterThan(panned.width * 1.5);
  });
});
