import { ariaKeyShortcuts, formatShortcut, type Command } from '../commands/command.ts';
import { useCommandContext, useCommandEnabled } from '../commands/useCommands.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';

/**
 * A toolbar button that runs a command: named by the command, its shortcut in the tooltip. `short`
 * is the word shown beside the icon on a screen 1280 px wide or more (the icon alone below that);
 * `roomy`, only from 1600 px, for the icons everyone knows (undo, redo, delete), where a projector is short of room.
 */
export function CommandButton({ command, icon, short, roomy = false, showLabel = false, wideOnly = false }: { command: Command; icon: IconName; short?: string; roomy?: boolean; showLabel?: boolean; wideOnly?: boolean }) {
  const context = useCommandContext();
  const enabled = useCommandEnabled(command);
  const shortcut = command.shortcuts[0];
  return (
    <button
      type="button" className={`tool-button${showLabel ? ' with-label' : ''}${wideOnly ? ' wide-only' : ''}`} disabled={!enabled}
      aria-label={command.label} aria-keyshortcuts={ariaKeyShortcuts(command) || undefined}
      title={shortcut ? `${command.label} (${formatShortcut(shortcut)})` : command.label}
      onClick={() => command.run(context)}
    >
      <Icon name={icon} />
      {showLabel ? <span>{command.label}</span> : short && <span className={`tool-label${roomy ? ' tool-label-roomy' : ''}`} aria-hidden="true">{short}</span>}
    </button>
  );
}
