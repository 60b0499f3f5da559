import { createContext, useContext, useEffect } from 'react';
import { useAppStore, useHistory } from '../store/hooks.ts';
import type { Command, CommandContext } from './command.ts';
import { handleKey } from './keyboard.ts';

/** The commands' context for components: toolbar, menus and dialogs run commands with it. */
export const CommandsContext = createContext<CommandContext | null>(null);

export function useCommandContext(): CommandContext {
  const context = useContext(CommandsContext);
  if (!context) throw new Error('useCommandContext needs a <CommandsContext.Provider> above it (see App.tsx).');
  return context;
}

const selectHistoryState = (s: { pastStates: unknown[]; futureStates: unknown[] }) => `${s.pastStates.length}/${s.futureStates.length}`;

/** Whether a command can run now; the component re-renders when that may have changed. */
export function useCommandEnabled(command: Command): boolean {
  const context = useCommandContext();
  // What any command's isEnabled reads; each selector returns a stored value, so no new object.
  useAppStore((s) => s.document);
  useAppStore((s) => s.selected);
  useAppStore((s) => s.clipboard);
  useHistory(selectHistoryState);
  return command.isEnabled(context);
}

/**
 * The app's keys: one listener on the window, in the capture phase, so that a command's key is
 * used before React Flow sees it (it would move a selected node with the arrows).
 */
export function useKeyboardShortcuts(context: CommandContext) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void handleKey(event, context);
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [context]);
}
