import { adapterQueued, adapterUtilization, isFailedNow } from '../../store/simulationSelectors.ts';
import { useAppStore } from '../../store/hooks.ts';
import { roundUtilization } from '../flowMarkers.ts';
import { formatUtilization, utilizationPaint } from '../utilizationScale.ts';
import '../simulationOverlay.css';

const queuedText = (n: number) => (n === 1 ? '1 I/O' : `${n} I/Os`);

/**
 * An adapter's live load in its slot row: utilization as a colour chip with the percentage, the
 * I/Os at the adapter now, or that it failed. Nothing without a run.
 */
export function SlotLoad({ id, label }: { id: string; label: string }) {
  const utilization = useAppStore((s) => roundUtilization(adapterUtilization(s, id)));
  const queued = useAppStore((s) => adapterQueued(s, id) ?? 0);
  const failed = useAppStore((s) => isFailedNow(s, id));
  if (utilization === undefined) return null;
  const paint = utilizationPaint(utilization);
  const percent = formatUtilization(utilization);
  const detail = failed ? 'failed' : queued > 0 ? `${queuedText(queued)} at the adapter` : '';
  return (
    <span className={`slot-load${failed ? ' is-failed' : ''}`}>
      <span
        className="load-chip" role="meter" aria-label={`Utilization of ${label} (${id})`}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(utilization * 100)}
        aria-valuetext={detail ? `${percent}, ${detail}` : percent}
        style={{ background: paint.colour, color: paint.text }}
      >
        {percent}
      </span>
      {failed ? <span className="failed-tag">Failed</span> : queued > 0 && <span className="slot-queue" title="I/Os queued at or served by this adapter now">{queuedText(queued)}</span>}
    </span>
  );
}
