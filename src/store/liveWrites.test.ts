import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand';
import type { AppState } from './appState.ts';
import { addLiveWrite, rewriteLiveFigures, setStyleIfChanged, writersPerFrame } from './liveWrites.ts';

type Run = { simulation: { time: number }; theme: string };
const runStore = () => createStore<Run>()(() => ({ simulation: { time: 0 }, theme: 'light' })) as unknown as StoreApi<AppState> & StoreApi<Run>;

describe('the live layer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes at once, then once per animation frame however many frames of the run came before it', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const store = runStore();
    const seen: number[] = [];
    const stop = addLiveWrite(store, (s) => seen.push(s.simulation.time));
    expect(seen).toEqual([0]);
    store.setState({ simulation: { time: 1 } });
    store.setState({ simulation: { time: 2 } });
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(seen).toEqual([0, 2]);
    // Not the run: no write.
    store.setState({ theme: 'dark' });
    expect(frames).toHaveLength(0);
    stop();
    store.setState({ simulation: { time: 3 } });
    expect(frames).toHaveLength(0);
  });

  it('writes everything again on request, the run unmoved (figures the zoom hid are shown again)', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const store = runStore();
    const a = vi.fn();
    const b = vi.fn();
    addLiveWrite(store, a);
    addLiveWrite(store, b);
    rewriteLiveFigures(store);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([2, 2]);
    expect(frames).toHaveLength(0);
    rewriteLiveFigures(runStore());
    expect(frames).toHaveLength(0);
  });

  it('runs every writer in the same animation frame', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const store = runStore();
    const a = vi.fn();
    const b = vi.fn();
    addLiveWrite(store, a);
    addLiveWrite(store, b);
    store.setState({ simulation: { time: 5 } });
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('spreads the writers of a rack over a few animation frames, in the order they were added', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const store = runStore();
    const seen: number[][] = [];
    for (let i = 0; i < 200; i++) addLiveWrite(store, (s) => (seen[i] ??= []).push(s.simulation.time));
    store.setState({ simulation: { time: 1 } });
    const perFrame: number[] = [];
    while (frames.length > 0) {
      const before = seen.filter((s) => s.includes(1)).length;
      frames.shift()!();
      perFrame.push(seen.filter((s) => s.includes(1)).length - before);
    }
    expect(perFrame).toEqual([64, 64, 64, 8]);
    expect(seen.every((s) => s.join() === '0,1')).toBe(true);
  });

  it('writes the latest frame everywhere when a new one comes halfway through a spread', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const store = runStore();
    const last: number[] = [];
    const calls: number[] = [];
    for (let i = 0; i < 200; i++) addLiveWrite(store, (s) => { last[i] = s.simulation.time; calls[i] = (calls[i] ?? 0) + 1; });
    store.setState({ simulation: { time: 1 } });
    frames.shift()!();
    store.setState({ simulation: { time: 2 } });
    expect(frames).toHaveLength(1);
    let count = 0;
    while (frames.length > 0 && count++ < 10) frames.shift()!();
    expect(count).toBe(4);
    expect(last.every((t) => t === 2)).toBe(true);
    // The first share wrote twice (frames 1 and 2); the others only the latest.
    expect(calls.filter((c) => c === 3)).toHaveLength(64);
    expect(calls.filter((c) => c === 2)).toHaveLength(136);
  });

  it('runs a writer added meanwhile at once, and not again for the same frame of the run', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    const store = runStore();
    const early = vi.fn();
    const late = vi.fn();
    addLiveWrite(store, early);
    store.setState({ simulation: { time: 1 } });
    addLiveWrite(store, late);
    expect(late).toHaveBeenCalledTimes(1);
    frames.shift()!();
    expect(early).toHaveBeenCalledTimes(2);
    expect(late).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it('runs up to 64 writers a frame, or a quarter of a big design', () => {
    expect(writersPerFrame(40)).toBe(64);
    expect(writersPerFrame(250)).toBe(64);
    expect(writersPerFrame(1000)).toBe(250);
  });

  it('writes a style property only when its value changes, whatever the browser reads back', () => {
    const set: [string, string][] = [];
    // A colour reads back in the browser's own form: a compare with the read value always failed.
    const element = { style: { setProperty: (p: string, v: string) => set.push([p, v]), background: 'rgb(224, 160, 48)' } } as unknown as HTMLElement;
    setStyleIfChanged(element, 'background', '#e0a030');
    setStyleIfChanged(element, 'background', '#e0a030');
    setStyleIfChanged(element, 'color', '#000000');
    setStyleIfChanged(element, 'background', '');
    expect(set).toEqual([['background', '#e0a030'], ['color', '#000000'], ['background', '']]);
  });
});
