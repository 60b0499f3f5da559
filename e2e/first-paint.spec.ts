import { expect, test } from '@playwright/test';
import { skipWelcome } from './appTest.ts';

// index.html draws the page's frame before the app's script arrives (a classroom's slow network:
// seconds), and React draws the real frame over it.

test('before its script arrives, the page shows its name and that it is opening, in the chosen theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  await context.addInitScript(() => localStorage.setItem('iov-studio:theme', 'dark'));
  const page = await context.newPage();
  // The app's script never arrives.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'IOV Studio' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/Opening IOV Studio/);
  // A dark choice made in this browser is on the page before its first paint, not after the app's script.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await context.close();
});

test('with JavaScript off, the page says why nothing opens', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // Playwright's text matching skips <noscript>; the rendered text (innerText) has it.
  await expect(page.getByRole('status')).toContainText('needs JavaScript: allow it for this site, then reload.', { useInnerText: true });
  await context.close();
});

test('the app replaces the waiting frame with its own', async ({ page, context }) => {
  await skipWelcome(context);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Design', exact: true })).toBeVisible();
  await expect(page.getByText('Opening IOV Studio')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'IOV Studio' })).toHaveCount(1);
});
