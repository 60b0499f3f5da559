import type { Locator, Page } from '@playwright/test';
import { expect, skipWelcome, test } from './appTest.ts';
import { example } from '../src/model/index.ts';
import { buildFragment } from '../src/share/index.ts';
import { AppPage } from './pages/AppPage.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';

/**
 * A phone, upright and on its side: the header fits, a notice covers nothing a finger needs, no
 * hint names a key, every sheet leaves the design in sight above it, a challenge's Hand in is on
 * the screen without scrolling.
 */
type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes share more than a pixel both ways (touching edges do not count). */
const intersect = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

/** The text a person sees on screen: text nodes with a box inside the viewport, not hidden or faded out. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // Inside page.evaluate: the helper must live in the function that runs in the browser.
    // eslint-disable-next-line unicorn/consistent-function-scoping
    const shown = (element: Element) => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.2 || style.clipPath === 'inset(50%)') return false;
      }
      return true;
    };
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim();
      if (!text || !node.parentElement || node.parentElement.closest('style, script, title')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const inside = [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth);
      if (inside && shown(node.parentElement)) texts.push(text);
    }
    return texts;
  });
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** Every node drawn whole on the canvas above `top` (a sheet's top edge): the design in sight, once fitted. */
async function expectDesignAbove(app: AppPage, top: number) {
  await expect(async () => {
    const canvas = await boxOf(app.canvas);
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(top + 1);
    const nodes = await app.canvas.locator('.react-flow__node').all();
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      const box = await boxOf(node);
      expect(box.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(top + 1);
    }
  }).toPass({ timeout: 5000 });
}

