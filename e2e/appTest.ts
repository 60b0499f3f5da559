import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

/**
 * `test` with an `app` page object, and a check after every test that the page logged no error
 * to the console and threw none.
 */
export const test = base.extend<{ app: AppPage; consoleErrors: string[] }>({
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
