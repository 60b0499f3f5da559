// The messages of a batch worker: one whole job per worker (a run to its end, or a pool sizing),
// reported with progress. Cancelling a batch job terminates its worker: nothing to resume.
import type { SizingTarget, Topology, TrafficClass } from '../model/index.ts';
import type { BreakEven, PoolSizing, SimulationResult, SizingCandidate } from '../sim/index.ts';

export type BatchRequest =
  /** Run a design to its end (the compare view runs the design and its counterpart side by side). */
  | { type: 'simulate'; topology: Topology; seed?: number; duration?: number }
  /** Size every IOV switch pool of a class for a target, then fill in the curve of pool size against p99. */
  | { type: 'size'; topology: Topology; trafficClass: TrafficClass; target: SizingTarget; seed?: number; duration?: number }
  /** Cost, power and p99 of both sides as the rack grows (sim/breakEven.ts), simulated at `counts`. */
  | { type: 'breakEven'; topology: Topology; counts: number[]; replications: number; duration?: number };

/** What a sizing reports: the search's verdict, and every size simulated for the chart (the search's and the curve's). */
export type SizedPool = PoolSizing & { curve: SizingCandidate[] };

export type BatchReport =
  /** `fraction` of the job done, 0 to 1; `note` says what is under way, in the user's words. */
  | { type: 'progress'; fraction: number; note?: string }
  | { type: 'simulated'; result: SimulationResult }
  | { type: 'sized'; pools: SizedPool[] }
  | { type: 'brokeEven'; breakEven: BreakEven }
  | { type: 'error'; message: string };
