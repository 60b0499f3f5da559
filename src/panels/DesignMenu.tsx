import { newDesign, openExamples, recentDesigns } from '../commands/designCommands.ts';
import { exportImage, openFile, saveFile, shareDesign } from '../commands/shareCommands.ts';
import { composeChallenge, gradeHandIns, showLessons } from '../commands/lessonCommands.ts';
import { showWelcome } from '../commands/dialogCommands.ts';
import { useNarrowScreen } from '../ui/narrowScreen.ts';
import { compareDesigns, compareQos, dedicateAdapters, editPrices, sizePools, virtualizeDesign } from '../commands/comparisonCommands.ts';
import type { Command } from '../commands/command.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { Icon } from '../ui/Icon.tsx';
import { MenuButton, type MenuItem } from '../ui/Menu.tsx';

/** The Design menu: a new design, a built-in example, or a recent one; the same commands as elsewhere. */
export function DesignMenu() {
  const context = useCommandContext();
  const narrow = useNarrowScreen();
  const item = (command: Command, separatorBefore = false): MenuItem => ({
    id: command.id, label: command.label, separatorBefore, disabled: !command.isEnabled(context), onSelect: () => command.run(context),
  });
  const items = [
    item(newDesign), ...openExamples.map((command, i) => item(command, i === 0)), item(recentDesigns, true),
    item(openFile, true), item(saveFile), item(exportImage), item(shareDesign), item(showLessons, true), item(composeChallenge),
    item(virtualizeDesign, true), item(dedicateAdapters), item(compareDesigns), item(compareQos), item(sizePools), item(editPrices),
    // The Help menu's, on a phone (no room for it in the header).
    ...(narrow ? [item(gradeHandIns, true), item(showWelcome)] : []),
  ];
  return (
    <MenuButton label="Design" items={items}>
      <Icon name="menu" />
      <span>Design</span>
    </MenuButton>
  );
}
