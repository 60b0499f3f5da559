import { useState } from 'react';
import { useCommandContext } from '../commands/useCommands.ts';
import { Dialog } from '../ui/Dialog.tsx';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The designs saved in this browser, newest first: open one, or delete it to make room. */
export function RecentDesignsDialog({ onClose }: { onClose(): void }) {
  const { session } = useCommandContext();
  const [designs, setDesigns] = useState(() => session?.recent() ?? []);
  if (!session) return null;
  return (
    <Dialog title="Recent designs" onClose={onClose}>
      <p className="inspector-hint">Saved in this browser as you work. A design open in another tab opens here as a copy.</p>
      <ul className="recent-list" aria-label="Saved designs">
        {designs.map((design, i) => {
          const current = design.slot === session.slot;
          return (
            <li key={design.slot}>
              <span className="recent-name">{design.name}{current && <span className="recent-current"> (this tab)</span>}</span>
              <span className="recent-when">{WHEN.format(design.savedAt)}</span>
              <span className="recent-actions">
                <button
                  type="button" className="button" disabled={current} data-autofocus={i === 0 && !current ? true : undefined}
                  aria-label={`Open ${design.name}`} onClick={() => { onClose(); void session.openRecent(design.slot); }}
                >Open</button>
                <button
                  type="button" className="button" disabled={current} aria-label={`Delete ${design.name}`}
                  onClick={() => void session.remove(design.slot).then(() => setDesigns(session.recent()))}
                >Delete</button>
              </span>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
