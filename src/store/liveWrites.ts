import type { StoreApi } from 'zustand';
import type { AppState } from './appState.ts';

/** Writes a run's figures straight to elements a component drew (refs), reading the store's state. */
export type LiveWrite = (state: AppState) => void;

/**
 * The writers of one store, in the order they were added (components mount in the diagram's
 * order, so neighbours on screen sit together), the run's frame each last wrote (`version`) and
 * where the next animation frame's share starts.
 */
type LiveWrites = {
  writers: Set<LiveWrite>;
  order: LiveWrite[] | null;
  writtenAt: Map<LiveWrite, number>;
  version: number;
  stale: number;
  cursor: number;
  pending: number;
  unsubscribe: (() => void) | null;
};

/** Writers one animation frame runs at most before leaving the rest to the next frames. */
export const WRITERS_PER_FRAME = 64;
/** Frames a run's frame is spread over at most: the run sends ten a second, six display frames apart. */
export const SPREAD_FRAMES = 4;

const perStore = new WeakMap<StoreApi<AppState>, LiveWrites>();

/** The next animation frame, or at once where there is none (Node, a hidden page's tests). */
const nextFrame = (run: () => void): number => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (run(), 0));

/** How many writers one animation frame runs: all of a small design's, a share of a rack's. */
export function writersPerFrame(writers: number): number {
  return Math.max(WRITERS_PER_FRAME, Math.ceil(writers / SPREAD_FRAMES));
}

function orderOf(layer: LiveWrites): LiveWrite[] {
  if (layer.order) return layer.order;
  const order = [...layer.writers];
  layer.order = order;
  layer.cursor = 0;
  layer.stale = order.filter((w) => (layer.writtenAt.get(w) ?? -1) < layer.version).length;
  return order;
}

/**
 * One animation frame's share of the writes: the next writers (from where the last frame stopped)
 * that have not yet written the run's latest frame. Another frame is asked for while some have not.
 */
function writeShare(layer: LiveWrites, store: StoreApi<AppState>): void {
  layer.pending = 0;
  const order = orderOf(layer);
  const budget = writersPerFrame(order.length);
  const state = store.getState();
  let written = 0;
  for (let seen = 0; seen < order.length && written < budget && layer.stale > 0; seen++) {
    const writer = order[layer.cursor]!;
    layer.cursor = (layer.cursor + 1) % order.length;
    if ((layer.writtenAt.get(writer) ?? -1) >= layer.version) continue;
    layer.writtenAt.set(writer, layer.version);
    layer.stale--;
    written++;
    writer(state);
  }
  // Under budget means every writer was visited: none is left behind, whatever the count said.
  if (written < budget) layer.stale = 0;
  if (layer.stale > 0 && layer.pending === 0) layer.pending = nextFrame(() => writeShare(layer, store)) || 0;
}

/** Every writer writes the run's latest frame at the next animation frames (spread as a new frame's writes are). */
function writeAllAgain(layer: LiveWrites, store: StoreApi<AppState>): void {
  layer.version++;
  layer.stale = layer.writers.size;
  if (layer.pending === 0) layer.pending = nextFrame(() => writeShare(layer, store)) || 0;
}

/**
 * The figures written again though the run has not moved: writers skip figures the zoom hides
 * (canvas/figuresShown.ts), and the label placement calls this when the view has settled.
 */
export function rewriteLiveFigures(store: StoreApi<AppState>): void {
  const layer = perStore.get(store);
  if (layer && layer.writers.size > 0) writeAllAgain(layer, store);
}

function layerOf(store: StoreApi<AppState>): LiveWrites {
  let live = perStore.get(store);
  if (!live) {
    live = { writers: new Set(), order: null, writtenAt: new Map(), version: 0, stale: 0, cursor: 0, pending: 0, unsubscribe: null };
    perStore.set(store, live);
  }
  return live;
}

/**
 * The live layer of issue 17: a run's figures reach the diagram without a React render. Components
 * render the structure (a chip, a label, a path) and add a writer; every new frame of the run
 * schedules an animation frame in which the writers run, so their attribute and style writes are
 * batched together, and a frame arriving before it only moves the figures it will show. A big
 * rack's writers are spread over a few display frames (writersPerFrame), in the diagram's order:
 * all at once, their restyle, repaint and the tiles they dirty made one long frame in six.
 */
export function addLiveWrite(store: StoreApi<AppState>, write: LiveWrite): () => void {
  const layer = layerOf(store);
  layer.writers.add(write);
  layer.order = null;
  layer.writtenAt.set(write, layer.version);
  if (!layer.unsubscribe) {
    layer.unsubscribe = store.subscribe((state, previous) => {
      if (state.simulation !== previous.simulation) writeAllAgain(layer, store);
    });
  }
  write(store.getState());
  return () => {
    layer.writers.delete(write);
    layer.writtenAt.delete(write);
    layer.order = null;
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
