import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
/** A change event can go missing (seen under load in headless Chromium): the value is checked this often too. */
const CHECK_MS = 1000;

/**
 * One watcher for the page, however many components ask (every cable does, on every render): one
 * MediaQueryList, one listener, one timer, and the last value seen.
 */
const listeners = new Set<() => void>();
let current = false;
let stop: (() => void) | null = null;

function read(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.(QUERY).matches;
}

function check(): void {
  const next = read();
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!stop && typeof window !== 'undefined' && window.matchMedia) {
    current = read();
    const list = window.matchMedia(QUERY);
    list.addEventListener('change', check);
    const timer = setInterval(check, CHECK_MS);
    stop = () => {
      list.removeEventListener('change', check);
      clearInterval(timer);
    };
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      stop?.();
      stop = null;
    }
  };
}

const snapshot = () => (stop ? current : read());

/** Whether the person asked for less motion (the system setting): then numbers and colours only. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
