import type { StoreApi } from 'zustand';
import type { AppState } from './appState.ts';

/** Writes a run's figures straight to elements a component drew (refs), reading the store's state. */
export type LiveWrite = (state: AppState) => void;

type LiveWrites = { writers: Set<LiveWrite>; pending: number; unsubscribe: (() => void) | null };

const perStore = new WeakMap<StoreApi<AppState>, LiveWrites>();

/** The next animation frame, or at once where there is none (Node, a hidden page's tests). */
const nextFrame = (run: () => void): number => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (run(), 0));

/**
 * The live layer of issue 17: a run's figures reach the diagram without a React render. Components
 * render the structure (a chip, a label, a path) and add a writer; every new frame of the run
 * schedules one animation frame in which all writers run, so their attribute and style writes are
 * batched together, and a frame arriving before it only moves the figures it will show.
 */
export function addLiveWrite(store: StoreApi<AppState>, write: LiveWrite): () => void {
  let live = perStore.get(store);
  if (!live) {
    live = { writers: new Set(), pending: 0, unsubscribe: null };
    perStore.set(store, live);
  }
  const layer = live;
  layer.writers.add(write);
  if (!layer.unsubscribe) {
    layer.unsubscribe = store.subscribe((state, previous) => {
      if (state.simulation === previous.simulation || layer.pending !== 0) return;
      layer.pending = nextFrame(() => {
        layer.pending = 0;
        const now = store.getState();
        for (const writer of layer.writers) writer(now);
      }) || 0;
    });
  }
  write(store.getState());
  return () => {
    layer.writers.delete(write);
    if (layer.writers.size > 0) return;
    layer.unsubscribe?.();
    layer.unsubscribe = null;
    if (layer.pending !== 0 && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(layer.pending);
    layer.pending = 0;
  };
}

/**
 * Sets an attribute only when it changes (a write of the same value still costs a style pass),
 * compared with what was last written here: reading hundreds of attributes back each frame showed
 * in a profile. Only for attributes React does not render itself.
 */
export function setAttributeIfChanged(element: Element, name: string, value: string): void {
  const written = writtenOf(element);
  const key = `@${name}`;
  if (written.get(key) === value) return;
  written.set(key, value);
  element.setAttribute(name, value);
}

export function setTextIfChanged(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** The attribute and inline style values the live layer last wrote, per element. */
const writtenValues = new WeakMap<Element, Map<string, string>>();

function writtenOf(element: Element): Map<string, string> {
  let written = writtenValues.get(element);
  if (!written) {
    written = new Map();
    writtenValues.set(element, written);
  }
  return written;
}

/**
 * Sets an inline style property (CSS name: `background`, `stroke-width`) only when it changes.
 * Compared with what was last written here, not read back: the browser serializes a colour in its
 * own form (`#e0a030` reads back as `rgb(224, 160, 48)`), so a read never matched and every frame
 * wrote, and restyled, every chip of a rack.
 */
export function setStyleIfChanged(element: HTMLElement | SVGElement, property: string, value: string): void {
  const written = writtenOf(element);
  if (written.get(property) === value) return;
  written.set(property, value);
  element.style.setProperty(property, value);
}
