import type { ResourceTable } from '../resources.ts';
import type { FaultWindowPlan } from './faultWindows.ts';
import { LogLinearHistogram } from './logLinearHistogram.ts';

const CLASSES = 2;

/**
 * The figures of each fault window (faultWindows.ts), per traffic class (index 2·window + class):
 * I/Os completed, failed and retried, response sums and a histogram for percentiles, and each
 * resource's busy time in the window (snapshots of the window's busy time at its start).
 * Only a run with faults has one; recording costs an index and a histogram insert per completed I/O.
 */
export class WindowStats {
  readonly plan: readonly FaultWindowPlan[];
  readonly completed: Float64Array;
  readonly failed: Float64Array;
  readonly retried: Float64Array;
  readonly sumResponse: Float64Array;
  readonly sumWait: Float64Array;
  readonly bytes: Float64Array;
  readonly responseHistograms: LogLinearHistogram[];
  /** Per window: each resource's measured busy time when the window began. */
  readonly busyAtStart: Float64Array[];
  current = 0;

  constructor(plan: readonly FaultWindowPlan[], resources: number) {
    this.plan = plan;
    const slots = plan.length * CLASSES;
    this.completed = new Float64Array(slots);
    this.failed = new Float64Array(slots);
    this.retried = new Float64Array(slots);
    this.sumResponse = new Float64Array(slots);
    this.sumWait = new Float64Array(slots);
    this.bytes = new Float64Array(slots);
    this.responseHistograms = Array.from({ length: slots }, () => new LogLinearHistogram());
    this.busyAtStart = plan.map(() => new Float64Array(resources));
  }

  /** A fault change at t: moves to the window starting at t, if one does, noting the busy time so far. */
  enter(t: number, resources: ResourceTable, warmup: number): void {
    const { plan } = this;
    while (this.current + 1 < plan.length && plan[this.current + 1]!.start <= t) {
      this.current++;
      for (let r = 0; r < resources.count; r++) if (resources.busyIo[r]! >= 0) resources.accountBusy(r, t, warmup);
      this.busyAtStart[this.current]!.set(resources.windowBusy);
    }
  }

  complete(trafficClass: number, response: number, wait: number, bytes: number): void {
    const k = this.current * CLASSES + trafficClass;
    this.completed[k] = this.completed[k]! + 1;
    this.sumResponse[k] = this.sumResponse[k]! + response;
    this.sumWait[k] = this.sumWait[k]! + wait;
    this.bytes[k] = this.bytes[k]! + bytes;
    this.responseHistograms[k]!.add(response);
  }

  fail(trafficClass: number): void {
    const k = this.current * CLASSES + trafficClass;
    this.failed[k] = this.failed[k]! + 1;
  }

  retry(trafficClass: number): void {
    const k = this.current * CLASSES + trafficClass;
    this.retried[k] = this.retried[k]! + 1;
  }

  /** Busy time of resource r inside window w (the run's end closes the last one). */
  busyIn(w: number, r: number, endBusy: Float64Array): number {
    const end = w + 1 < this.plan.length ? this.busyAtStart[w + 1]![r]! : endBusy[r]!;
    return end - this.busyAtStart[w]![r]!;
  }
}
