import { chromium } from '@playwright/test';
import { scaleDesign } from './src/model/index.ts';
import { buildFragment } from './src/share/index.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const n of [200, 1000]) {
  const frag = buildFragment(scaleDesign(n));
  for (const vp of [{ width: 1280, height: 720 }, { width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
    const ctx = await browser.newContext({ viewport: vp, ...(vp.width < 500 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}), serviceWorkers: 'block', colorScheme: vp.width > 1500 ? 'dark' : 'light' });
    await ctx.addInitScript(() => localStorage.setItem('iov-studio:welcome-dismissed', '1'));
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:4311/${frag}`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/mk/scale-${n}-${vp.width}-idle.png` });
    console.log(n, vp.width, await page.locator('.node-name-beside').allTextContents());
    if (vp.width === 1280) {
      await page.getByRole('region', { name: 'Simulation' }).getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForTimeout(5000);
      await page.screenshot({ path: `/tmp/mk/scale-${n}-${vp.width}-running.png` });
    }
    await ctx.close();
  }
}
await browser.close();
