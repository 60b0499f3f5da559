import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { buildFragment } from '../../src/share/index.ts';
import { EXAMPLES, dedicate, scaleDesign } from '../../src/model/index.ts';
import { ORIGIN } from '../origin.ts';
import { skipWelcome } from '../appTest.ts';
import { scanText, type TextScan } from './scanText.ts';

/** The designs issue 15 measured: the two 15-node examples and the 64-server classic rack; and issue 18's noisy neighbour, its server queue on show. */
export type DesignName = 'virtualized-rack' | 'classic-rack' | 'rack-64' | 'noisy-neighbour';

export type Screen = {
  design: DesignName;
  viewport: { width: number; height: number };
  phone?: boolean;
  running?: boolean;
  presenter?: boolean;
  dark?: boolean;
  /** A lesson open at its first step, its card over the canvas (the link's design stands). */
  lesson?: string;
};

function designPath(design: DesignName, lesson?: string): string {
  if (design === 'virtualized-rack') return lesson ? `/${buildFragment(EXAMPLES[design].build(), { lesson, step: 1 })}` : '/';
  if (design === 'classic-rack' || design === 'noisy-neighbour') return `/${buildFragment(EXAMPLES[design].build())}`;
  const dedicated = dedicate(scaleDesign(64));
  if (!dedicated.ok) throw new Error(dedicated.reason);
  return `/${buildFragment(dedicated.topology)}`;
}

export function screenName(s: Screen): string {
  return [s.design, `${s.viewport.width}x${s.viewport.height}`, s.running ? 'running' : 'idle',
    s.presenter ? 'presenter' : '', s.dark ? 'dark' : '', s.lesson ? `lesson ${s.lesson}` : ''].filter(Boolean).join(' ');
}

/** The 19 screens of the issue, plus 1280x720 in the dark theme, presenter mode running (1920 and 1280), and the noisy neighbour running at the three sizes. */
export function allScreens(): Screen[] {
  const screens: Screen[] = [];
  const views = [
    { viewport: { width: 1280, height: 720 } },
    { viewport: { width: 1920, height: 1080 } },
    { viewport: { width: 390, height: 844 }, phone: true },
  ];
  for (const design of ['virtualized-rack', 'classic-rack', 'rack-64'] as const) {
    for (const view of views) for (const running of [false, true]) screens.push({ design, ...view, running });
  }
  screens.push({ design: 'virtualized-rack', viewport: { width: 1920, height: 1080 }, presenter: true });
  screens.push({ design: 'virtualized-rack', viewport: { width: 1920, height: 1080 }, presenter: true, running: true });
  screens.push({ design: 'classic-rack', viewport: { width: 1280, height: 720 }, presenter: true, running: true });
  screens.push({ design: 'virtualized-rack', viewport: { width: 1280, height: 720 }, dark: true });
  // Issue 18: Backup's queue at the server, a chip above its tile zoomed out, a line in it zoomed in.
  for (const view of views) screens.push({ design: 'noisy-neighbour', ...view, running: true });
  // A lesson's card at the bottom and the run's legend at the top right of a projector's canvas.
  screens.push({ design: 'virtualized-rack', viewport: { width: 1280, height: 720 }, running: true, lesson: 'pooling-and-queueing' });
  return screens;
}

/** The screens as visits: a screen seen idle and running is one page, scanned idle and then 4 s into its run. */
export function allVisits(): Screen[][] {
  const visits = new Map<string, Screen[]>();
  for (const screen of allScreens()) {
    const place = screenName({ ...screen, running: false });
    visits.set(place, [...(visits.get(place) ?? []), screen]);
  }
  return [...visits.values()].map((screens) => screens.toSorted((a, b) => Number(!!a.running) - Number(!!b.running)));
}

export function visitName(visit: readonly Screen[]): string {
  const phases = visit.map((s) => (s.running ? 'running' : 'idle')).join(', then ');
  return screenName({ ...visit[0]!, running: false }).replace(' idle', ` ${phases}`);
}

/** Opens a screen's design in a fresh page of its own size, as a person would get to it. */
export async function openScreen(browser: Browser, screen: Screen): Promise<Page> {
  const context = await browser.newContext({
    baseURL: ORIGIN, viewport: screen.viewport, colorScheme: screen.dark ? 'dark' : 'light', serviceWorkers: 'block',
    ...(screen.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  // A returning visitor's screen: the newcomer's welcome would cover it.
  await skipWelcome(context);
  const page = await context.newPage();
  await page.goto(designPath(screen.design, screen.lesson));
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  // Let the first fit settle (fonts, measured nodes).
  await page.waitForTimeout(800);
  if (screen.presenter) {
    await page.keyboard.press('Shift+P');
    await expect(page.getByRole('region', { name: 'Presenter' })).toBeVisible();
    await page.waitForTimeout(800);
  }
  return page;
}

/** Brings the open page to the screen (4 s into a run when it is a running one) and scans its texts. */
export async function scanScreen(page: Page, screen: Screen, shot?: string): Promise<TextScan> {
  if (screen.running) {
    // In presenter mode the room's keys: Space plays.
    if (screen.presenter) await page.keyboard.press('Space');
    else await page.getByRole('region', { name: 'Simulation' }).getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForTimeout(4000);
  }
  if (shot) await page.screenshot({ path: shot });
  return page.evaluate(scanText, { tinyPx: 9 });
}
