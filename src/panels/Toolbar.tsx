import { redo, undo } from '../commands/history.ts';
import { showShortcuts } from '../commands/dialogCommands.ts';
import { deleteSelection } from '../commands/selection.ts';
import { autoLayout, fitView } from '../commands/viewCommands.ts';
import { shareDesign } from '../commands/shareCommands.ts';
import { showLessons } from '../commands/lessonCommands.ts';
import { present } from '../commands/presenterCommands.ts';
import { useAppStore } from '../store/hooks.ts';
import { CommandButton } from './CommandButton.tsx';

/** The editor's toolbar: the same command objects as the keys and the menus. On a phone, without a keyboard, the shortcut sheet and the tidy-up give way. */
export function Toolbar() {
  // A view-only design keeps what reads it (fit, share, shortcuts), not what edits it.
  const viewOnly = useAppStore((s) => s.viewOnly);
  return (
    <div className="toolbar" role="toolbar" aria-label="Editing">
      {!viewOnly && (
        <>
          <CommandButton command={undo} icon="undo" short="Undo" roomy />
          <CommandButton command={redo} icon="redo" short="Redo" roomy />
          <CommandButton command={deleteSelection} icon="delete" short="Delete" roomy />
          <span className="toolbar-separator" aria-hidden="true" />
          <CommandButton command={autoLayout} icon="layout" short="Tidy" roomy wideOnly />
        </>
      )}
      <CommandButton command={fitView} icon="fit" short="Fit" roomy />
      <CommandButton command={shareDesign} icon="share" short="Share" />
      <CommandButton command={showLessons} icon="lessons" short="Lessons" wideOnly />
      <CommandButton command={present} icon="present" short="Present" wideOnly />
      <span className="toolbar-separator wide-only" aria-hidden="true" />
      <CommandButton command={showShortcuts} icon="keyboard" short="Keys" roomy wideOnly />
    </div>
  );
}
