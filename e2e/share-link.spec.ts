import { ORIGIN } from './origin.ts';
import { example } from '../src/model/index.ts';
import { openLink } from '../src/share/index.ts';
import { hashResult, simulate } from '../src/sim/index.ts';
import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { autosavedDesign, shareDialog } from './pages/sharing.ts';

test('a shared link opens the same design in a new page, with the same simulation numbers', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  // The author's own design: the idle server removed.
  await app.server('Idle', 's8').click();
  await page.keyboard.press('Delete');
  await expect(app.servers()).toHaveCount(7);
  const authored = await autosavedDesign(page, (d) => !d.nodes.some((n) => n.id === 's8'));

  await app.toolbar.getByRole('button', { name: 'Share…' }).click();
  const dialog = shareDialog(page);
  const link = await dialog.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`^${ORIGIN.replaceAll('.', '\\.')}/#d=1[\\w-]+$`));
  await expect(dialog.getByText(`${link.length} characters`)).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('✓ Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const [second] = await Promise.all([context.waitForEvent('page'), dialog.getByRole('link', { name: 'Open in a new tab' }).click()]);
  const opened = new AppPage(second);
  await expect(opened.server('Web 1', 's1')).toBeVisible();
  await expect(opened.servers()).toHaveCount(7);
  await expect(opened.banner).toContainText('Virtualized rack');
  // The design now lives in the new tab's autosave; the address forgets it, so a reload keeps later edits.
  await expect(second).toHaveURL(`${ORIGIN}/`);
  const received = await autosavedDesign(second);
  expect(received).toEqual(authored);
  const decoded = openLink(link);
  expect(decoded.ok && decoded.topology).toEqual(authored);
  expect(authored).not.toEqual(example('virtualized-rack'));
  // Same design, settings and seed: the same figures, to the bit (SIMULATION.md). A different seed would differ.
  expect(received.settings).toEqual(authored.settings);
  const figures = hashResult(simulate(authored));
  expect(hashResult(simulate(received))).toBe(figures);
  expect(hashResult(simulate(received, { seed: authored.settings.seed + 1 }))).not.toBe(figures);

  await second.reload();
  await expect(opened.servers()).toHaveCount(7);
  await expect(second.getByRole('dialog')).toHaveCount(0);
});
