import type { Page } from '@playwright/test';
import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { ComparePage } from './pages/ComparePage.ts';
import { SimulationPage } from './pages/SimulationPage.ts';
import { shareDialog } from './pages/sharing.ts';

// The built app under its Content-Security-Policy (scripts/contentSecurityPolicy.ts): every screen
// and dialog is visited and the page must report no `securitypolicyviolation` at all, whether an
// injected <style>, an inline style attribute, an eval (zod's code generation) or an image source.

// The app as deployed, its service worker included (blocked by default in playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

type Violation = { directive: string; blocked: string; sample: string; source: string };

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    }, true);
  });
});

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.cspViolations ?? []);
}

/** Checks after each screen, so that a failure names the screen. */
async function expectNone(page: Page, screen: string) {
  expect(await violations(page), `CSP violations on ${screen}`).toEqual([]);
}

async function closeDialog(page: Page, name: string | RegExp) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name })).toBeHidden();
}

// Without the `app` fixture: the refusals provoked here are logged as console errors, which the
// fixture fails every other test on.
test('the built page carries a strict policy, and a violation would be seen', async ({ page }) => {
  await new AppPage(page).open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await expectNone(page, 'the editor');

  // The check itself: what a hostile label would need (a <style> element, a style attribute in
  // markup, an inline script) is refused, and reported. Styles set through the CSSOM, as React's
  // style props do, are not inline styles in CSP's sense and pass.
  const outcome = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'csp-probe';
    document.body.append(probe);
    const style = document.createElement('style');
    style.textContent = '#csp-probe { outline: 9px solid red; }';
    document.head.append(style);
    const marked = document.createElement('div');
    marked.setAttribute('style', 'outline: 9px solid red');
    document.body.append(marked);
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.body.append(script);
    const viaCssom = document.createElement('div');
    viaCssom.style.outline = '9px solid red';
    document.body.append(viaCssom);
    const result = {
      styleElement: getComputedStyle(probe).outlineStyle,
      styleAttribute: getComputedStyle(marked).outlineStyle,
      inlineScript: (window as { inlineScriptRan?: boolean }).inlineScriptRan === true,
      cssom: getComputedStyle(viaCssom).outlineStyle,
    };
    for (const element of [probe, style, marked, script, viaCssom]) element.remove();
    return result;
  });
  expect(outcome).toEqual({ styleElement: 'none', styleAttribute: 'none', inlineScript: false, cssom: 'solid' });
  await expect.poll(async () => (await violations(page)).map((v) => v.directive).toSorted())
    .toEqual(['script-src-elem', 'style-src-attr', 'style-src-elem']);
});

test('the editor: design menu, shortcut sheet, share with its QR code, image export, tidy-up, dark theme', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.open();
  await app.banner.getByRole('button', { name: 'Design', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'New design' })).toBeVisible();
  await expectNone(page, 'the Design menu');
  await page.keyboard.press('Escape');

  await app.server('Web 1', 's1').click();
  await expect(app.field('Label')).toHaveValue('Web 1');
  await app.panels.getByRole('tab', { name: /^Findings/ }).click();
  await expectNone(page, 'the inspector and findings');

  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNone(page, 'the shortcut sheet');
  await closeDialog(page, 'Keyboard shortcuts');

  await app.toolbar.getByRole('button', { name: 'Share…' }).click();
  await expect(shareDialog(page).getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await expectNone(page, 'the Share dialog');
  await closeDialog(page, 'Share');

  await app.chooseFromDesignMenu('Export image…');
  const exportDialog = page.getByRole('dialog', { name: 'Export image' });
  for (const format of ['PNG', 'SVG']) {
    await exportDialog.getByRole('radio', { name: new RegExp(`^${format} `) }).check();
    // A PNG at 2x by default; the PNG draws the SVG on a canvas, its font inline (img-src blob:).
    const name = format === 'PNG' ? 'virtualized-rack@2x.png' : 'virtualized-rack.svg';
    await expect(exportDialog.getByRole('img', { name: `Preview of ${name}` })).toBeVisible({ timeout: 60_000 });
    await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: `Download ${name}` }).click()]);
  }
  await expectNone(page, 'the Export image dialog');
  await closeDialog(page, 'Export image');

  // Tidy-up runs ELK in its own worker (worker-src 'self').
  await page.keyboard.press('Shift+L');
  await expect(page.getByRole('status').filter({ hasText: /Tidied up \d+ nodes/ })).toBeVisible({ timeout: 30_000 });
  await expectNone(page, 'the tidy-up');

  for (const item of ['Recent designs…', 'Virtualize the design…', 'Compose a challenge…']) {
    await app.chooseFromDesignMenu(item);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNone(page, item);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }

  await app.banner.getByRole('button', { name: /^Theme: / }).click();
  await app.banner.getByRole('button', { name: /^Theme: / }).click();
  await expectNone(page, 'the other themes');
});

test('lessons, the spotlight and presenter mode with its QR code', async ({ app, page }) => {
  const classroom = new ClassroomPage(page);
  await app.open();
  await classroom.startLesson('4. Pooling and queueing');
  await expectNone(page, 'a lesson step with a spotlight');
  await page.keyboard.press('Shift+P');
  await expect(classroom.presenter).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(classroom.presenter).toContainText('step 2 of 4');
  await page.keyboard.press('q');
  await expect(page.getByRole('dialog', { name: 'QR code of this view' }).getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await expectNone(page, 'presenter mode');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(classroom.presenter).toBeHidden();
  await expectNone(page, 'the lesson after presenting');
});

test('a run to its end, with its charts', async ({ app, page }) => {
  const simulation = new SimulationPage(page);
  await app.open();
  await simulation.runToEnd();
  const panel = await simulation.openTab();
  await expect(panel.getByRole('button', { name: /as CSV$/ }).first()).toBeVisible({ timeout: 30_000 });
  await expectNone(page, 'a finished run and its charts');
});

test('compare, prices and sizing', async ({ app, page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page, app);
  await app.open();
  await compare.openClassicRack();
  await compare.compare();
  await expectNone(page, 'the compare view');
  await closeDialog(page, 'Dedicated and virtualized');
  await app.chooseFromDesignMenu('Prices and power…');
  await expect(compare.prices).toBeVisible();
  await expectNone(page, 'the price table');
  await closeDialog(page, 'Prices and power');
  await compare.sizePools();
  await expectNone(page, 'the sizing dialog');
});

test('the engine check pages', async ({ page }) => {
  for (const path of ['/selfcheck.html', '/workercheck.html?duration=2']) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await expect(page.locator('body')).not.toBeEmpty();
    await page.waitForTimeout(1_500);
    await expectNone(page, path);
  }
});

test('a link that cannot be opened, and its message', async ({ app, page }) => {
  void app; // for its check that the console stays clean
  await page.goto('/#d=not-a-design');
  await expect(page.getByRole('dialog', { name: 'This link could not be opened' })).toBeVisible();
  await expectNone(page, 'the refused-link dialog');
});
