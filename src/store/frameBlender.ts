import type { FrameReport } from '../worker/protocol.ts';

/** How often the diagram takes a new frame: ten a second reads as live, and costs a third of thirty. */
export const DISPLAY_INTERVAL_MS = 100;

const blendArrays = (a: Float64Array, b: Float64Array, wa: number, wb: number) =>
  Float64Array.from(b, (value, i) => (wa + wb > 0 ? ((a[i] ?? 0) * wa + value * wb) / (wa + wb) : value));

/**
 * Frames between two redraws of the diagram, blended into one: utilization and throughput as the
 * means over their spans (each frame reports them since the previous one), queues and the rest as
 * they are in the latest. So the diagram shows every busy moment, only less often.
 */
export class FrameBlender {
  private pending: FrameReport | null = null;
  private pendingSpan = 0;
  private lastTime = 0;

  /** Adds a frame; one that does not move time on (a live fault's replay) replaces what is pending. */
  add(frame: FrameReport): void {
    const span = frame.time - this.lastTime;
    if (this.pending === null || span <= 0) {
      this.pending = frame;
      this.pendingSpan = Math.max(0, span);
    } else {
      const weight = this.pendingSpan;
      this.pending = {
        ...frame,
        adapterUtilization: blendArrays(this.pending.adapterUtilization, frame.adapterUtilization, weight, span),
        linkUtilization: blendArrays(this.pending.linkUtilization, frame.linkUtilization, weight, span),
        classThroughput: blendArrays(this.pending.classThroughput, frame.classThroughput, weight, span),
      };
      this.pendingSpan = weight + span;
    }
    this.lastTime = Math.max(this.lastTime, frame.time);
  }

  /** The blended frame, and nothing pending any more. */
  take(): FrameReport | null {
    const frame = this.pending;
    this.pending = null;
    this.pendingSpan = 0;
    return frame;
  }

  /** A new run: time starts again from 0. */
  reset(): void {
    this.take();
    this.lastTime = 0;
  }
}
