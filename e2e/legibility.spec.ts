import { expect, test } from './appTest.ts';
import { markersOverText } from './legibility/markersOverText.ts';
import { allScreens, openAndScan, screenName } from './legibility/screens.ts';

/**
 * Issue 15's scan, as a reader would meet each screen: the three designs at the three sizes, idle
 * and 4 s into a run, presenter mode and the dark theme. Every visible text is readable: none on
 * another, none under an overlay, none cut short, no word split, none under 9 px; every node's
 * name shows on the two 15-node examples; presenter text is large enough for a room; no traffic
 * marker is drawn on (or within a pixel of) a text of the diagram while a run plays.
 * MEASURE=1 prints each screen's counts (the figures in the issue's note); SHOTS=dir saves each screen.
 */
const FIFTEEN_NODE = new Set(['virtualized-rack', 'classic-rack', 'noisy-neighbour']);

for (const screen of allScreens()) {
  test(`every text is readable: ${screenName(screen)}`, async ({ browser }) => {
    test.setTimeout(90_000);
    const shot = process.env.SHOTS ? `${process.env.SHOTS}/${screenName(screen).replaceAll(' ', '_')}.png` : undefined;
    const { page, scan } = await openAndScan(browser, screen, shot);
    const unlabelled = scan.nodes.filter((id) => !scan.labelledNodes.includes(id));
    if (process.env.MEASURE) console.log(`MEASURE ${screenName(screen)} | texts ${scan.texts} | overlaps ${scan.overlaps.length} | covered ${scan.covered.length} | truncated ${scan.truncated.length} | broken ${scan.brokenWords.length} | tiny ${scan.tiny.length} | smallest ${scan.smallestPx} | unlabelled ${unlabelled.length}/${scan.nodes.length}`);
    expect(scan.texts).toBeGreaterThan(10);
    expect(scan.overlaps, 'texts drawn over each other').toEqual([]);
    expect(scan.covered, 'texts under another element').toEqual([]);
    expect(scan.truncated, 'texts cut short').toEqual([]);
    expect(scan.brokenWords, 'words split over two lines').toEqual([]);
    expect(scan.tiny, 'texts under 9 px').toEqual([]);
    // A fitted view leaves the overlays' room free (the 64-server rack's cables may pass under them).
    expect(scan.overlaysOnNodes, 'overlays over nodes after the fit').toEqual([]);
    if (screen.running) {
      const markers = await page.evaluate(markersOverText, 1);
      expect(markers.layer, 'the markers\' canvas drawn').toBe(true);
      if (process.env.MEASURE) console.log(`MEASURE ${screenName(screen)} | diagram texts looked at for markers ${markers.texts}`);
      expect(markers.over, 'traffic markers drawn over texts').toEqual([]);
    }
    if (FIFTEEN_NODE.has(screen.design)) {
      expect(scan.nodes.length).toBeGreaterThanOrEqual(10);
      expect(unlabelled, 'nodes whose name is hidden').toEqual([]);
    }
    if (screen.presenter) {
      const room = screen.viewport.width >= 1920 ? 24 : 18;
      expect(scan.smallestPx, 'the smallest text in presenter mode').toBeGreaterThanOrEqual(room - 0.05);
    }
    await page.context().close();
  });
}
