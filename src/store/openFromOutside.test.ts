import { beforeEach, describe, expect, it } from 'vitest';
import { example, scaleDesign, type Topology } from '../model/index.ts';
import { loadDesign, readRecent } from '../share/autosave.ts';
import { decodeDesignFile, encodeDesignFile } from '../share/designFile.ts';
import { memoryStorage } from '../share/memoryStorage.ts';
import { keyValueDesignStore } from '../share/designStore.ts';
import { buildFragment } from '../share/link.ts';
import { readLocationLink } from '../share/openFromLocation.ts';
import { createAppStore } from './createAppStore.ts';
import { VIEW_ONLY_REASON } from './documentSlice.ts';
import { openDesignFileResult, openLinkInPage, startWithLink } from './openFromOutside.ts';
import { createDesignSession } from './session.ts';

let next = 0;
beforeEach(() => {
  next = 0;
});

/** One browser tab: its store and design session over a shared localStorage (slot ids unique across tabs, as in a browser). */
function tab(local = memoryStorage(), tabStorage = memoryStorage()) {
  const store = createAppStore();
  const locks = { claim: async () => true, release: () => {} };
  const session = createDesignSession(store, { local, tab: tabStorage, locks, newSlotId: () => `slot${++next}` });
  return { store, session, local, tabStorage };
}

const link = (design: Topology, view: { viewOnly?: boolean; lesson?: string } = {}) => readLocationLink(buildFragment(design, view));
const names = (local: ReturnType<typeof memoryStorage>) => readRecent(local).designs.map((d) => d.name);

describe('a link given to a new page', () => {
  it('opens exactly the link’s design in a slot of its own; the designs saved before stay listed', async () => {
    const { store, session, local } = tab();
    const design = scaleDesign(8);
    const first = tab(local);
    await first.session.start();
    first.store.getState().renameDesign('My own rack');
    first.session.leave();

    expect(await startWithLink(store, session, link(design))).toBe(true);
    expect(store.getState().document).toEqual(design);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(names(local)).toEqual([design.name, 'My own rack']);
    expect(store.getState().notice?.text).toBe(`Opened “${design.name}” from the link. Your other designs are kept: Design ▸ Recent designs… brings it back.`);
  });

  it('keeps the view state of the link in the ui state, and a view-only design refuses edits', async () => {
    const { store, session } = tab();
    await startWithLink(store, session, link(example('classic-rack'), { viewOnly: true, lesson: 'pools' }));
    expect(store.getState()).toMatchObject({ viewOnly: true, linkView: { lesson: 'pools' } });
    const before = store.getState().document;
    expect(store.getState().remove(['s1'])).toEqual({ ok: false, reason: VIEW_ONLY_REASON });
    expect(store.getState().document).toBe(before);
    store.getState().setViewOnly(false);
    expect(store.getState().remove(['s1']).ok).toBe(true);
  });

  it('leaves the usual design open when the link cannot be read, and says why', async () => {
    const { store, session } = tab();
    expect(await startWithLink(store, session, readLocationLink('#d=1XZDNasMwEIRfxei8&m=view'))).toBe(true);
    expect(store.getState().document.name).toBe('Virtualized rack');
    expect(store.getState().viewOnly).toBe(false);
    expect(store.getState().dialog).toEqual({
      type: 'open-problem', title: 'This link could not be opened',
      problems: [expect.stringMatching(/^The link is damaged or incomplete\. Ask its author/)],
    });
  });
});

describe('a link given to a page with work open', () => {
  it('never destroys the work: it stays saved, listed, and comes back from the recent designs', async () => {
    const { store, session, local } = tab();
    await session.start();
    store.getState().renameDesign('Unsaved edits');
    store.getState().remove(['s8']);
    const edited = store.getState().document;

    expect(await openLinkInPage(store, session, link(example('classic-rack')))).toBe(true);
    expect(store.getState().document).toEqual(example('classic-rack'));
    expect(store.getState().notice?.text).toBe('Opened “Classic rack” from the link. Your design “Unsaved edits” is kept: Design ▸ Recent designs… brings it back.');
    expect(await loadDesign(keyValueDesignStore(local), 'slot1')).toEqual({ ok: true, topology: edited });

    await session.openRecent('slot1');
    expect(store.getState().document).toEqual(edited);
  });

  it('keeps the design and shows the message when the link is malformed', async () => {
    const { store, session } = tab();
    await session.start();
    store.getState().renameDesign('Mine');
    const mine = store.getState().document;
    expect(await openLinkInPage(store, session, readLocationLink('#d=1abc$%^'))).toBe(true);
    expect(store.getState().document).toBe(mine);
    expect(store.getState().dialog).toMatchObject({ type: 'open-problem', problems: ['The link is damaged or incomplete: character 5 is not part of a link. Ask its author to copy it again, or open the design from a file.'] });
  });

  it('opens nothing over work that could not be saved first (a full storage), and says what to do', async () => {
    const local = memoryStorage();
    const { store, session } = tab(local);
    await session.start();
    local.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    store.getState().renameDesign('Not saved yet');
    expect(await openLinkInPage(store, session, link(example('classic-rack')))).toBe(false);
    expect(store.getState().document.name).toBe('Not saved yet');
    expect(store.getState().dialog).toMatchObject({ type: 'open-problem', title: 'The design was not opened', problems: [expect.stringMatching(/storage is full/), expect.stringMatching(/Save your design as a file/)] });
  });
});

