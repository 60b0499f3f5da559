import type { Locator, Page } from '@playwright/test';
import { expect, test } from './appTest.ts';
import { elementName } from './pages/AppPage.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

/**
 * Where the keyboard's focus goes after each dialog and menu about a part, and the cables reached
 * with the arrows: a keyboard user never lands on the page's start and never loses their place.
 */
const isFocused = (locator: Locator) => expect.poll(() => locator.evaluate((el) => el === document.activeElement).catch(() => false)).toBe(true);

/** Choose in "Connect to…" or "Place in…" by the keyboard: arrows are not for buttons, Tab is. */
async function choose(page: Page, title: string, choice: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  const target = dialog.getByRole('button', { name: new RegExp(`^${choice.replace(/[()]/g, '\\$&')}`) });
  for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('after Place in… the focus is on the adapter in its new slot; after Connect to…, on the part cabled', async ({ app, page }) => {
  await app.open();
  const iovSwitch = app.iovSwitch('IOV switch', 'sw1');
  await app.paletteItem('FC HBA').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('p');
  await choose(page, 'Place FC HBA 3 in…', 'IOV switch (sw1)');
  const placed = app.slot(iovSwitch, 'FC HBA', 'FC HBA 3', 'hba3');
  await expect(placed).toBeVisible();
  await isFocused(placed);

  // The adapter just placed, cabled to the SAN: the focus stays on it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  await choose(page, 'Connect FC HBA 3 to…', 'SAN (san1)');
  await expect(app.cables('FC')).toHaveCount(3);
  await isFocused(placed);

  // A new SAN cabled from itself to a fourth HBA: the focus is on the SAN.
  await app.paletteItem('FC HBA').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('p');
  await choose(page, 'Place FC HBA 4 in…', 'IOV switch (sw1)');
  await isFocused(app.slot(iovSwitch, 'FC HBA', 'FC HBA 4', 'hba4'));
  await app.paletteItem('SAN').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  await choose(page, 'Connect SAN 2 to…', 'FC HBA 4 (hba4)');
  await expect(app.cables('FC')).toHaveCount(4);
  await isFocused(app.fabric('SAN', 'SAN 2', 'san2'));

  // Escape closes the dialog without a change: the focus is where it was.
  await page.keyboard.press('c');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await isFocused(app.fabric('SAN', 'SAN 2', 'san2'));
});

test('after a rename, Enter or Escape in the label takes the focus back to the part', async ({ app, page }) => {
  await app.open();
  const web1 = app.server('Web 1', 's1');
  await web1.focus();
  await page.keyboard.press('Enter');
  await app.field('Label').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Front 1');
  await page.keyboard.press('Enter');
  const front1 = app.server('Front 1', 's1');
  await isFocused(front1);
  await app.field('Label').focus();
  await page.keyboard.press('Escape');
  await isFocused(front1);
});

test('after a delete the focus is on the nearest part, unselected; with nothing left, on the canvas', async ({ app, page }) => {
  await app.open();
  const db1 = app.server('DB 1', 's3');
  await db1.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(db1).toHaveCount(0);
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  // DB 1's neighbours on the row are Web 2 and DB 2, as near as each other: either will do.
  await expect.poll(focusedName).toMatch(/^Server: (Web 2 \(s2\)|DB 2 \(s4\))/);
  await expect(app.toolbar.getByRole('button', { name: 'Delete' })).toBeDisabled();
  // The arrows go on from there.
  const before = await focusedName();
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedName).not.toBe(before);
  await expect.poll(focusedName).toMatch(/^Server: /);

  // An adapter in a slot: the focus goes to its switch.
  const iovSwitch = app.iovSwitch('IOV switch', 'sw1');
  await app.slot(iovSwitch, 'Ethernet NIC', 'NIC 2', 'nic2').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await isFocused(iovSwitch);

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(0);
  await isFocused(page.locator('.editor-canvas .react-flow'));
});

test('the arrows reach a cable between two parts: selected, and named with its rate and its load', async ({ app, page }) => {
  await app.open();
  const simulation = new SimulationPage(page);
  await simulation.button('Run').click();
  await simulation.waitForTime(1);
  await simulation.button('Pause').click();

  const db2 = app.server('DB 2', 's4');
  await db2.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  const cable = app.canvas.getByRole('img', { name: /^PCIe cable: DB 2 \(s4\) to IOV switch \(sw1\), 3\.36 GB\/s per direction, load \d+ %(,|$)/ });
  await isFocused(cable);
  await expect(app.panels.getByRole('heading', { name: 'PCIe cable l4' })).toBeVisible();
  // Not a Tab stop: Tab from the canvas goes to the parts, not through twelve cables first.
  expect(await cable.getAttribute('tabindex')).toBe('-1');
  // ↓ again: the switch at the cable's other end.
  await page.keyboard.press('ArrowDown');
  await isFocused(app.iovSwitch('IOV switch', 'sw1'));
  await expect(app.iovSwitch('IOV switch', 'sw1')).toHaveAccessibleName(elementName('IOV switch', 'IOV switch', 'sw1'));
});