for (const [orientation, viewport] of [['upright', { width: 390, height: 844 }], ['on its side', { width: 844, height: 390 }]] as const) {
  test.describe(`a phone ${orientation}, ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test('the header fits: the title, the menus and the tools side by side, none over another, none off the screen', async ({ app, page }) => {
      await app.open();
      const title = await boxOf(app.productName());
      await expect(app.productName()).toHaveAccessibleName('IOV Studio');
      const controls = await app.banner.getByRole('button').all();
      expect(controls.length).toBeGreaterThan(5);
      const boxes: Box[] = [];
      for (const control of controls) {
        const box = await boxOf(control);
        expect(intersect(box, title), `${await control.getAttribute('aria-label') ?? await control.textContent()} clear of the title`).toBe(false);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        for (const other of boxes) expect(intersect(box, other)).toBe(false);
        boxes.push(box);
      }
      const name = await boxOf(app.banner.getByRole('paragraph'));
      for (const box of boxes) expect(intersect(box, name)).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test('a design name too long for the header is shortened there, whole in its tooltip', async ({ app }) => {
      const long = 'Virtualized rack behind thirteen switches, for the architects';
      await app.open(`/${buildFragment({ ...example('virtualized-rack'), name: long })}`);
      const title = app.banner.getByRole('paragraph');
      await expect(title).toHaveAttribute('title', long);
      expect(await title.evaluate((p) => p.scrollWidth > p.clientWidth)).toBe(true);
    });

    test('no text names a key: the notices, the inspector and an unplaced adapter say what a finger does', async ({ app, page }) => {
      await app.open();
      const noKeys = async () => expect((await visibleTexts(page)).filter((t) => /Ctrl|⌘|press [A-Z?]\b|Esc\b/.test(t))).toEqual([]);
      await noKeys();
      await app.banner.getByRole('button', { name: 'Inspector and findings' }).click();
      await expect(app.panels).toContainText('Tap a part or a cable to edit it.');
      await noKeys();
      await app.banner.getByRole('button', { name: 'Inspector and findings' }).click();
      // Undo's notice after a change of the whole design: no "(Ctrl+Z)" on a phone.
      await app.chooseFromDesignMenu('Dedicate the adapters');
      await expect(page.getByRole('status').filter({ hasText: 'Undo brings them back' })).toBeVisible();
      await noKeys();
      // An adapter placed nowhere: drag it, with no "press P".
      await app.banner.getByRole('button', { name: 'Add' }).click();
      await app.paletteItem('FC HBA').click();
      await app.banner.getByRole('button', { name: 'Inspector and findings' }).click();
      await expect(app.panels).toContainText('Not placed: drag it onto a server or an IOV switch.');
      await noKeys();
    });

    test('a notice sits over no button and no part of the design, and leaves Run in reach', async ({ app, page }) => {
      await app.open();
      await app.chooseFromDesignMenu('Dedicate the adapters');
      const toast = page.getByRole('status').filter({ hasText: 'Every server now has adapters of its own' });
      await expect(toast).toBeVisible();
      const box = await boxOf(toast);
      for (const button of await page.getByRole('button').all()) {
        // The notice's own Dismiss button is inside it.
        if (!(await button.isVisible()) || (await button.evaluate((b) => b.closest('[role="status"], [role="alert"]') !== null))) continue;
        expect(intersect(await boxOf(button), box), `${await button.getAttribute('aria-label') ?? await button.textContent()} clear of the notice`).toBe(false);
      }
      for (const node of await app.canvas.locator('.react-flow__node').all()) {
        if (await node.isVisible()) expect(intersect(await boxOf(node), box)).toBe(false);
      }
      await page.getByRole('region', { name: 'Simulation' }).getByRole('button', { name: 'Run', exact: true }).tap();
      await expect(page.getByRole('region', { name: 'Simulation' }).getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    });

    test('every sheet takes at most half the screen, with the whole design in sight above it', async ({ app, page }) => {
      await app.open();
      const half = viewport.height / 2;
      await app.banner.getByRole('button', { name: 'Add' }).click();
      const palette = await boxOf(app.palette);
      expect(palette.height).toBeLessThanOrEqual(half);
      await expectDesignAbove(app, palette.y);
      await app.banner.getByRole('button', { name: 'Add' }).click();
      await app.findingCounts().click();
      await expect(app.panels).toBeVisible();
      const panels = await boxOf(app.panels);
      expect(panels.height).toBeLessThanOrEqual(half);
      await expectDesignAbove(app, panels.y);
      await app.panels.getByRole('button', { name: 'Close the panel' }).click();

      // A lesson, its glossary open: the sheet holds its text and scrolls within half the screen.
      await page.keyboard.press('l');
      await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: 'Start: 1. Where I/O goes' }).click();
      const classroom = new ClassroomPage(page);
      await classroom.lesson.getByRole('button', { name: 'server' }).click();
      await expect(classroom.lesson.getByRole('note')).toBeVisible();
      await classroom.dismissNotice();
      const sheet = await boxOf(page.locator('.classroom-cards'));
      expect(sheet.height).toBeLessThanOrEqual(half);
      await expectDesignAbove(app, sheet.y);
    });

    test('a challenge’s Hand in is on the screen without scrolling', async ({ browser, baseURL }) => {
      // The instructor composes a challenge with every goal on a laptop; the student opens it on the phone.
      const desk = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const instructor = new AppPage(desk);
      await skipWelcome(desk.context());
      await instructor.open(baseURL);
      await instructor.chooseFromDesignMenu('Compose a challenge…');
      const composer = desk.getByRole('dialog', { name: 'Compose a challenge' });
      await composer.getByLabel('Title').fill('Fewer adapters, same service');
      for (const goal of ['At most a number of adapters', 'Survives the failure of an element']) await composer.getByRole('checkbox', { name: goal }).check();
      const link = await composer.getByRole('textbox', { name: 'Challenge link' }).inputValue();
      await desk.close();

      const phone = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
      const page = await phone.newPage();
      await page.goto(link);
      const card = new ClassroomPage(page).challenge();
      const handIn = card.getByRole('button', { name: 'Hand in' });
      await expect(handIn).toBeVisible();
      await expect(handIn).toBeInViewport({ ratio: 1 });
      const box = await boxOf(handIn);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // Its top is hit there, not a layer over it.
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe('Hand in');
      await expect(card.getByRole('button', { name: 'Check my answer' })).toBeInViewport({ ratio: 1 });
      const sheet = await boxOf(page.locator('.classroom-cards'));
      expect(sheet.height).toBeLessThanOrEqual(viewport.height / 2);
      await phone.close();
    });
  });
}
