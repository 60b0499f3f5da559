import type { Locator, Page } from '@playwright/test';
import { expect, test } from './appTest.ts';

/** Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user does. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Tab never reached the element');
}

/** Choose in the "Connect to…" or "Place in…" dialog: the first choice has the focus; Tab to another. */
async function choose(page: Page, title: string, choice: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: new RegExp(`^${choice.replace(/[()]/g, '\\$&')}`) }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('builds a small design with the keyboard alone', async ({ app, page }) => {
  // Some two hundred key presses: a long journey, given room on a busy machine.
  test.slow();
  await app.open();
  await tabTo(page, app.banner.getByRole('button', { name: 'Design', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'New design' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.banner).toContainText('Untitled design');

  // Enter on a palette item adds it in the middle of the view, selected; the focus stays there.
  await tabTo(page, app.paletteItem('Server'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(app.paletteItem('IOV switch')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added IOV switch 1 (sw1), selected' })).toBeVisible();
  await page.keyboard.press('c');
  await choose(page, 'Connect IOV switch 1 to…', 'Server 1 (s1)');
  await expect(app.cables('PCIe')).toHaveCount(1);

  for (const [kind, id] of [['FC HBA', 'hba1'], ['Ethernet NIC', 'nic1']] as const) {
    await tabTo(page, app.paletteItem(kind), true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    await choose(page, `Place ${kind} 1 in…`, 'IOV switch 1 (sw1)');
    await expect(app.slot(app.node('IOV switch', 'IOV switch 1', 'sw1'), kind, `${kind} 1`, id)).toBeVisible();
  }
  for (const [kind, adapter] of [['SAN', 'FC HBA 1 (hba1)'], ['LAN', 'Ethernet NIC 1 (nic1)']] as const) {
    await tabTo(page, app.paletteItem(kind), true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('c');
    await choose(page, `Connect ${kind} 1 to…`, adapter);
  }
  await expect(app.cables('FC')).toHaveCount(1);
  await expect(app.cables('Ethernet')).toHaveCount(1);
  await expect(app.findingCounts()).toHaveAccessibleName(/^Findings: 0 errors, /);

  // The arrows move the selection from part to part through the cables between them (↑ from the
  // switch: the PCIe cable entering its top; ↑ again: the server at its other end), Shift and an
  // arrow nudges, Delete removes, Ctrl+Z brings back.
  await page.keyboard.press('Escape');
  await tabTo(page, app.iovSwitch('IOV switch 1', 'sw1'), true);
  await page.keyboard.press('Enter');
  const inspected = app.panels.getByRole('heading', { level: 3 }).first();
  await expect(inspected).toHaveText('IOV switch sw1');
  await page.keyboard.press('ArrowUp');
  await expect(inspected).toHaveText(/^PCIe cable l\d+$/);
  await expect(page.locator(':focus')).toHaveAccessibleName(/^PCIe cable: Server 1 \(s1\) to IOV switch 1 \(sw1\), .+ per direction, load not simulated yet/);
  await page.keyboard.press('ArrowUp');
  await expect(inspected).toHaveText('Server s1');
  await page.keyboard.press('Escape');
  await tabTo(page, app.node('SAN', 'SAN 1', 'san1'));
  await page.keyboard.press('Enter');
  await expect(app.panels.getByRole('heading', { name: 'SAN san1' })).toBeVisible();
  const at = (await app.node('SAN', 'SAN 1', 'san1').boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await app.node('SAN', 'SAN 1', 'san1').boundingBox())!.x).toBeGreaterThan(at.x + 10);
  await page.keyboard.press('Delete');
  await expect(app.node('SAN', 'SAN 1', 'san1')).toHaveCount(0);
  await expect(app.cables('FC')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(app.cables('FC')).toHaveCount(1);

  // ? shows every shortcut; Escape closes it.
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('region', { name: 'Cabling and placing' })).toContainText('Connect to…');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
