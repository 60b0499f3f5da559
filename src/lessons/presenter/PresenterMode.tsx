import { useEffect, useMemo } from 'react';
import { moveInLesson } from '../../commands/lessonCommands.ts';
import { leavePresenter } from '../../commands/presenterCommands.ts';
import { useCommandContext } from '../../commands/useCommands.ts';
import { QrCode } from '../../panels/share/QrCode.tsx';
import { QR_MAX_CHARS } from '../../panels/share/shareLink.ts';
import { useLinkBase } from '../../panels/share/useLinkBase.ts';
import { buildLink } from '../../share/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { GlossaryText } from '../panel/GlossaryText.tsx';
import { checkContextOf, isLastStep, placeOf, stepNumber, unmetEarlierStep, type LessonPlace } from '../../curriculum/stepNavigation.ts';
import { useStepText } from '../panel/useStepText.ts';

/**
 * Presenter mode: the page marks itself (`data-presenting` on the root: the stylesheet hides the
 * editing chrome and enlarges type and lines), the step is the caption, and Q shows the view as a
 * QR code. Leaving full screen with the browser's own Escape leaves presenter mode too.
 */
export function PresenterMode() {
  const presenting = useAppStore((s) => s.presenting);
  const context = useCommandContext();
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.dataset.presenting = '';
    let wasFullscreen = document.fullscreenElement !== null;
    const onFullscreen = () => {
      if (wasFullscreen && document.fullscreenElement === null) leavePresenter(context);
      wasFullscreen = document.fullscreenElement !== null;
    };
    // The chrome gone and the screen full, the design is framed in its new room, larger than an
    // editing fit allows (type a room can read), and fitted back after.
    const frameAll = () => context.view.fit();
    let frame = requestAnimationFrame(frameAll);
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(frameAll);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('resize', fit);
    // The canvas grows as the chrome goes (and shrinks back): fit once it has its new size.
    const canvas = new ResizeObserver(fit);
    const flow = document.querySelector('.editor-canvas .react-flow');
    if (flow) canvas.observe(flow);
    return () => {
      delete root.dataset.presenting;
      canvas.disconnect();
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('resize', fit);
      cancelAnimationFrame(frame);
      requestAnimationFrame(() => context.view.fit());
    };
  }, [presenting, context]);
  if (!presenting) return null;
  return (
    <>
      <PresenterCaption />
      <PresenterQr />
    </>
  );
}

function StepText({ place }: { place: LessonPlace }) {
  return <GlossaryText text={useStepText(place)} />;
}

function PresenterCaption() {
  const store = useAppStoreApi();
  const context = useCommandContext();
  const lesson = useAppStore((s) => s.lesson);
  const name = useAppStore((s) => s.document.name);
  const place = lesson ? placeOf(lesson.id, lesson.step) : undefined;
  return (
    <section className="presenter-caption" role="region" aria-label="Presenter">
      {place ? (
        <div className="presenter-step" key={`${place.lesson.id}-${place.step}`}>
          <p className="presenter-where">{place.lesson.title} · step {stepNumber(place.step)} of {place.lesson.steps.length}</p>
          <StepText place={place} />
          <UnmetEarlierStep place={place} />
        </div>
      ) : (
        <div className="presenter-step">
          <p className="presenter-where">{name}</p>
          <p className="lesson-text">Space plays or pauses the simulation, → steps it. Open a lesson (L) to step through it.</p>
        </div>
      )}
      <div className="presenter-controls">
        {place && <button type="button" className="button" disabled={place.step === 0} onClick={() => moveInLesson(context, -1)}>Back <kbd>←</kbd></button>}
        {place && <button type="button" className="button button-primary" disabled={isLastStep(place)} onClick={() => moveInLesson(context, 1)}>Next <kbd>→</kbd></button>}
        <button type="button" className="button" onClick={() => store.getState().setPresenterQr(true)}>QR code <kbd>Q</kbd></button>
        <button type="button" className="button" onClick={() => leavePresenter(context)}>Leave <kbd>Esc</kbd></button>
      </div>
    </section>
  );
}

/** Said under a step whose text takes an earlier step as done when the design on screen does not. */
function UnmetEarlierStep({ place }: { place: LessonPlace }) {
  const document = useAppStore((s) => s.document);
  const result = useAppStore((s) => s.simulation.result);
  const runDocument = useAppStore((s) => s.simulation.runDocument);
  const designChanged = useAppStore((s) => s.simulation.designChanged);
  const unmet = useMemo(
    () => unmetEarlierStep(place, checkContextOf(document, { result, runDocument, designChanged })),
    [place, document, result, runDocument, designChanged],
  );
  if (!unmet) return null;
  return (
    <p className="presenter-unmet" role="status">
      Step {stepNumber(unmet.index)} is not done on this design yet: {unmet.hint} Back (←) to show it.
    </p>
  );
}

/** The current view (design, lesson and step) as a code the class scans off the projector. */
function PresenterQr() {
  const shown = useAppStore((s) => s.presenterQr);
  const store = useAppStoreApi();
  const topology = useAppStore((s) => s.document);
  const lesson = useAppStore((s) => s.lesson);
  const { base } = useLinkBase();
  const url = useMemo(
    () => (shown ? buildLink(topology, base, lesson ? { lesson: lesson.id, step: stepNumber(lesson.step) } : {}) : ''),
    [shown, topology, lesson, base],
  );
  if (!shown) return null;
  const size = Math.floor(Math.min(window.innerWidth, window.innerHeight) * 0.74);
  return (
    <div className="presenter-qr" role="dialog" aria-modal="true" aria-label="QR code of this view" onClick={() => store.getState().setPresenterQr(false)}>
      {url.length <= QR_MAX_CHARS
        ? <QrCode text={url} size={size} />
        : <p className="presenter-qr-note">This design makes a link of {url.length.toLocaleString('en-US')} characters, too long for a code a phone reads off a screen. Leave presenter mode and share the link instead (S).</p>}
      <p className="presenter-qr-note">Scan to open this view on your phone{lesson ? ', at this step' : ''}. Q or Esc closes.</p>
    </div>
  );
}
