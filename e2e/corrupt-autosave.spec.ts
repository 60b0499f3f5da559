import { expect, test } from './appTest.ts';
import { storedDesignText } from './pages/sharing.ts';
import { example } from '../src/model/index.ts';

// Both seed localStorage as earlier versions saved designs: the start moves them to IndexedDB first.
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
  expect(await storedDesignText(page, 'iov-studio:damaged:lab-3')).toContain('"Lab 3"');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':design:') || key.includes(':damaged:')))).toEqual([]);
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

test('a full storage is reported, saying what to delete, and the design stays on screen', async ({ app, page }) => {
  await app.open();
  // The browser's storage fills up: from now on every write of a design is refused, as browsers do.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.server('Web 1', 's1').click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert')).toContainText('Autosave failed: the browser’s storage for IOV Studio is full');
  await expect(page.getByRole('alert')).toContainText('Delete old designs (Design ▸ Recent designs…)');
  await expect(app.server('Web 1', 's1')).toHaveCount(0);
  await expect(app.servers()).toHaveCount(7);
});

test('a design autosaved by an earlier version (in localStorage) opens, moved to IndexedDB', async ({ app, page }) => {
  const before = JSON.stringify({ ...example('classic-rack'), name: 'Kept from before' });
  await page.addInitScript((design) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('iov-studio:recent', JSON.stringify([{ slot: 'kept', name: 'Kept from before', savedAt: 1 }]));
    localStorage.setItem('iov-studio:design:kept', design);
  }, before);
  await app.open();
  await expect(app.banner).toContainText('Kept from before');
  await expect(app.servers()).toHaveCount(8);
  expect(await storedDesignText(page, 'iov-studio:design:kept')).toContain('Kept from before');
  expect(await page.evaluate(() => localStorage.getItem('iov-studio:design:kept'))).toBeNull();
  await page.reload();
  await expect(app.banner).toContainText('Kept from before');
});
