import { ORIGIN } from './origin.ts';
import { example } from '../src/model/index.ts';
import { buildFragment } from '../src/share/index.ts';
import { expect, test } from './appTest.ts';
import { autosavedDesign } from './pages/sharing.ts';

test('a link opened over unsaved work keeps that work, and the recent designs bring it back', async ({ app, page }) => {
  await app.open();
  await app.server('Idle', 's8').click();
  await page.keyboard.press('Delete');
  await expect(app.servers()).toHaveCount(7);

  // The address changes to a link in the same page (pasted into the address bar, or followed).
  await page.evaluate((fragment) => { location.hash = fragment; }, buildFragment(example('classic-rack')));
  await expect(app.banner).toContainText('Classic rack');
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText('Opened “Classic rack” from the link. Your design “Virtualized rack” is kept: Design ▸ Recent designs… brings it back.');
  expect(await autosavedDesign(page)).toEqual(example('classic-rack'));
  await expect(page).toHaveURL(`${ORIGIN}/`);

  await app.chooseFromDesignMenu('Recent designs…');
  await page.getByRole('button', { name: 'Open Virtualized rack' }).click();
  await expect(app.banner).toContainText('Virtualized rack');
  await expect(app.servers()).toHaveCount(7);
  await expect(app.server('Idle', 's8')).toHaveCount(0);
});
