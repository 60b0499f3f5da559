import { describe, expect, it } from 'vitest';
import { presenterAction } from './presenterKeys.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const lesson = { hasLesson: true, qrShown: false };
const scene = { hasLesson: false, qrShown: false };

describe('presenter keys', () => {
  it('step through a lesson with the arrows, Space and a clicker', () => {
    for (const k of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter']) expect(presenterAction(key(k), lesson)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presenterAction(key(k), lesson)).toBe('back');
  });

  it('play, pause and step the simulation when no lesson is open', () => {
    expect(presenterAction(key(' '), scene)).toBe('play-pause');
    expect(presenterAction(key('ArrowRight'), scene)).toBe('step-simulation');
    expect(presenterAction(key('ArrowLeft'), scene)).toBeUndefined();
  });

  it('show the QR code with Q; Escape closes it first, then leaves', () => {
    expect(presenterAction(key('q'), lesson)).toBe('toggle-qr');
    expect(presenterAction(key('Q'), lesson)).toBe('toggle-qr');
    expect(presenterAction(key('Escape'), { ...lesson, qrShown: true })).toBe('close-qr');
    expect(presenterAction(key('Escape'), lesson)).toBe('exit');
    // While the code is up, the lesson does not move under it.
    expect(presenterAction(key('ArrowRight'), { ...lesson, qrShown: true })).toBeUndefined();
  });

  it('leave the browser its own shortcuts', () => {
    expect(presenterAction(key('ArrowRight', { altKey: true }), lesson)).toBeUndefined();
    expect(presenterAction(key('q', { ctrlKey: true }), lesson)).toBeUndefined();
    expect(presenterAction(key('r', { metaKey: true }), scene)).toBeUndefined();
  });
});
