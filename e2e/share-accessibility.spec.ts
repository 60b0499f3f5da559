import type { Page } from '@playwright/test';
import { expect, test } from './appTest.ts';
import { seriousViolations } from './axe.ts';
import { shareDialog } from './pages/sharing.ts';

/** Serious or critical axe violations inside the open dialog. */
const dialogViolations = (page: Page) => seriousViolations(page, 'dialog[open]');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the sharing dialogs in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('have no serious or critical violation: share, large QR code, image export, a refused link', async ({ app, page }) => {
      test.setTimeout(120_000);
      await app.open();
      await page.keyboard.press('s');
      await expect(shareDialog(page).getByRole('img', { name: 'QR code of the link' })).toBeVisible();
      expect(await dialogViolations(page)).toEqual([]);
      await shareDialog(page).getByRole('button', { name: 'Show large, for a class' }).click();
      await expect(page.getByRole('dialog', { name: 'Scan to open the design' })).toBeVisible();
      expect(await dialogViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await app.chooseFromDesignMenu('Export image…');
      await expect(page.getByRole('img', { name: /^Preview of / })).toBeVisible({ timeout: 20_000 });
      expect(await dialogViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await page.evaluate(() => { location.hash = '#d=9x'; });
      await expect(page.getByRole('dialog', { name: 'This link could not be opened' })).toContainText('made by a newer IOV Studio');
      expect(await dialogViolations(page)).toEqual([]);
    });
  });
}