/** Lesson 3's first step, without a design: "Start from the classic rack". */
const lessonLink = () => readLocationLink('#l=move-to-switch&s=1');

describe('a lesson link without a design', () => {
  it('opens the step’s own starting design on a first visit, in place of the untouched example', async () => {
    const { store, session, local } = tab();
    expect(await startWithLink(store, session, lessonLink())).toBe(false);
    expect(store.getState().document).toEqual(example('classic-rack'));
    expect(store.getState().lesson).toMatchObject({ id: 'move-to-switch', step: 0 });
    await session.saveNow();
    expect(names(local)).toEqual(['Classic rack']);
  });

  it('opens the start in a new slot over another design, which stays listed, and says so', async () => {
    const { store, session, local } = tab();
    const first = tab(local);
    await first.session.start();
    first.store.getState().renameDesign('My own rack');
    first.session.leave();

    await startWithLink(store, session, lessonLink());
    expect(store.getState().document).toEqual(example('classic-rack'));
    expect(names(local)).toEqual(['Classic rack', 'My own rack']);
    expect(store.getState().notice?.text).toBe('Opened “Classic rack” from lesson “3. Into the switch”. Your design “My own rack” is kept: Design ▸ Recent designs… brings it back.');
  });

  it('keeps the tab’s own design on a reload: the learner’s work in the lesson', async () => {
    const { store, session, local, tabStorage } = tab();
    await startWithLink(store, session, lessonLink());
    store.getState().remove(['s8']);
    const worked = store.getState().document;
    await session.saveNow();
    session.leave();

    const reloaded = tab(local, tabStorage);
    await startWithLink(reloaded.store, reloaded.session, readLocationLink('#l=move-to-switch&s=2'));
    expect(reloaded.store.getState().document).toEqual(worked);
    expect(reloaded.store.getState().lesson).toMatchObject({ id: 'move-to-switch', step: 1 });
  });

  it('given to an open page, opens the start and keeps the work open before', async () => {
    const { store, session, local } = tab();
    await session.start();
    store.getState().renameDesign('Unsaved edits');
    expect(await openLinkInPage(store, session, readLocationLink('#l=move-to-switch&s=2&m=view'))).toBe(false);
    expect(store.getState().document).toEqual(example('classic-rack'));
    expect(store.getState()).toMatchObject({ viewOnly: true, lesson: { id: 'move-to-switch', step: 1 } });
    expect(names(local)).toContain('Unsaved edits');
  });
});

describe('a design file opened or dropped', () => {
  it('opens in a new slot and keeps the design that was open', async () => {
    const { store, session, local } = tab();
    await session.start();
    const file = decodeDesignFile(encodeDesignFile(example('redundant-virtualized')), 'redundant.iov.json');
    expect(await openDesignFileResult(store, session, 'redundant.iov.json', file)).toBe(true);
    expect(store.getState().document).toEqual(example('redundant-virtualized'));
    expect(names(local)).toEqual([example('redundant-virtualized').name, 'Virtualized rack']);
  });

  it('names the file, the line and column of a syntax error, and keeps the design', async () => {
    const { store, session } = tab();
    await session.start();
    const before = store.getState().document;
    const file = decodeDesignFile('{\n  "version": 1,\n  "nodes": [}\n', 'broken.iov.json');
    expect(await openDesignFileResult(store, session, 'broken.iov.json', file)).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().dialog).toEqual({
      type: 'open-problem', title: '“broken.iov.json” could not be opened',
      problems: [expect.stringMatching(/^broken\.iov\.json:3:13: .*not valid JSON\.$/), 'Choose a design saved by IOV Studio (a .iov.json file).'],
    });
  });
});
