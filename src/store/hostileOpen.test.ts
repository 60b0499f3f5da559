// Hostile links and files given to a page with a design open (issue 16, items 4 and 8): whatever
// they hold, the design, its history, the saved designs and the view stay exactly as they were.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { memoryStorage } from '../share/memoryStorage.ts';
import { decodeDesignFile } from '../share/designFile.ts';
import { anyJson, anyText, framed, mutateAt } from '../share/fuzzCorpus.ts';
import { HOSTILE_LINKS } from '../share/hostileLinks.ts';
import { readLocationLink } from '../share/openFromLocation.ts';
import { pack } from '../share/packing.ts';
import { createAppStore } from './createAppStore.ts';
import { openDesignFileResult, openLinkInPage } from './openFromOutside.ts';
import { createDesignSession } from './session.ts';

async function openPage() {
  let next = 0;
  const local = memoryStorage();
  const store = createAppStore();
  const session = createDesignSession(store, { local, tab: memoryStorage(), locks: { claim: async () => true, release: () => {} }, newSlotId: () => `slot${++next}` });
  await session.start();
  store.getState().renameDesign('My rack');
  await session.saveNow();
  const before = { document: store.getState().document, recent: JSON.stringify(session.recent()), viewOnly: store.getState().viewOnly, lesson: store.getState().lesson };
  const unchanged = () => {
    expect(store.getState().document).toBe(before.document);
    expect(JSON.stringify(session.recent())).toBe(before.recent);
    expect(store.getState().viewOnly).toBe(before.viewOnly);
    expect(store.getState().lesson).toEqual(before.lesson);
  };
  return { store, session, unchanged };
}

const PACKED = pack(example('classic-rack'));

describe('a page given hostile links and files', () => {
  it('keeps its design for every named hostile link', async () => {
    const { store, session, unchanged } = await openPage();
    for (const [name, make] of Object.entries(HOSTILE_LINKS)) {
      if (name === 'a label holding HTML and script') continue; // opens, rendered inert: not a refusal
      const link = readLocationLink(`${make()}&m=view&l=where-io-goes&s=2`);
      expect(link.kind, name).toBe('refused');
      await openLinkInPage(store, session, link);
      unchanged();
    }
  });

  it('keeps its design for 300 generated links that are refused', async () => {
    const { store, session, unchanged } = await openPage();
    const hostile = fc.oneof(anyText(200).map((t) => `#d=${t}&m=view`), fc.tuple(fc.nat(), anyJson).map(([choice, value]) => `#d=${framed(JSON.stringify(mutateAt(PACKED, choice, value)))}&m=view&l=where-io-goes`));
    await fc.assert(fc.asyncProperty(hostile, async (hash) => {
      const link = readLocationLink(hash);
      if (link.kind !== 'refused') return; // a replacement that still makes a valid design opens, as it should
      await openLinkInPage(store, session, link);
      unchanged();
    }), { numRuns: 300 });
  });

  it('keeps its design for 200 generated files that are refused', async () => {
    const { store, session, unchanged } = await openPage();
    const design = example('virtualized-rack');
    await fc.assert(fc.asyncProperty(fc.nat(), anyJson, async (choice, value) => {
      const result = decodeDesignFile(JSON.stringify(mutateAt(design, choice, value)), 'hostile.iov.json');
      if (result.ok) return;
      await openDesignFileResult(store, session, 'hostile.iov.json', result);
      unchanged();
    }), { numRuns: 200 });
  });
});
