import { expect, test } from './appTest.ts';
import { markersOverText } from './legibility/markersOverText.ts';
import { allVisits, openScreen, scanScreen, screenName, visitName, type Screen } from './legibility/screens.ts';
import type { TextScan } from './legibility/scanText.ts';

/**
 * Issue 15's scan, as a reader would meet each screen: the three designs at the three sizes, idle
 * and 4 s into a run (one page each: scanned idle, then Run), presenter mode and the dark theme.
 * Every visible text is readable: none on another, none under an overlay, none cut short, no word
 * split, none under 9 px; every node shows its name (or, on the 64-server rack's narrow tiles, the
 * name's number); presenter text is large enough for a room; no traffic marker is drawn on (or
 * within a pixel of) a text of the diagram while a run plays.
 * MEASURE=1 prints each screen's counts (the figures in the issue's note); SHOTS=dir saves each screen.
 */

for (const visit of allVisits()) {
  test(`every text is readable: ${visitName(visit)}`, async ({ browser }) => {
    test.setTimeout(60_000 * visit.length);
    const page = await openScreen(browser, visit[0]!);
    for (const screen of visit) {
      const name = screenName(screen);
      const shot = process.env.SHOTS ? `${process.env.SHOTS}/${name.replaceAll(' ', '_')}.png` : undefined;
      expectReadable(name, screen, await scanScreen(page, screen, shot));
      if (screen.running) {
        const markers = await page.evaluate(markersOverText, 1);
        expect(markers.layer, `${name}: the markers' canvas drawn`).toBe(true);
        if (process.env.MEASURE) console.log(`MEASURE ${name} | diagram texts looked at for markers ${markers.texts}`);
        expect(markers.over, `${name}: traffic markers drawn over texts`).toEqual([]);
      }
    }
    await page.context().close();
  });
}

function expectReadable(name: string, screen: Screen, scan: TextScan) {
  const unlabelled = scan.nodes.filter((id) => !scan.labelledNodes.includes(id));
  if (process.env.MEASURE) console.log(`MEASURE ${name} | texts ${scan.texts} | overlaps ${scan.overlaps.length} | covered ${scan.covered.length} | truncated ${scan.truncated.length} | broken ${scan.brokenWords.length} | tiny ${scan.tiny.length} | smallest ${scan.smallestPx} | unlabelled ${unlabelled.length}/${scan.nodes.length}`);
  expect(scan.texts, name).toBeGreaterThan(10);
  expect(scan.overlaps, `${name}: texts drawn over each other`).toEqual([]);
  expect(scan.covered, `${name}: texts under another element`).toEqual([]);
  expect(scan.truncated, `${name}: texts cut short`).toEqual([]);
  expect(scan.brokenWords, `${name}: words split over two lines`).toEqual([]);
  expect(scan.tiny, `${name}: texts under 9 px`).toEqual([]);
  // A fitted view leaves the overlays' room free (the 64-server rack's cables may pass under them).
  expect(scan.overlaysOnNodes, `${name}: overlays over nodes after the fit`).toEqual([]);
  // Every node says which it is: its name, or on a fitted rack's narrow tiles the name's number.
  expect(scan.nodes.length, name).toBeGreaterThanOrEqual(10);
  expect(unlabelled, `${name}: nodes whose name is hidden`).toEqual([]);
  if (screen.presenter) {
    const room = screen.viewport.width >= 1920 ? 24 : 18;
    expect(scan.smallestPx, `${name}: the smallest text in presenter mode`).toBeGreaterThanOrEqual(room - 0.05);
  }
}
