import { useRef } from 'react';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import { setAttributeIfChanged, setTextIfChanged } from '../../store/liveWrites.ts';
import { formatSeconds } from './formatFigures.ts';

/**
 * Where the run is in simulated time, of its duration. The time of each frame is written by the
 * live layer (store/liveWrites.ts): no render of the panel ten times a second.
 */
export function RunClock() {
  const duration = useAppStore((s) => (s.simulation.runDocument ? s.simulation.duration : s.document.settings.duration));
  const clock = useRef<HTMLParagraphElement>(null);
  const time = useRef<HTMLSpanElement>(null);
  useLiveWrite((state) => {
    const now = formatSeconds(Number(state.simulation.time.toFixed(2)));
    if (time.current) setTextIfChanged(time.current, now);
    if (clock.current) setAttributeIfChanged(clock.current, 'aria-label', `Simulated time ${now} of ${formatSeconds(duration)}`);
  }, [duration]);
  return (
    <p ref={clock} className="sim-clock">
      <span ref={time} className="sim-time" />
      <span className="sim-duration"> / {formatSeconds(duration)}</span>
    </p>
  );
}
