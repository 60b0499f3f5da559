import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createAppStore } from '../store/index.ts';
import type { CanvasView } from './canvasView.ts';
import { commandForKey, handleKey } from './keyboard.ts';

type Key = { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean };
const keyEvent = (k: Key) => ({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, defaultPrevented: false, target: null, preventDefault() {}, stopPropagation() {}, ...k }) as unknown as KeyboardEvent;

const view: CanvasView = { centre: () => ({ x: 0, y: 0 }), fit() {}, frame() {}, focus() {}, nodeRects: () => [] };

describe('sharing keys', () => {
  it.each([
    [{ key: 's' }, 'share'],
    [{ key: 'S', ctrlKey: true, shiftKey: true }, 'share'],
    [{ key: 's', ctrlKey: true }, 'save-file'],
    [{ key: 's', metaKey: true }, 'save-file'],
    [{ key: 'o', ctrlKey: true }, 'open-file'],
  ])('%o runs %s', (key, id) => {
    expect(commandForKey(keyEvent(key))?.id).toBe(id);
  });

  it('S opens the share dialog, in a view-only design too', () => {
    const store = createAppStore(example('classic-rack'));
    store.getState().setViewOnly(true);
    expect(handleKey(keyEvent({ key: 's' }), { store, view })).toBe(true);
    expect(store.getState().dialog).toEqual({ type: 'share' });
  });
});
