import { describe, expect, it } from 'vitest';
import { example, type Topology } from '../model/index.ts';
import { memoryStorage } from '../share/memoryStorage.ts';
import { PROGRESS_KEY } from '../curriculum/progress.ts';
import { createAppStore } from '../store/index.ts';
import { createFakeSimulationClient } from '../store/fakeSimulationClient.ts';
import { openLinkInPage } from '../store/openFromOutside.ts';
import type { DesignSession } from '../store/session.ts';
import type { CanvasView } from './canvasView.ts';
import type { CommandContext } from './command.ts';
import { handleKey } from './keyboard.ts';
import { goToStep, moveInLesson } from './lessonCommands.ts';
import { enterPresenter } from './presenterCommands.ts';

const view: CanvasView = { centre: () => ({ x: 0, y: 0 }), fit: () => {}, frame: () => {}, focus: () => {}, nodeRects: () => [] };

function setup(stored?: string) {
  const client = createFakeSimulationClient();
  const storage = memoryStorage();
  if (stored !== undefined) storage.setItem(PROGRESS_KEY, stored);
  const store = createAppStore(example('virtualized-rack'), { createSimulationClient: () => client, simulationDisplayIntervalMs: 0, lessonStorage: () => storage });
  const context: CommandContext = { store, view };
  const key = (k: string, shiftKey = false) => {
    const event = new KeyboardEventLike(k, shiftKey);
    return { used: handleKey(event as unknown as KeyboardEvent, context), prevented: event.defaultPrevented };
  };
  return { client, storage, store, context, key };
}

/** Enough of a KeyboardEvent for the keyboard's path, in Node. */
class KeyboardEventLike {
  defaultPrevented = false;
  readonly ctrlKey = false;
  readonly metaKey = false;
  readonly altKey = false;
  readonly isComposing = false;
  readonly target = null;
  constructor(readonly key: string, readonly shiftKey: boolean) {}
  preventDefault() { this.defaultPrevented = true; }
  stopPropagation() {}
}

describe('lesson steps', () => {
  it('open a step with its starting design, and keep an untouched one as it is', async () => {
    const { store, context } = setup();
    expect(await goToStep(context, 'move-to-switch', 0)).toBe(true);
    expect(store.getState().document.name).toBe('Classic rack');
    expect(store.getState().lesson).toEqual({ id: 'move-to-switch', step: 0, hintShown: false });
    const opened = store.getState().document;
    expect(await goToStep(context, 'move-to-switch', 0)).toBe(true);
    expect(store.getState().document).toBe(opened);
    expect(await goToStep(context, 'no-such-lesson', 0)).toBe(false);
  });

  it("open a step with a start on no run and no notice, even on the same design as the last lesson's run", async () => {
    const { client, store, context } = setup();
    await goToStep(context, 'idle-adapters', 0);
    store.getState().playSimulation();
    client.say({ type: 'state', playback: 'done', time: 10, speed: 1 });
    expect(store.getState().simulation.status).toBe('done');
    store.getState().notify('info', 'HBA 1 failed at 2 s of simulated time.');
    // Lesson 3 starts from the classic rack too: the same design, but not lesson 2's run.
    await goToStep(context, 'move-to-switch', 0);
    expect(store.getState().document.name).toBe('Classic rack');
    expect(store.getState().simulation.status).toBe('empty');
    expect(store.getState().simulation.runDocument).toBeNull();
    expect(store.getState().notice).toBeNull();
  });

  it('go Next (a read step is then done) and Back, never past the ends, keeping the design', async () => {
    const { store, context, storage } = setup();
    await goToStep(context, 'move-to-switch', 0);
    const design = store.getState().document;
    moveInLesson(context, -1);
    expect(store.getState().lesson?.step).toBe(0);
    moveInLesson(context, 1);
    await Promise.resolve();
    expect(store.getState().lesson?.step).toBe(1);
    expect(store.getState().document).toBe(design);
    expect(store.getState().lessonProgress).toEqual({ 'move-to-switch': [0] });
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ 'move-to-switch': [0] });
  });

  it('keep the steps another tab recorded meanwhile', async () => {
    const { store, context, storage } = setup();
    await goToStep(context, 'move-to-switch', 0);
    storage.setItem(PROGRESS_KEY, '{"size-it":[2]}');
    moveInLesson(context, 1);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ 'size-it': [2], 'move-to-switch': [0] });
    expect(store.getState().lessonProgress).toEqual({ 'size-it': [2], 'move-to-switch': [0] });
  });

  it('start from stored progress, and from none when the store is corrupt', () => {
    expect(setup('{"size-it":[0,1]}').store.getState().lessonProgress).toEqual({ 'size-it': [0, 1] });
    expect(setup('{"size-it":[0,').store.getState().lessonProgress).toEqual({});
  });

  it('open from a link at the step it names, counted from 1, on the lesson\'s starting design; an unknown lesson is said, not thrown', async () => {
    const { store } = setup();
    const session = { openDesign: async (topology: Topology) => (store.getState().load(topology), true) } as unknown as DesignSession;
    await openLinkInPage(store, session, { kind: 'view', view: { viewOnly: false, lesson: 'move-to-switch', step: 2 } });
    expect(store.getState().lesson).toEqual({ id: 'move-to-switch', step: 1, hintShown: false });
    // Step 2 builds on step 1's start, the classic rack: the link holds no design, the lesson's is opened.
    expect(store.getState().document).toEqual(example('classic-rack'));
    await openLinkInPage(store, session, { kind: 'view', view: { viewOnly: false, lesson: 'nope', step: 1 } });
    expect(store.getState().notice?.tone).toBe('problem');
    expect(store.getState().notice?.text).toContain('“nope”');
  });
});

describe('presenter mode', () => {
  it('plays the simulation on entering a step that says so', async () => {
    const { client, store, context } = setup();
    await goToStep(context, 'pooling-and-queueing', 0);
    enterPresenter(context);
    expect(store.getState().presenting).toBe(true);
    expect(client.methods()).not.toContain('play');
    await goToStep(context, 'pooling-and-queueing', 1);
    expect(client.methods()).toEqual(['load', 'play']);
  });

  it('steps with the arrows and Space, shows the QR code with Q, and leaves with Escape (the code first)', async () => {
    const { store, context, key } = setup();
    await goToStep(context, 'move-to-switch', 0);
    enterPresenter(context);
    expect(key('ArrowRight')).toEqual({ used: true, prevented: true });
    await Promise.resolve();
    expect(store.getState().lesson?.step).toBe(1);
    key(' ');
    await Promise.resolve();
    expect(store.getState().lesson?.step).toBe(2);
    key('ArrowLeft');
    await Promise.resolve();
    expect(store.getState().lesson?.step).toBe(1);
    key('q');
    expect(store.getState().presenterQr).toBe(true);
    key('Escape');
    expect(store.getState()).toMatchObject({ presenterQr: false, presenting: true });
    key('Escape');
    expect(store.getState().presenting).toBe(false);
  });

  it('leaves editing keys alone while presenting, but not the simulation\'s', () => {
    const { client, store, context, key } = setup();
    enterPresenter(context);
    store.getState().select(['s1']);
    expect(key('Delete').used).toBe(false);
    expect(store.getState().document.nodes.some((n) => n.id === 's1')).toBe(true);
    expect(key('r').used).toBe(true);
    expect(client.methods()).toEqual(['load', 'play']);
    expect(key('P', true).used).toBe(true);
    expect(store.getState().presenting).toBe(false);
  });
});
