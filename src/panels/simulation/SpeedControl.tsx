import { useId } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
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
  // Rounded, so the figure does not re-render the control 30 times a second.
  const reached = useAppStore((s) => Number(s.simulation.achievedSpeed.toPrecision(2)));
  const behind = playing && isBehind(speed, reached);
  return (
    <div className="sim-speed">
      <label htmlFor={id}>Speed</label>
      <input
        id={id} type="range" min={0} max={SPEEDS.length - 1} step={1} value={speedIndex(speed)}
        aria-valuetext={`${formatSpeed(speed)} real time`}
        onChange={(event) => store.getState().setPlaybackSpeed(SPEEDS[Number(event.target.value)]!)}
      />
      <output htmlFor={id} className="sim-speed-value">{formatSpeed(speed)}</output>
      {behind && <span className="sim-reached" title="The engine cannot keep up with the asked speed on this machine">reached {formatSpeed(reached)}</span>}
    </div>
  );
}
