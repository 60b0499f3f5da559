import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Topology } from '../../model/index.ts';
import { MAX_NAME_CHARS, buildLink, cleanStudentName } from '../../share/index.ts';
import { LinkField } from './LinkField.tsx';
import { useLinkBase } from '../../panels/share/useLinkBase.ts';

/**
 * Handing in: the student's name (plain text, at most 40 characters) and the time travel in the
 * answer link with their design and the goals; the screen says so, since a link is readable by anyone it reaches.
 */
export function HandIn({ document, encoded }: { document: Topology; encoded: string }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  // The time of pressing Hand in, not of each keystroke: the link stays the same while it is copied.
  const [handedIn] = useState(() => Math.floor(Date.now() / 1000));
  const name = cleanStudentName(typed);
  const { base } = useLinkBase();
  const url = useMemo(
    () => (name ? buildLink(document, base, { challenge: encoded, viewOnly: true, name, handedIn }) : ''),
    [name, document, encoded, handedIn, base],
  );
  // The link appears under the name: brought into sight once (on a phone the card is a short sheet).
  const linkShown = url !== '';
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (linkShown) box.current?.querySelector('.share-actions')?.scrollIntoView({ block: 'nearest' });
  }, [linkShown]);
  return (
    <div className="challenge-hand-in" ref={box}>
      <div className="field">
        <label htmlFor={id}>Your name</label>
        <input id={id} value={typed} maxLength={MAX_NAME_CHARS} autoComplete="name" autoFocus onChange={(e) => setTyped(e.target.value)} />
      </div>
      <p className="share-hint">
        Your name and the time travel in the link, with your design and the challenge’s goals: anyone you send it to can read them.
      </p>
      {url ? <LinkField label="Answer link" url={url} /> : <p className="lesson-hint">Type your name to make your answer link.</p>}
    </div>
  );
}
