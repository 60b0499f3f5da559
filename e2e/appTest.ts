import { test as base, expect, type BrowserContext } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

/** The key src/store/welcome.ts reads: set, the newcomer's welcome does not open. */
export const WELCOME_KEY = 'iov-studio:welcome-dismissed';

/** As after a first visit: the welcome was closed once, so the app opens straight on the design. */
export async function skipWelcome(context: BrowserContext) {
  await context.addInitScript((key) => {
    try {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, '1');
    } catch {
      // A page whose storage is refused sees no welcome anyway.
    }
  }, WELCOME_KEY);
}

/**
 * `test` with an `app` page object, and a check after every test that the page logged no error
 * to the console and threw none. Pages open as a returning visitor's (no welcome) unless a spec
 * says `test.use({ firstVisit: true })`.
 */
export const test = base.extend<{ app: AppPage; consoleErrors: string[]; firstVisit: boolean }>({
  firstVisit: [false, { option: true }],
  context: async ({ context, firstVisit }, use) => {
    if (!firstVisit) await skipWelcome(context);
    await use(context);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  app: async ({ page, consoleErrors }, use) => {
    void consoleErrors;
    await use(new AppPage(page));
  },
});

export { expect };
