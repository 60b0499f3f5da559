import { openLink } from '../src/share/index.ts';
import type { ServerNode } from '../src/model/index.ts';
import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { autosavedDesign, shareDialog } from './pages/sharing.ts';

const CAP = 'Storage cap (MB/s, megabytes)';
const s1Of = (design: { nodes: { id: string }[] }) => design.nodes.find((n) => n.id === 's1') as ServerNode;

/**
 * A server's QoS from the inspector: its fields say what they do and in which unit, an impossible
 * value is refused where it was typed, a cap is one undo step, and a share link carries it.
 */
test('a storage cap set in the inspector is refused when impossible, undone, and carried by the link', async ({ app, page, context }) => {
  await app.open();
  await app.server('Web 1', 's1').click();
  await expect(app.panels.getByRole('heading', { name: 'Server s1' })).toBeVisible();
  const toggle = app.panels.getByRole('button', { name: 'QoS in shared pools' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(app.panels.getByRole('group', { name: 'QoS in shared pools' })).toBeVisible();
  const cap = app.field(CAP);
  await expect(cap).toHaveValue('');
  await expect(cap).toHaveAccessibleDescription('Reads and writes together never go faster; the excess waits at the server, never dropped.');
  await expect(app.field('Network cap (Mb/s, megabits)')).toBeVisible();
  await expect(app.field('Queue depth (I/Os per class)')).toHaveValue('');

  // Impossible: refused where it was typed, nothing changed, nothing to undo.
  await cap.fill('0');
  await cap.press('Enter');
  await expect(cap).toHaveAttribute('aria-invalid', 'true');
  await expect(app.panels.getByRole('alert')).toHaveText('Storage cap must be between 0.1 and 100,000 MB/s, or empty for none.');
  const undo = app.toolbar.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();

  // A cap of 150 MB/s, then a guarantee above it, refused with both figures.
  await cap.fill('150');
  await cap.press('Enter');
  await expect(cap).not.toHaveAttribute('aria-invalid');
  const capped = await autosavedDesign(page, (d) => s1Of(d).qos !== undefined);
  expect(s1Of(capped).qos).toEqual({ storage: { maxMBps: 150 } });
  const guarantee = app.field('Storage guarantee (MB/s, megabytes)');
  await guarantee.fill('200');
  await guarantee.press('Enter');
  await expect(app.panels.getByRole('alert')).toHaveText('The guarantee (200 MB/s) would be above the cap (150 MB/s): a server cannot be promised more than it may use. Lower the guarantee or raise the cap.');
  await guarantee.press('Escape');

  // The link carries it: decoded, and opened in a new tab with the field showing it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.toolbar.getByRole('button', { name: 'Share…' }).click();
  const dialog = shareDialog(page);
  const link = await dialog.getByLabel('Link', { exact: true }).inputValue();
  const decoded = openLink(link);
  expect(decoded.ok && s1Of(decoded.topology).qos).toEqual({ storage: { maxMBps: 150 } });
  const [second] = await Promise.all([context.waitForEvent('page'), dialog.getByRole('link', { name: 'Open in a new tab' }).click()]);
  const opened = new AppPage(second);
  await opened.server('Web 1', 's1').click();
  // A server with QoS shows its QoS unfolded.
  await expect(opened.panels.getByRole('button', { name: 'QoS in shared pools' })).toHaveAttribute('aria-expanded', 'true');
  await expect(opened.field(CAP)).toHaveValue('150');
  await second.close();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // One undo step takes the cap away, and the server has no qos at all again.
  await undo.click();
  await expect(app.field(CAP)).toHaveValue('');
  const undone = await autosavedDesign(page, (d) => s1Of(d).qos === undefined);
  expect('qos' in s1Of(undone)).toBe(false);
});
