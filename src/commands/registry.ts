import { clearSelection, deleteSelection, nudgeDown, nudgeLeft, nudgeRight, nudgeUp, selectAll, selectDown, selectLeft, selectRight, selectUp } from './selection.ts';
import { copy, cut, duplicate, paste } from './clipboardCommands.ts';
import type { Command } from './command.ts';
import { connectTo, placeIn, showShortcuts } from './dialogCommands.ts';
import { redo, undo } from './history.ts';
import { autoLayout, fitView } from './viewCommands.ts';
import { openFile, saveFile, shareDesign } from './shareCommands.ts';
import { SIMULATION_COMMANDS } from './simulationCommands.ts';
import { COMPARISON_COMMANDS } from './comparisonCommands.ts';
import { showLessons } from './lessonCommands.ts';
import { present } from './presenterCommands.ts';

/** Every command with keys, in the order the shortcut sheet lists them. */
export const COMMANDS: readonly Command[] = [
  undo, redo, deleteSelection, cut, copy, paste, duplicate, nudgeUp, nudgeDown, nudgeLeft, nudgeRight,
  selectAll, clearSelection, selectUp, selectDown, selectLeft, selectRight,
  connectTo, placeIn,
  fitView, autoLayout,
  shareDesign, saveFile, openFile,
  ...COMPARISON_COMMANDS,
  ...SIMULATION_COMMANDS,
  present, showLessons,
  showShortcuts,
];

export const commandById: Readonly<Record<string, Command>> = Object.fromEntries(COMMANDS.map((c) => [c.id, c]));
