/**
 * What a key does in presenter mode: a clicker (they send PageDown/PageUp or the arrows) or the
 * keyboard steps through the lesson; without a lesson, through the simulation (a "scene").
 */
export type PresenterAction = 'next' | 'back' | 'play-pause' | 'step-simulation' | 'toggle-qr' | 'close-qr' | 'exit';

export type PresenterKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function presenterAction(event: PresenterKey, state: { hasLesson: boolean; qrShown: boolean }): PresenterAction | undefined {
  // Ctrl+R, Alt+Tab and the like are the browser's and the system's.
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const { key } = event;
  if (key === 'Escape') return state.qrShown ? 'close-qr' : 'exit';
  if (key === 'q' || key === 'Q') return 'toggle-qr';
  if (state.qrShown) return undefined;
  if (state.hasLesson) {
    if (NEXT_KEYS.has(key)) return 'next';
    if (BACK_KEYS.has(key)) return 'back';
    return undefined;
  }
  if (key === ' ' || key === 'Enter') return 'play-pause';
  if (key === 'ArrowRight' || key === 'PageDown') return 'step-simulation';
  return undefined;
}
