import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { skipWelcome } from './appTest.ts';
import type { Topology } from '../src/model/index.ts';
import { AppPage } from './pages/AppPage.ts';
import { autosavedDesign } from './pages/sharing.ts';

// A bug that crashes one area (forced here through the test hook of src/panels/TestCrash.tsx) must
// not take the page down nor lose the design: the area says so, offers Reload and Download design,
// and saving stops, so the design last saved is what a reload brings back.
// Plain Playwright `test`: React logs each crash it catches as a console error, which the app
// fixture would count; here every console error must be the forced crash.

// A returning visitor: the newcomer's welcome would cover the page.
test.beforeEach(async ({ context }) => skipWelcome(context));

const HEADING = 'Something broke; your design is safe';

async function crash(page: Page, area: string) {
  await page.evaluate((detail) => window.dispatchEvent(new CustomEvent('iov-test-crash', { detail })), area);
}

function onlyForcedCrashes(page: Page): string[] {
  const unexpected: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/A test crashed the [a-z ]+ on purpose/.test(message.text())) unexpected.push(message.text());
  });
  page.on('pageerror', (error) => unexpected.push(error.message));
  return unexpected;
}

test('a crash in the side panel: the rest works, saving stops, the design downloads and a reload brings it back', async ({ page }) => {
  const unexpected = onlyForcedCrashes(page);
  const app = new AppPage(page);
  await app.open();
  await autosavedDesign(page, (design) => design.nodes.some((n) => n.id === 's1'));

  await crash(page, 'side panel');
  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: HEADING }) });
  await expect(notice).toContainText('The side panel stopped working.');
  await expect(app.panels).toBeHidden();
  await expect(page.getByText('Something broke, so saving is paused')).toBeVisible();

  // The canvas still works, but what happens after the crash is not saved over the last good save.
  await app.server('Web 1', 's1').click();
  await page.keyboard.press('Delete');
  await expect(app.server('Web 1', 's1')).toHaveCount(0);
  await page.waitForTimeout(1_500); // three times the autosave's longest delay
  expect((await autosavedDesign(page)).nodes.map((n) => n.id)).toContain('s1');

  // Download design: the design as it is now (without Web 1), as a file that opens again.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download design' }).click()]);
  expect(download.suggestedFilename()).toBe('virtualized-rack.iov.json');
  const downloaded = JSON.parse(readFileSync(await download.path(), 'utf8')) as Topology;
  expect(downloaded.nodes.map((n) => n.id)).not.toContain('s1');
  expect(downloaded.nodes.map((n) => n.id)).toContain('s2');

  // Reload: the design as last saved, Web 1 included, and everything working again.
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(app.server('Web 1', 's1')).toBeVisible();
  await expect(app.panels).toBeVisible();
  await expect(page.getByRole('heading', { name: HEADING })).toHaveCount(0);
  expect(unexpected).toEqual([]);
});

test('a crash of the canvas keeps the header and the panels', async ({ page }) => {
  const unexpected = onlyForcedCrashes(page);
  const app = new AppPage(page);
  await app.open();
  await crash(page, 'canvas');
  await expect(page.getByRole('alert').filter({ hasText: 'The canvas stopped working.' })).toBeVisible();
  await expect(app.canvas).toBeHidden();
  await expect(app.palette).toBeVisible();
  await expect(app.panels).toBeVisible();
  await expect(app.productName()).toBeVisible();
  expect(unexpected).toEqual([]);
});

test('a crash of the whole app still offers Reload and Download design', async ({ page }) => {
  const unexpected = onlyForcedCrashes(page);
  const app = new AppPage(page);
  await app.open();
  await crash(page, 'app');
  const notice = page.getByRole('alert').filter({ hasText: 'The app stopped working.' });
  await expect(notice.getByRole('heading', { name: HEADING })).toBeVisible();
  await expect(app.canvas).toBeHidden();
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download design' }).click()]);
  expect(download.suggestedFilename()).toBe('virtualized-rack.iov.json');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  expect(unexpected).toEqual([]);
});
