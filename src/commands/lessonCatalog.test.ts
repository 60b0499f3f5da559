import { afterEach, describe, expect, it, vi } from 'vitest';
import { example } from '../model/index.ts';
import type { CanvasView } from './canvasView.ts';
import type { DesignSession } from '../store/session.ts';

const view: CanvasView = { centre: () => ({ x: 0, y: 0 }), fit: () => {}, frame: () => {}, focus: () => {}, nodeRects: () => [] };

/** Fresh modules: the catalog's loaded state is the module's own. */
async function fresh() {
  const { createAppStore } = await import('../store/index.ts');
  const { createFakeSimulationClient } = await import('../store/fakeSimulationClient.ts');
  const catalog = await import('../store/lessonCatalog.ts');
  const { openLinkInPage } = await import('../store/openFromOutside.ts');
  const { goToStep, moveInLesson } = await import('./lessonCommands.ts');
  const store = createAppStore(example('classic-rack'), { createSimulationClient: createFakeSimulationClient });
  return { store, context: { store, view }, catalog, openLinkInPage, goToStep, moveInLesson };
}

afterEach(() => {
  vi.doUnmock('../curriculum/stepNavigation.ts');
  vi.resetModules();
});

describe('the lesson catalog, fetched on first use', () => {
  it('is not there before a lesson is opened; opening one waits for it', async () => {
    const { store, context, catalog, goToStep, moveInLesson } = await fresh();
    expect(catalog.lessonCatalog()).toBeUndefined();
    expect(store.getState().openLesson('move-to-switch', 0)).toBe(false);
    // Next before any lesson: nothing happens, nothing throws.
    moveInLesson(context, 1);
    expect(store.getState().lesson).toBeNull();
    expect(await goToStep(context, 'move-to-switch', 1)).toBe(true);
    expect(catalog.lessonCatalog()?.placeOf('move-to-switch', 1)?.lesson.title).toBe('3. Into the switch');
    expect(store.getState().lesson).toEqual({ id: 'move-to-switch', step: 1, hintShown: false });
  });

  it('says so, and leaves the design and the view-only mode a link asked for, when it cannot be fetched', async () => {
    vi.doMock('../curriculum/stepNavigation.ts', () => { throw new TypeError('Failed to fetch dynamically imported module'); });
    const { store, context, catalog, openLinkInPage, goToStep } = await fresh();
    const design = store.getState().document;
    await openLinkInPage(store, {} as DesignSession, { kind: 'view', view: { viewOnly: true, lesson: 'move-to-switch', step: 2 } });
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().viewOnly).toBe(true);
    expect(store.getState().document).toBe(design);
    expect(store.getState().notice).toMatchObject({ tone: 'problem', text: catalog.CATALOG_MISSING });
    store.getState().dismissNotice();
    expect(await goToStep(context, 'move-to-switch', 0)).toBe(false);
    expect(store.getState().notice).toMatchObject({ tone: 'problem', text: catalog.CATALOG_MISSING });
  });
});
