import { useId, useRef, useState } from 'react';
import { copyRefusedText, copyText } from '../../ui/copyText.ts';
import { useTouchScreen } from '../../ui/useTouchScreen.ts';

/** A link to copy or open, with a word when it was copied (or what to do when the browser refused). */
export function LinkField({ label, url, openLabel = 'Open in a new tab' }: { label: string; url: string; openLabel?: string }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const touch = useTouchScreen();
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  const state = copied?.url === url ? copied : null;
  return (
    <div className="share-link">
      <label htmlFor={id}>{label}</label>
      <span className="share-length">{url.length.toLocaleString('en-US')} characters</span>
      <input ref={field} id={id} className="share-field" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="share-actions">
        <button type="button" className="button button-primary" onClick={() => void copyText(url, field.current).then((ok) => setCopied({ url, ok }))}>Copy {label.toLowerCase()}</button>
        <a className="button" href={url} target="_blank" rel="noopener">{openLabel}</a>
      </div>
      <p role="status" className={`share-copied${state && !state.ok ? ' is-problem' : ''}`}>
        {state?.ok && '✓ Copied to the clipboard.'}
        {state && !state.ok && copyRefusedText(touch)}
      </p>
    </div>
  );
}
