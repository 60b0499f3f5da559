import { test } from '@playwright/test';
import { allScreens, openAndScan, screenName } from './legibility/screens.ts';

// Measuring only (MEASURE=1): prints each screen's counts and a sample of each defect.
test.skip(!process.env.MEASURE, 'set MEASURE=1 to measure');
for (const screen of allScreens()) {
  test(`measure ${screenName(screen)}`, async ({ browser }) => {
    test.setTimeout(90_000);
    const name = screenName(screen).replaceAll(' ', '_');
    const { page, scan } = await openAndScan(browser, screen, process.env.SHOTS ? `${process.env.SHOTS}/${name}.png` : undefined);
    const hidden = scan.nodes.filter((id) => !scan.labelledNodes.includes(id));
    console.log(`MEASURE ${screenName(screen)} | texts ${scan.texts} | overlaps ${scan.overlaps.length} | covered ${scan.covered.length} | truncated ${scan.truncated.length} | broken ${scan.brokenWords.length} | tiny ${scan.tiny.length} | smallest ${scan.smallestPx} | unlabelled ${hidden.length}/${scan.nodes.length}`);
    if (process.env.DETAIL) console.log(JSON.stringify({ overlaps: scan.overlaps.slice(0, 15), covered: scan.covered.slice(0, 10), truncated: scan.truncated.slice(0, 8), broken: scan.brokenWords.slice(0, 5), tiny: scan.tiny.slice(0, 5), hidden: hidden.slice(0, 10) }, null, 1));
    await page.context().close();
  });
}
