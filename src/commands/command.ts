import type { AppStore } from '../store/index.ts';
import type { DesignSession } from '../store/session.ts';
import type { CanvasView } from './canvasView.ts';

/**
 * A key that runs a command. `mod` is Ctrl, or ⌘ on a Mac (either is accepted everywhere).
 * `key` is KeyboardEvent.key, lower-cased for letters: 'z', 'Delete', 'ArrowUp', '?'.
 */
export type Shortcut = { key: string; mod?: boolean; shift?: boolean; alt?: boolean };

/**
 * What a command may use: the store, the canvas through its narrow interface, and the tab's
 * design session (which design, in which slot) when there is one (not in tests of editing).
 */
export type CommandContext = { store: AppStore; view: CanvasView; session?: DesignSession };

export type CommandGroup = 'Design' | 'Edit' | 'Selection' | 'Cabling and placing' | 'View' | 'Simulation' | 'Help';

/** A user command: one object shared by the toolbar, the menus, the keys and lessons. */
export type Command = {
  id: string;
  label: string;
  group: CommandGroup;
  shortcuts: readonly Shortcut[];
  isEnabled(context: CommandContext): boolean;
  run(context: CommandContext): void;
};

const isLetter = (key: string) => /^[a-z0-9]$/i.test(key);

/** Whether a key press is this shortcut. Shift is checked for letters, arrows and named keys, not for '?'. */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, shortcut: Shortcut): boolean {
  const key = isLetter(event.key) ? event.key.toLowerCase() : event.key;
  if (key !== shortcut.key) return false;
  if ((event.ctrlKey || event.metaKey) !== !!shortcut.mod) return false;
  if (event.altKey !== !!shortcut.alt) return false;
  const printable = key.length === 1 && !isLetter(key);
  return printable || event.shiftKey === !!shortcut.shift;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Delete: 'Delete', Backspace: 'Backspace', Escape: 'Esc',
};

/** How a shortcut is written for people: "Ctrl+Shift+Z" (or "⌘⇧Z" on a Mac). */
export function formatShortcut(shortcut: Shortcut, mac = isMac()): string {
  const key = KEY_NAMES[shortcut.key] ?? shortcut.key.toUpperCase();
  if (mac) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The value of aria-keyshortcuts: "Control+Z Meta+Z". */
export function ariaKeyShortcuts(command: Command): string {
  return command.shortcuts.flatMap((s) => {
    const rest = [s.alt && 'Alt', s.shift && 'Shift', s.key === ' ' ? 'Space' : s.key.length === 1 ? s.key.toUpperCase() : s.key].filter(Boolean).join('+');
    return s.mod ? [`Control+${rest}`, `Meta+${rest}`] : [rest];
  }).join(' ');
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
