import { useId, useMemo, useRef, useState } from 'react';
import { saveFile } from '../../commands/shareCommands.ts';
import { useCommandContext } from '../../commands/useCommands.ts';
import { MAX_ENCODED_CHARS } from '../../share/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { sharedLessonPlace } from '../../store/lessonSelectors.ts';
import { copyRefusedText, copyText } from '../../ui/copyText.ts';
import { useTouchScreen } from '../../ui/useTouchScreen.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { QrCode } from './QrCode.tsx';
import { formatCount, QR_MAX_CHARS, shareLink } from './shareLink.ts';
import { ServingNote } from './ServingNote.tsx';
import { useLinkBase } from './useLinkBase.ts';
import './share.css';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Share the design as a link: the whole design travels in the link's fragment, which is never
 * sent to a server. Copy it, open it, show it as a QR code, or make it view-only for a class.
 */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const context = useCommandContext();
  const touch = useTouchScreen();
  const topology = useAppStore((s) => s.document);
  const [viewOnly, setViewOnly] = useState(false);
  const openLesson = useAppStore((s) => s.lesson);
  const place = useMemo(() => sharedLessonPlace(openLesson), [openLesson]);
  const [withLesson, setWithLesson] = useState(true);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [largeQr, setLargeQr] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const lengthId = useId();
  const linkBase = useLinkBase();
  const lessonPart = place && withLesson ? { lesson: place.id, step: place.stepNumber } : undefined;
  const link = useMemo(
    () => shareLink(topology, linkBase.base, viewOnly, lessonPart),
    // The lesson part is rebuilt each render; its two fields are what matters.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [topology, viewOnly, lessonPart?.lesson, lessonPart?.step, linkBase.base],
  );
  const onCopy = async () => setCopy((await copyText(link.url, field.current)) ? 'copied' : 'failed');
  const saveInstead = () => {
    onClose();
    saveFile.run(context);
  };
  if (largeQr) {
    return (
      <Dialog key="qr" title="Scan to open the design" onClose={onClose} wide>
        <div className="qr-large"><QrCode text={link.url} size={Math.min(560, Math.floor(Math.min(window.innerWidth, window.innerHeight) * 0.72))} /></div>
        <button type="button" className="button" data-autofocus onClick={() => setLargeQr(false)}>Back to the link</button>
      </Dialog>
    );
  }
  return (
    <Dialog key="link" title="Share" onClose={onClose}>
      <div className="share">
        <p className="share-intro">The whole design travels in the link; nothing is uploaded. Whoever opens it gets their own copy.</p>
        <label className="share-check">
          <input type="checkbox" checked={viewOnly} onChange={(e) => { setViewOnly(e.target.checked); setCopy('idle'); }} />
          <span>View only <span className="share-hint">(opens without the editing tools)</span></span>
        </label>
        {place && (
          <label className="share-check">
            <input type="checkbox" checked={withLesson} onChange={(e) => { setWithLesson(e.target.checked); setCopy('idle'); }} />
            <span>Include the lesson “{place.title}”, step {place.stepNumber} <span className="share-hint">(opens the lesson at this step)</span></span>
          </label>
        )}
        <ServingNote linkBase={linkBase} />
        <div className="share-link">
          <label htmlFor={`${lengthId}-field`}>Link</label>
          <span id={lengthId} className="share-length">{formatCount(link.length)} characters</span>
          <input
            ref={field} id={`${lengthId}-field`} className="share-field" readOnly value={link.url} aria-describedby={lengthId}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="share-actions">
            <button type="button" className="button button-primary" data-autofocus onClick={() => void onCopy()}>Copy link</button>
            <a className="button" href={link.url} target="_blank" rel="noopener">Open in a new tab</a>
          </div>
          <p role="status" className={`share-copied${copy === 'failed' ? ' is-problem' : ''}`}>
            {copy === 'copied' && '✓ Link copied to the clipboard.'}
            {copy === 'failed' && copyRefusedText(touch)}
          </p>
        </div>
        {!link.opens && (
          <p className="share-note is-problem">
            This design is too large for a link: IOV Studio opens links of up to {formatCount(MAX_ENCODED_CHARS)} characters of design. Share it as a file instead.{' '}
            <button type="button" className="link-button" onClick={saveInstead}>Save as file…</button>
          </p>
        )}
        <section className="share-qr" aria-label="QR code">
          {link.fitsQrCode ? (
            <>
              <QrCode text={link.url} size={176} />
              <div className="share-qr-side">
                <p className="share-hint">Scan with a phone’s camera to open the design there.</p>
                <button type="button" className="button" onClick={() => setLargeQr(true)}>Show large, for a class</button>
              </div>
            </>
          ) : (
            <p className="share-note">
              No QR code: this link has {formatCount(link.length)} characters, too many for a code a phone can read off a screen (at most {formatCount(QR_MAX_CHARS)}). Send the link, or share the design as a file.{' '}
              <button type="button" className="link-button" onClick={saveInstead}>Save as file…</button>
            </p>
          )}
        </section>
      </div>
    </Dialog>
  );
}
