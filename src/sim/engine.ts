import type { CompiledModel } from './compile.ts';
import { Arrivals } from './arrivals.ts';
import { applyFaultChange as applyFaultChange_ } from './engineFaults.ts';
import { closeAccounts, FIRST_SERIES_STEP, SeriesSampler } from './engineSeries.ts';
import { EVENT_KIND } from './eventKinds.ts';
import { EventQueue, type PoppedEvent } from './eventQueue.ts';
import { FaultSchedule } from './faultSchedule.ts';
import type { TimedFifo } from './fifo.ts';
import { IoPath } from './ioPath.ts';
import type { IoTable } from './ioTable.ts';
import type { ResourceTable } from './resources.ts';
import type { IoStats } from './stats/ioStats.ts';
import { planFaultWindows } from './stats/faultWindows.ts';
import type { SeriesSet } from './stats/series.ts';
import { WindowStats } from './stats/windowStats.ts';

// Module-local copies: under Node's TypeScript loaders an imported binding is a getter call on
// every use, which costs a tenth of the event loop's time.
const applyFaultChange = applyFaultChange_;
const { ARRIVAL, STAGE_DONE, DELAY_END, FAULT, ON_OFF, TICK, TOKENS } = EVENT_KIND;

export type EngineOptions = {
  seed: number;
  duration: number;
  warmup: number;
  faults: readonly { at: number; until?: number; target: string }[];
};

/**
 * The discrete-event engine: the clock and the event loop, handing each event to the part that
 * owns it: the streams' arrivals (arrivals.ts), an I/O's path through its route (ioPath.ts),
 * faults (engineFaults.ts) and the utilization series (engineSeries.ts). `runUntil` may be called
 * with any chunking: events at one time pop in the order they were scheduled, and nothing depends
 * on where a chunk ends.
 */
export class Engine {
  readonly model: CompiledModel;
  readonly options: EngineOptions;
  readonly queue = new EventQueue();
  readonly path: IoPath;
  readonly arrivals: Arrivals;
  readonly faults: FaultSchedule;
  readonly sampler: SeriesSampler;
  // The I/O path's and the sampler's tables, which the result and the frames read.
  readonly ios: IoTable;
  readonly resources: ResourceTable;
  readonly cableBase: number;
  readonly streamStats: IoStats;
  readonly poolStats: IoStats;
  readonly sharedQueues: readonly TimedFifo[];
  readonly series: SeriesSet;
  now = 0;
  events = 0;
  private readonly popped: PoppedEvent = { time: 0, kind: 0, subject: 0, token: 0 };
  private finished = false;

  constructor(model: CompiledModel, options: EngineOptions) {
    this.model = model;
    this.options = options;
    this.path = new IoPath(model, this.queue, options);
    this.arrivals = new Arrivals(model, options.seed, this.queue, this.path);
    this.faults = new FaultSchedule(options.faults, model.faultExpansion);
    const windows = planFaultWindows(this.faults.changes, options.warmup, options.duration);
    if (windows.length > 0) this.path.windows = new WindowStats(windows, this.path.resources.count);
    this.sampler = new SeriesSampler(this.path, options.duration);
    this.ios = this.path.ios;
    this.resources = this.path.resources;
    this.cableBase = this.path.cableBase;
    this.streamStats = this.path.streamStats;
    this.poolStats = this.path.poolStats;
    this.sharedQueues = this.path.sharedQueues;
    this.series = this.sampler.series;
    // Events at one time pop in the order pushed: streams first, then faults, then the first tick.
    this.arrivals.start();
    this.faults.changes.forEach((change, i) => this.queue.push(change.time, FAULT, i));
    this.queue.push(Math.min(FIRST_SERIES_STEP, options.duration), TICK, 0);
  }

  get duration(): number {
    return this.options.duration;
  }

  get done(): boolean {
    return this.now >= this.options.duration;
  }

  /** Processes every event up to `time` (at most the duration), or until `maxEvents` have popped. */
  runUntil(time: number, maxEvents = Infinity): void {
    const end = Math.min(time, this.options.duration);
    const { queue, popped } = this;
    let budget = maxEvents;
    while (queue.size > 0 && queue.peekTime() <= end && budget-- > 0) {
      queue.pop(popped);
      this.events++;
      this.now = popped.time;
      this.handle(popped.kind, popped.subject, popped.token, popped.time);
    }
    if (budget < 0 || (queue.size > 0 && queue.peekTime() <= end)) return;
    this.now = end;
    if (this.done) this.finish();
  }

  private handle(kind: number, subject: number, token: number, t: number): void {
    switch (kind) {
      case ARRIVAL: this.arrivals.arrive(subject, token, t); break;
      case STAGE_DONE: if (token === this.ios.generation[subject]) this.path.stageDone(subject, t); break;
      case DELAY_END: if (token === this.ios.generation[subject]) this.path.complete(subject, t); break;
      case FAULT: applyFaultChange(this.path, this.faults, subject, t); break;
      case ON_OFF: this.arrivals.toggle(subject, t); break;
      case TICK: this.tick(t); break;
      case TOKENS: this.path.admission!.tokensReady(subject, token, t); break;
      default: break;
    }
  }

  private tick(t: number): void {
    const next = this.sampler.sample(t);
    if (next !== undefined) this.queue.push(next, TICK, 0);
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    closeAccounts(this.path, this.options.duration);
  }
}
