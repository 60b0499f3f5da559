import { expect, test } from './appTest.ts';

test('a corrupt autosave gives a clear message and the example, never a blank page', async ({ app, page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('iov-studio:recent', JSON.stringify([{ slot: 'lab-3', name: 'Lab 3', savedAt: 1 }]));
    localStorage.setItem('iov-studio:design:lab-3', '{"version":1,"name":"Lab 3","nodes":[{"kind":"server"');
  });
  await app.open();
  await expect(page.getByRole('alert')).toContainText(
    'Your autosaved design could not be restored (it is not valid JSON). It was set aside, and the Virtualized rack example is open instead.',
  );
  await expect(app.banner).toContainText('Virtualized rack');
  await expect(app.servers()).toHaveCount(8);
  // Set aside, not lost, and not tried again.
  expect(await page.evaluate(() => localStorage.getItem('iov-studio:damaged:lab-3'))).toContain('"Lab 3"');
  await page.reload();
  await expect(app.banner).toContainText('Virtualized rack');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a design of a newer version is refused with its reason', async ({ app, page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('iov-studio:recent', JSON.stringify([{ slot: 'future', name: 'Future', savedAt: 1 }]));
    localStorage.setItem('iov-studio:design:future', JSON.stringify({ version: 7, name: 'Future', nodes: [], links: [], settings: {} }));
  });
  await app.open();
  await expect(page.getByRole('alert')).toContainText('This design is version 7, made by a newer IOV Studio');
});

test('a full storage is reported, not swallowed', async ({ app, page }) => {
  await app.open();
  // The browser's storage fills up: from now on every write is refused, as browsers do.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.server('Web 1', 's1').click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert')).toContainText('Autosave failed: the browser’s storage for IOV Studio is full');
});
