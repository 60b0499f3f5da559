import { matchesShortcut, type Command, type CommandContext } from './command.ts';
import { COMMANDS } from './registry.ts';

/** Where typing goes to the element, not to the commands: fields, lists with their own keys, menus. */
export function isOwnKeysTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="menu"], [role="listbox"], [role="tablist"], dialog')) return true;
  return false;
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
  if (event.defaultPrevented || event.isComposing || isOwnKeysTarget(event.target)) return false;
  if (context.store.getState().dialog) return false;
  const command = commandForKey(event);
  if (!command) return false;
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
