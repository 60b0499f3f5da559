import { useId, useRef } from 'react';
import { useAppStore, useAppStoreApi, useLiveWrite } from '../../store/hooks.ts';
import { setTextIfChanged } from '../../store/liveWrites.ts';
import { formatSpeed, isBehind, speedIndex, SPEEDS } from './speedScale.ts';

/**
 * Playback speed, 0.1x to 1000x real time (view state: not in the design), and the speed the engine
 * actually reaches when it cannot keep up.
 */
export function SpeedControl() {
  const id = useId();
  const store = useAppStoreApi();
  const speed = useAppStore((s) => s.simulation.speed);
  const playing = useAppStore((s) => s.simulation.status === 'playing');
  // Whether it falls behind re-renders the control; the figure it reached is written by the live
  // layer (store/liveWrites.ts), not rendered at each frame.
  const behind = useAppStore((s) => playing && isBehind(speed, Number(s.simulation.achievedSpeed.toPrecision(2))));
  const reached = useRef<HTMLSpanElement>(null);
  useLiveWrite((s) => {
    if (reached.current) setTextIfChanged(reached.current, `reached ${formatSpeed(Number(s.simulation.achievedSpeed.toPrecision(2)))}`);
  }, [behind]);
  return (
    <div className="sim-speed">
      <label htmlFor={id}>Speed</label>
      <input
        id={id} type="range" min={0} max={SPEEDS.length - 1} step={1} value={speedIndex(speed)}
        aria-valuetext={`${formatSpeed(speed)} real time`}
        onChange={(event) => store.getState().setPlaybackSpeed(SPEEDS[Number(event.target.value)]!)}
      />
      <output htmlFor={id} className="sim-speed-value">{formatSpeed(speed)}</output>
      {behind && <span ref={reached} className="sim-reached" title="The engine cannot keep up with the asked speed on this machine" />}
    </div>
  );
}
