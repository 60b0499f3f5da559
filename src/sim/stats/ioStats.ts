import { BATCHES as BATCHES_, addToBatch as addToBatch_ } from './batchMeans.ts';
import { LogLinearHistogram } from './logLinearHistogram.ts';

// Module-local copies: under Node's TypeScript loaders an imported binding is a getter call on every
// use, and `record` runs once per I/O.
const BATCHES = BATCHES_;
const addToBatch = addToBatch_;

/**
 * Where percentiles are kept: nowhere, one histogram per group (both directions together, as a server's
 * class reports them), or one per group and direction (as a pool's port stage reports them).
 */
export type SketchGranularity = 'none' | 'group' | 'direction';

/**
 * Completed I/Os of a set of groups, each with two directions (index 2·group + direction):
 * counts, sums, batch sums for the confidence intervals, and histograms of response and wait.
 */
export class IoStats {
  readonly completed: Float64Array;
  readonly failed: Float64Array;
  readonly retried: Float64Array;
  readonly waited: Float64Array;
  readonly bytes: Float64Array;
  readonly sumResponse: Float64Array;
  readonly sumWait: Float64Array;
  /** Per group and direction: batch sums of response and of wait. */
  readonly responseBatches: Float64Array;
  readonly waitBatches: Float64Array;
  /** Percentiles to 0.78 % relative accuracy, deterministic (a log-linear histogram; see its file). */
  readonly responseHistograms: LogLinearHistogram[];
  readonly waitHistograms: LogLinearHistogram[];
  /** 1 when there is a histogram per direction: the histogram of slot k is k >> (1 − perDirection). */
  private readonly perDirection: number;

  constructor(groups: number, sketches: SketchGranularity) {
    const slots = groups * 2;
    this.completed = new Float64Array(slots);
    this.failed = new Float64Array(slots);
    this.retried = new Float64Array(slots);
    this.waited = new Float64Array(slots);
    this.bytes = new Float64Array(slots);
    this.sumResponse = new Float64Array(slots);
    this.sumWait = new Float64Array(slots);
    this.responseBatches = new Float64Array(slots * BATCHES * 2);
    this.waitBatches = new Float64Array(slots * BATCHES * 2);
    const count = sketches === 'none' ? 0 : sketches === 'group' ? groups : slots;
    const make = () => Array.from({ length: count }, () => new LogLinearHistogram());
    this.responseHistograms = make();
    this.waitHistograms = make();
    this.perDirection = sketches === 'direction' ? 1 : 0;
  }

  record(group: number, direction: number, response: number, wait: number, bytes: number, batch: number): void {
    const k = 2 * group + direction;
    this.completed[k] = this.completed[k]! + 1;
    this.sumResponse[k] = this.sumResponse[k]! + response;
    this.sumWait[k] = this.sumWait[k]! + wait;
    this.bytes[k] = this.bytes[k]! + bytes;
    if (wait > 0) this.waited[k] = this.waited[k]! + 1;
    addToBatch(this.responseBatches, k * BATCHES * 2, batch, response);
    addToBatch(this.waitBatches, k * BATCHES * 2, batch, wait);
    if (this.responseHistograms.length > 0) {
      const h = k >> (1 - this.perDirection);
      this.responseHistograms[h]!.add(response);
      this.waitHistograms[h]!.add(wait);
    }
  }
}
