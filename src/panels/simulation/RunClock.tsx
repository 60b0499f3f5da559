import { useAppStore } from '../../store/hooks.ts';
import { formatSeconds } from './formatFigures.ts';

/** Where the run is in simulated time, of its duration. */
export function RunClock() {
  const time = useAppStore((s) => Number(s.simulation.time.toFixed(2)));
  const duration = useAppStore((s) => (s.simulation.runDocument ? s.simulation.duration : s.document.settings.duration));
  return (
    <p className="sim-clock" aria-label={`Simulated time ${formatSeconds(time)} of ${formatSeconds(duration)}`}>
      <span className="sim-time">{formatSeconds(time)}</span>
      <span className="sim-duration"> / {formatSeconds(duration)}</span>
    </p>
  );
}
