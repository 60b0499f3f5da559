import { expect, test } from './appTest.ts';
import { seriousViolations } from './axe.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the editor in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('has no serious or critical violation: editor, inspector, findings, shortcut sheet', async ({ app, page }) => {
      test.setTimeout(120_000);
      await app.open();
      expect(await seriousViolations(page)).toEqual([]);

      // Each step analyses what it changed: the selected server and the inspector; the findings; the sheet.
      await app.server('Web 1', 's1').click();
      await expect(app.field('Label')).toHaveValue('Web 1');
      expect(await seriousViolations(page, '.react-flow__node.selected', '#side-panel')).toEqual([]);

      await app.panels.getByRole('tab', { name: /^Findings/ }).click();
      expect(await seriousViolations(page, '#side-panel')).toEqual([]);

      await page.keyboard.press('Shift+?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    });
  });
}

test('the theme toggle overrides the system, and is remembered', async ({ app, page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  const toggle = app.banner.getByRole('button', { name: /^Theme: / });
  await expect(toggle).toHaveAccessibleName('Theme: follows the system');
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: dark');
  const background = () => app.panels.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgb(26, 31, 38)');
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(app.banner.getByRole('button', { name: /^Theme: / })).toHaveAccessibleName('Theme: dark');
  expect(await background()).toBe('rgb(26, 31, 38)');
});

test('names the palette items, the parts, their ports and the panels', async ({ app }) => {
  await app.open();
  await expect(app.palette.getByRole('button')).toHaveText(['Server', 'IOV switch', 'FC HBA', 'Ethernet NIC', 'SAN', 'LAN'].map((n) => new RegExp(`^${n}`)));
  await expect(app.paletteItem('FC HBA')).toHaveAccessibleName('Add FC HBA');
  await expect(app.port('PCIe port of Web 1 (s1)')).toHaveCount(1);
  await expect(app.port('Port of SAN (san1)')).toHaveCount(1);
  await expect(app.port('Port of HBA 1 (hba1)')).toHaveCount(1);
  await expect(app.panels.getByRole('tab', { name: 'Inspector' })).toBeVisible();
  await expect(app.panels.getByRole('tab', { name: /^Findings/ })).toBeVisible();
});
