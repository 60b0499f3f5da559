import { expect, test } from './appTest.ts';
import { autosavedDesign } from './pages/sharing.ts';

/** The design is saved as it changes (at most half a second behind) and comes back on reload. */
test('a reload restores the design', async ({ app, page }) => {
  await app.open();
  await app.drag(app.paletteItem('SAN'), await app.canvasPoint(0.15, 0.85));
  await app.field('Label').fill('Backup SAN');
  await app.field('Label').press('Enter');
  await app.server('Idle', 's8').click();
  await page.keyboard.press('Delete');
  await expect(app.server('Idle', 's8')).toHaveCount(0);
  await autosavedDesign(page, (d) => !d.nodes.some((n) => n.id === 's8') && d.nodes.some((n) => n.label === 'Backup SAN'));

  await page.reload();
  await expect(app.node('SAN', 'Backup SAN', 'san2')).toBeVisible();
  await expect(app.server('Idle', 's8')).toHaveCount(0);
  await expect(app.servers()).toHaveCount(7);
  // The history does not survive a reload: the restored design is where undo starts.
  await expect(app.toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('two tabs never overwrite each other’s design', async ({ app, page, context }) => {
  await app.open();
  const other = await context.newPage();
  await other.goto('/');
  // The first tab holds the rack, so the second starts a design of its own, and says why.
  await expect(other.getByRole('banner')).toContainText('Untitled design');
  await expect(other.getByRole('status').filter({ hasText: 'open in other tabs' })).toBeVisible();
  await other.getByRole('button', { name: 'Add Server' }).click();

  await app.server('Web 1', 's1').click();
  await app.field('Label').fill('Web one');
  await app.field('Label').press('Enter');
  await autosavedDesign(page, (d) => d.nodes.some((n) => n.id === 's1' && n.label === 'Web one'));
  await autosavedDesign(other, (d) => d.nodes.some((n) => n.kind === 'server'));
  await page.reload();
  await expect(app.server('Web one', 's1')).toBeVisible();
  await other.reload();
  await expect(other.getByRole('banner')).toContainText('Untitled design');
  await expect(other.getByRole('group', { name: /^Server: Server 1 \(s1\)/ })).toBeVisible();
  await other.close();
});
