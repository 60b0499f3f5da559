import { ORIGIN } from './origin.ts';
import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { shareDialog } from './pages/sharing.ts';

test('a view-only link opens without the editing tools, until "Edit this design"', async ({ app, page, context }) => {
  await app.open();
  await page.keyboard.press('s');
  await shareDialog(page).getByRole('checkbox', { name: /^View only/ }).check();
  const link = await shareDialog(page).getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/&m=view$/);

  const viewer = new AppPage(await context.newPage());
  await viewer.open(link.slice(link.indexOf('/', 8)));
  const bar = viewer.page.getByRole('region', { name: 'View only' });
  await expect(bar).toContainText('This shared design opened without the editing tools.');
  await expect(viewer.palette).toHaveCount(0);
  await expect(viewer.toolbar.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(viewer.toolbar.getByRole('button', { name: 'Share…' })).toBeVisible();
  // Keys that edit say why they do nothing; the design stays whole.
  await viewer.server('Idle', 's8').click();
  await viewer.page.keyboard.press('Delete');
  await expect(viewer.page.getByRole('alert')).toContainText('This design is open view-only. Choose "Edit this design" above the canvas to change it.');
  await expect(viewer.servers()).toHaveCount(8);
  await expect(viewer.field('Label')).toBeDisabled();
  // A reload keeps the view (the address keeps m=view, not the design).
  await expect(viewer.page).toHaveURL(`${ORIGIN}/#m=view`);
  await viewer.page.reload();
  await expect(bar).toBeVisible();

  await bar.getByRole('button', { name: 'Edit this design' }).click();
  await expect(bar).toHaveCount(0);
  await expect(viewer.palette).toBeVisible();
  await expect(viewer.page).toHaveURL(`${ORIGIN}/`);
  // The palette coming back narrows the canvas: click once the server has settled and is selected.
  await expect(async () => {
    await viewer.server('Idle', 's8').click();
    await expect(viewer.field('Label')).toHaveValue('Idle', { timeout: 1_000 });
  }).toPass();
  await viewer.page.keyboard.press('Delete');
  await expect(viewer.servers()).toHaveCount(7);
});
