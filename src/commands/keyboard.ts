import { matchesShortcut, type Command, type CommandContext } from './command.ts';
import { handlePresenterKey, worksWhilePresenting } from './presenterCommands.ts';
import { COMMANDS } from './registry.ts';

const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ', 'Escape']);
const FILE_KEYS = new Set(['s', 'o']);

/**
 * Where a key goes to the element, not to the commands: every key in a dialog, and in a text field
 * being typed in (Ctrl+Z undoes the typing there); in a field whose value is applied, undo and redo
 * are the app's; in a list of choices every key but Ctrl/⌘ ones, which it has no use for; the keys
 * that move within it in a menu, a list box or a row of tabs.
 */
export function isOwnKeysTarget(target: EventTarget | null, key = '', mod = false): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('dialog')) return true;
  if (target.closest('input, textarea, [contenteditable="true"]')) {
    // Saving or opening the design from a field is the app's, not the browser's "Save page as".
    if (mod && FILE_KEYS.has(key.toLowerCase())) return false;
    const historyKey = mod && (key.toLowerCase() === 'z' || key.toLowerCase() === 'y');
    return !historyKey || target.closest('[data-dirty]') !== null;
  }
  if (target.closest('select')) return !mod;
  return NAVIGATION_KEYS.has(key) && target.closest('[role="menu"], [role="listbox"], [role="tablist"]') !== null;
}

export function commandForKey(event: KeyboardEvent, commands: readonly Command[] = COMMANDS): Command | undefined {
  return commands.find((command) => command.shortcuts.some((s) => matchesShortcut(event, s)));
}

/**
 * Run the command a key press asks for, if it is enabled: the one keyboard path of the app.
 * Returns whether the key was used (then it goes no further: React Flow would also move a
 * selected node with the arrows).
 */
export function handleKey(event: KeyboardEvent, context: CommandContext): boolean {
  if (event.defaultPrevented || event.isComposing || isOwnKeysTarget(event.target, event.key, event.ctrlKey || event.metaKey)) return false;
  if (context.store.getState().dialog) return false;
  const presenting = context.store.getState().presenting;
  if (presenting && handlePresenterKey(event, context)) return true;
  const command = commandForKey(event);
  if (!command || (presenting && !worksWhilePresenting(command))) return false;
  // Ctrl+C over text someone selected in a panel copies that text, as everywhere else.
  if ((command.id === 'copy' || command.id === 'cut') && hasTextSelection()) return false;
  if (!command.isEnabled(context)) return false;
  event.preventDefault();
  event.stopPropagation();
  command.run(context);
  return true;
}

function hasTextSelection(): boolean {
  return typeof window !== 'undefined' && window.getSelection?.()?.isCollapsed === false;
}
