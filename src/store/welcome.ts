import type { KeyValueStore } from '../share/autosave.ts';

/** Set once the newcomer's welcome was closed, by any of its choices: it is not shown again. */
export const WELCOME_KEY = 'iov-studio:welcome-dismissed';

/** Whether this browser has seen the welcome; a storage that cannot be read counts as seen (no nagging). */
export function welcomeDismissed(storage: KeyValueStore | undefined): boolean {
  try {
    return storage ? storage.getItem(WELCOME_KEY) !== null : true;
  } catch {
    return true;
  }
}

export function rememberWelcomeDismissed(storage: KeyValueStore | undefined): void {
  try {
    storage?.setItem(WELCOME_KEY, '1');
  } catch {
    // A full or refused storage: the welcome may come back next time, nothing worse.
  }
}
