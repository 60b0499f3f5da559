import { MAX_FRAMES_PER_SECOND } from './protocol.ts';

export const FRAME_INTERVAL_MS = 1000 / MAX_FRAMES_PER_SECOND;

/** Keeps frames at least a frame interval apart, whatever asks for the next one. */
export class FramePacer {
  private lastPostedMs = -Infinity;

  posted(wallMs: number): void {
    this.lastPostedMs = wallMs;
  }

  /** Milliseconds to wait before the next frame may go (whole, since timers count in them). */
  delayBeforeNext(wallMs: number): number {
    return Math.max(0, Math.ceil(this.lastPostedMs + FRAME_INTERVAL_MS - wallMs));
  }
}
