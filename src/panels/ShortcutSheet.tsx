import { formatShortcut, type CommandGroup } from '../commands/command.ts';
import { COMMANDS } from '../commands/registry.ts';
import { Dialog } from '../ui/Dialog.tsx';

const GROUPS: readonly CommandGroup[] = ['Design', 'Edit', 'Selection', 'Cabling and placing', 'View', 'Simulation', 'Help'];

/** What the keys do that are not commands: the palette, focus and the canvas's own gestures. */
const OTHER_KEYS: readonly [string, string][] = [
  ['Tab', 'Move between the palette, the canvas’s parts and the panels'],
  ['Enter on a palette item', 'Add it in the middle of the view, selected'],
  ['Enter or Space on a part', 'Select it'],
  ['Ctrl+click', 'Add to the selection or take from it'],
  ['Shift+drag on the canvas', 'Select the parts in a box'],
  ['Drag from a port', 'Draw a cable; valid ends light up'],
];

/** Every shortcut, read from the commands themselves, so the sheet cannot drift from the keys. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} wide>
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {COMMANDS.filter((c) => c.group === group).map((command) => (
                <div key={command.id}>
                  <dt>{command.shortcuts.map((s) => <kbd key={formatShortcut(s)}>{formatShortcut(s)}</kbd>)}</dt>
                  <dd>{command.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section aria-label="Mouse, touch and focus">
          <h3>Mouse, touch and focus</h3>
          <dl className="shortcut-list">
            {OTHER_KEYS.map(([keys, what]) => <div key={keys}><dt><kbd>{keys}</kbd></dt><dd>{what}</dd></div>)}
          </dl>
        </section>
      </div>
    </Dialog>
  );
}
