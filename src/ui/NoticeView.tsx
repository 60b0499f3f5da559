import { useEffect } from 'react';

export type NoticeProps = { id: number; tone: 'refusal' | 'problem' | 'info'; text: string };

/** How long a passing notice stays, in ms: long enough to read a two-line reason. */
const NOTICE_MS = 8000;

/**
 * A passing message at the bottom of the screen. Live regions are always in the page, so a new
 * message is announced: refusals and problems as alerts, the rest politely.
 */
export function NoticeView({ notice, onDismiss }: { notice: NoticeProps | null; onDismiss(): void }) {
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);
  const urgent = notice && notice.tone !== 'info' ? notice : null;
  const polite = notice && notice.tone === 'info' ? notice : null;
  return (
    <div className="notices">
      <div role="alert" className="notice-region">{urgent && <Toast notice={urgent} onDismiss={onDismiss} />}</div>
      <div role="status" className="notice-region">{polite && <Toast notice={polite} onDismiss={onDismiss} />}</div>
    </div>
  );
}

function Toast({ notice, onDismiss }: { notice: NoticeProps; onDismiss(): void }) {
  return (
    <div className={`toast tone-${notice.tone}`} key={notice.id}>
      <p>{notice.text}</p>
      <button type="button" className="toast-close" onClick={onDismiss} aria-label="Dismiss message">×</button>
    </div>
  );
}
