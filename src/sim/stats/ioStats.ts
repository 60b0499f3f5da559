import { DDSketch } from '@datadog/sketches-js';
import { BATCHES, addToBatch } from './batchMeans.ts';

/** Percentiles to 1 % relative accuracy, deterministic (DDSketch; tdigest would call Math.random). */
const RELATIVE_ACCURACY = 0.01;

/**
 * Completed I/Os of a set of groups, each with two directions (index 2·group + direction):
 * counts, sums, batch sums for the confidence intervals, and one sketch per group for percentiles.
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
  readonly responseSketches: DDSketch[];
  readonly waitSketches: DDSketch[];

  constructor(groups: number, withSketches: boolean) {
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
    const sketches = () => (withSketches ? Array.from({ length: groups }, () => new DDSketch({ relativeAccuracy: RELATIVE_ACCURACY })) : []);
    this.responseSketches = sketches();
    this.waitSketches = sketches();
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
    if (this.responseSketches.length > 0) {
      this.responseSketches[group]!.accept(response);
      this.waitSketches[group]!.accept(wait);
    }
  }
}
