import { useRef } from 'react';
import { adapterQueued, adapterUtilization, isFailedNow } from '../../store/simulationSelectors.ts';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import type { AppState } from '../../store/index.ts';
import { setAttributeIfChanged, setStyleIfChanged, setTextIfChanged } from '../../store/liveWrites.ts';
import { smallFigureHidden, summaryDetailHidden } from '../figuresShown.ts';
import { roundUtilization } from '../flowMarkers.ts';
import { formatUtilization, utilizationPaint } from '../utilizationScale.ts';
import '../simulationOverlay.css';

const queuedText = (n: number) => (n === 1 ? '1 I/O' : `${n} I/Os`);

/** The chip's figure, colours and value, and the queue beside it, written without a render. */
function writeSlotLoad(chip: HTMLElement | null, queue: HTMLElement | null, state: AppState, id: string, failed: boolean) {
  const utilization = roundUtilization(adapterUtilization(state, id));
  if (!chip || utilization === undefined || smallFigureHidden(chip)) return;
  const queued = adapterQueued(state, id) ?? 0;
  const paint = utilizationPaint(utilization);
  const percent = formatUtilization(utilization);
  const detail = failed ? 'failed' : queued > 0 ? `${queuedText(queued)} at the adapter` : '';
  setTextIfChanged(chip, percent);
  setAttributeIfChanged(chip, 'aria-valuenow', String(Math.round(utilization * 100)));
  setAttributeIfChanged(chip, 'aria-valuetext', detail ? `${percent}, ${detail}` : percent);
  setStyleIfChanged(chip, 'background', paint.colour);
  setStyleIfChanged(chip, 'color', paint.text);
  if (queue && !summaryDetailHidden(queue)) {
    setTextIfChanged(queue, queued > 0 ? queuedText(queued) : '');
    if (queue.hidden !== (queued === 0)) queue.hidden = queued === 0;
  }
}

/**
 * An adapter's live load in its slot row: utilization as a colour chip with the percentage, the
 * I/Os at the adapter now, or that it failed. Nothing without a run. React draws the chip when a
 * run's first frame comes (and the failed mark when a fault takes it); the figures of each frame
 * are written by the live layer (store/liveWrites.ts), with no render.
 */
export function SlotLoad({ id, label }: { id: string; label: string }) {
  const shown = useAppStore((s) => adapterUtilization(s, id) !== undefined);
  const failed = useAppStore((s) => isFailedNow(s, id));
  const chip = useRef<HTMLSpanElement>(null);
  const queue = useRef<HTMLSpanElement>(null);
  useLiveWrite((state) => writeSlotLoad(chip.current, queue.current, state, id, failed), [id, failed, shown]);
  if (!shown) return null;
  return (
    <span className={`slot-load${failed ? ' is-failed' : ''}`}>
      <span ref={chip} className="load-chip" role="meter" aria-label={`Utilization of ${label} (${id})`} aria-valuemin={0} aria-valuemax={100} />
      {failed
        ? <span className="failed-tag">Failed</span>
        : <span ref={queue} className="slot-queue" title="I/Os queued at or served by this adapter now" hidden />}
    </span>
  );
}
