import { Fifo } from './fifo.ts';

/**
 * Every first-come-first-served server of the run: each port and each PCIe cable, once per
 * direction. Busy time is accounted up to `busyMark` three ways: in the measured window (after the
 * warm-up), since the last series tick, and since the start (for frames).
 */
export class ResourceTable {
  readonly count: number;
  readonly rate: Float64Array;
  readonly minService: Float64Array;
  readonly live: Uint8Array;
  readonly busyIo: Int32Array;
  readonly busyMark: Float64Array;
  readonly windowBusy: Float64Array;
  readonly intervalBusy: Float64Array;
  readonly cumulativeBusy: Float64Array;
  readonly windowBytes: Float64Array;
  readonly windowCompletions: Float64Array;
  /** I/Os queued at or served by the resource, and its time integral in the window. */
  readonly occupancy: Int32Array;
  readonly occupancyMark: Float64Array;
  readonly occupancyArea: Float64Array;
  readonly queues: Fifo[];

  constructor(count: number) {
    this.count = count;
    this.rate = new Float64Array(count);
    this.minService = new Float64Array(count);
    this.live = new Uint8Array(count).fill(1);
    this.busyIo = new Int32Array(count).fill(-1);
    this.busyMark = new Float64Array(count);
    this.windowBusy = new Float64Array(count);
    this.intervalBusy = new Float64Array(count);
    this.cumulativeBusy = new Float64Array(count);
    this.windowBytes = new Float64Array(count);
    this.windowCompletions = new Float64Array(count);
    this.occupancy = new Int32Array(count);
    this.occupancyMark = new Float64Array(count);
    this.occupancyArea = new Float64Array(count);
    this.queues = Array.from({ length: count }, () => new Fifo());
  }

  /** Adds the busy time since the mark, up to t. */
  accountBusy(r: number, t: number, warmup: number): void {
    const mark = this.busyMark[r]!;
    const dt = t - mark;
    this.intervalBusy[r] = this.intervalBusy[r]! + dt;
    this.cumulativeBusy[r] = this.cumulativeBusy[r]! + dt;
    if (t > warmup) this.windowBusy[r] = this.windowBusy[r]! + (t - (mark > warmup ? mark : warmup));
    this.busyMark[r] = t;
  }

  changeOccupancy(r: number, delta: number, t: number, warmup: number): void {
    if (t > warmup) {
      const mark = this.occupancyMark[r]!;
      this.occupancyArea[r] = this.occupancyArea[r]! + this.occupancy[r]! * (t - (mark > warmup ? mark : warmup));
    }
    this.occupancyMark[r] = t;
    this.occupancy[r] = this.occupancy[r]! + delta;
  }

  /** Busy time since the start including the service in progress, without changing anything. */
  busyUntil(r: number, t: number): number {
    return this.cumulativeBusy[r]! + (this.busyIo[r]! >= 0 ? t - this.busyMark[r]! : 0);
  }
}
