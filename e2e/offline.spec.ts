import { expect, test } from '@playwright/test';
import { skipWelcome } from './appTest.ts';

// The service worker is what this spec is about (blocked by default in playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// A returning visitor: the newcomer's welcome would cover the page.
test.beforeEach(async ({ context }) => skipWelcome(context));

// After one visit, the app and the engine work with no network: the service worker (vite-plugin-pwa)
// precaches every built file. Classrooms have poor Wi-Fi.
test('after one visit, the app and the simulation open with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/IOV Studio/);
  // The worker claims the page once it has precached everything.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page).toHaveTitle(/IOV Studio/);
  await expect(page.locator('#root > *').first()).toBeVisible();
  // A lesson handed out as a link opens with no network too: lessons are part of the app.
  await page.goto('/#l=where-io-goes&s=2');
  await expect(page.getByRole('region', { name: 'Lesson' })).toContainText('Step 2 of 4');
  await expect(page.getByRole('region', { name: 'Lesson' })).toContainText('Give the server an FC HBA');

  await page.goto('/selfcheck.html?design=classic-rack&duration=1');
  await expect(page.getByLabel(/^Status: /)).toHaveText('done', { timeout: 30_000 });
  await expect(page.getByLabel(/^Fingerprint: /)).toHaveText(/^[0-9a-f]{8}$/);
});
