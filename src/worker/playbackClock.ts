import { MAX_SPEED, MIN_SPEED } from './protocol.ts';

/** A speed within 0.1x..1000x; anything unusable plays in real time. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

/**
 * Where playback should have reached: simulated time grows with wall time at `speed` from an anchor.
 * The anchor moves whenever the speed changes or the engine falls behind, so a slow stretch is never
 * made up later in a burst.
 */
export class PlaybackClock {
  private anchorWallMs = 0;
  private anchorTime = 0;
  speed = 1;

  /** From now on, simulated time `time` at wall time `wallMs`, at `speed`. */
  anchor(wallMs: number, time: number, speed = this.speed): void {
    this.anchorWallMs = wallMs;
    this.anchorTime = time;
    this.speed = clampSpeed(speed);
  }

  /** The simulated time playback should show at wall time `wallMs`. */
  target(wallMs: number): number {
    return this.anchorTime + ((wallMs - this.anchorWallMs) / 1000) * this.speed;
  }
}
