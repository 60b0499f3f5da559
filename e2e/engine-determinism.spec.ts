import { expect, test } from '@playwright/test';
import { example } from '../src/model/index.ts';
import { hashResult, simulate } from '../src/sim/index.ts';

// The same design and seed give the same results in Node and in Chromium: the self-check page runs
// the engine in the browser and shows a fingerprint of every figure; this test computes Node's and
// compares. Every figure must be identical to the bit, the percentiles too (their histogram reads a
// value's bits instead of taking a logarithm: src/sim/stats/logLinearHistogram.ts).

/** The result as indented JSON text, so that a difference names its figure. */
function comparable(result: unknown): string {
  return JSON.stringify(result, null, 1);
}

for (const [design, seed] of [['virtualized-rack', 1], ['redundant-virtualized', 7], ['classic-rack', 3]] as const) {
  test(`${design}, seed ${seed}: Chromium's figures are Node's`, async ({ page }) => {
    await page.goto(`/selfcheck.html?design=${design}&seed=${seed}&duration=4`);
    const fingerprint = page.getByLabel(/^Fingerprint: /);
    await expect(fingerprint).toBeVisible({ timeout: 30_000 });
    const node = simulate(example(design), { seed, duration: 4 });
    const browser = await page.evaluate(() => JSON.stringify((window as unknown as { iovSelfCheck: unknown }).iovSelfCheck));
    expect(comparable(JSON.parse(browser))).toBe(comparable(node));
    await expect(page.getByLabel(/^Events: /)).toHaveText(String(node.events));
    await expect(fingerprint).toHaveText(hashResult(node));
  });
}

test('the self-check page explains an unknown design', async ({ page }) => {
  await page.goto('/selfcheck.html?design=nope');
  await expect(page.getByLabel(/^Status: /)).toHaveText(/unknown design "nope": use classic-rack/);
});
