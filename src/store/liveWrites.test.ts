import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand';
import type { AppState } from './appState.ts';
import { addLiveWrite, setStyleIfChanged } from './liveWrites.ts';

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
