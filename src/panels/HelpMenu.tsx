import { showShortcuts, showWelcome } from '../commands/dialogCommands.ts';
import { composeChallenge, gradeHandIns, showLessons } from '../commands/lessonCommands.ts';
import type { Command } from '../commands/command.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { Icon } from '../ui/Icon.tsx';
import { MenuButton, type MenuItem } from '../ui/Menu.tsx';

/** Help: the welcome again, the lessons, the keys, and the classroom's instructor tools. */
export function HelpMenu() {
  const context = useCommandContext();
  const item = (command: Command, separatorBefore = false): MenuItem => ({
    id: command.id, label: command.label, separatorBefore, disabled: !command.isEnabled(context), onSelect: () => command.run(context),
  });
  const items = [item(showWelcome), item(showLessons), item(showShortcuts), item(composeChallenge, true), item(gradeHandIns)];
  // On a phone the Design menu holds these too: the header has no room for a second menu.
  return (
    <div className="wide-only">
    <MenuButton label="Help" items={items}>
      <Icon name="help" />
      <span className="tool-label tool-label-roomy">Help</span>
    </MenuButton>
    </div>
  );
}
