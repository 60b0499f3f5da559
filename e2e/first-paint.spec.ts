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

// A newcomer's welcome is in index.html too (public/first-paint.js marks a newcomer), so the first
// thing they read does not wait for the app's script; the app's own dialog takes its place.

/** The welcome's words, as drawn: its title, lines and choices (icons and buttons aside). */
const wordsOf = (root: import('@playwright/test').Locator) => root.locator('h2, p, strong, .welcome-choice-text > span').allInnerTexts();

test('before its script arrives, a newcomer already reads the welcome, in the app\'s own words', async ({ browser }) => {
  const waiting = await browser.newContext();
  const page = await waiting.newPage();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  const shell = page.locator('.welcome-shell');
  await expect(shell.getByText('Design and simulate servers that share their I/O adapters.')).toBeVisible();
  const before = await wordsOf(shell);
  await waiting.close();
  // Another newcomer, whose script arrives.
  const arrived = await browser.newContext();
  const app = await arrived.newPage();
  await app.goto('/');
  const dialog = app.getByRole('dialog', { name: 'Welcome to IOV Studio' });
  await expect(dialog).toBeVisible();
  // The stand-in is gone once the dialog is there, and said the same.
  await expect(app.locator('.welcome-shell')).toHaveCount(0);
  expect(await wordsOf(dialog)).toEqual(before);
  await arrived.close();
});

test('the welcome drawn before the script is not shown over a link, nor to a returning visitor', async ({ browser }) => {
  for (const [returning, address] of [[false, '/#view=1'], [true, '/']] as const) {
    const context = await browser.newContext();
    if (returning) await skipWelcome(context);
    const page = await context.newPage();
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(address);
    await expect(page.getByRole('status')).toHaveText(/Opening IOV Studio/);
    await expect(page.getByText('Design and simulate servers that share their I/O adapters.')).toBeHidden();
    await context.close();
  }
});

// The welcome's words wait for the app's font (welcome.css, font-display block). Found only after
// the stylesheet, the font came after the first layout, and the dialog moved as its lines took
// their real height (a layout shift of 0.025 on a phone, Lighthouse). Preloaded with the page
// (scripts/fontPreload.ts), it is asked for beside the stylesheet: Lighthouse's layout shift is 0.
// Only a hint: on a loaded machine the first layout can still come first, so what is checked here
// is the request, not the shift.
test('a newcomer\'s page asks for the welcome\'s font with the page, the very files the welcome uses', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const preloaded = await page.locator('head link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded).toHaveLength(3);
  for (const weight of ['400', '600', '700']) expect(preloaded.some((path) => path.includes(`inter-latin-${weight}-normal`))).toBe(true);
  await expect(page.getByRole('dialog', { name: 'Welcome to IOV Studio' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // Each preloaded file is the one the page then uses, fetched once: no second copy, no unused preload.
  for (const path of preloaded) expect(fonts.filter((font) => font === path)).toHaveLength(1);
});
