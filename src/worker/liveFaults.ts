import type { Fault, Topology } from '../model/index.ts';

/** A live fault turned into the document's terms: the entry at `index` of `settings.faults` becomes `fault`. */
export type FaultChange = { faults: Fault[]; fault: Fault; index: number };

const seconds = (t: number) => `${Number(t.toPrecision(6))} s`;

/** Down at t by a fault of its own (a failed parent does not count: recovering the port would not help). */
function downAt(fault: Fault, target: string, t: number): boolean {
  return fault.target === target && fault.at <= t && (fault.until === undefined || fault.until > t);
}

/**
 * The faults of the settings with `target` failing at `t`, or, with `recover`, coming back at `t`
 * (its open fault gets `until: t`). A string says why not, in the user's words.
 */
export function applyLiveFault(faults: readonly Fault[], target: string, t: number, recover: boolean): FaultChange | string {
  const open = faults.findLastIndex((fault) => downAt(fault, target, t));
  if (!recover) {
    if (open !== -1) return `${target} has been failed since ${seconds(faults[open]!.at)}: recover it first.`;
    const fault: Fault = { at: t, target };
    return { faults: [...faults, fault], fault, index: faults.length };
  }
  if (open === -1) return `${target} is not failed at ${seconds(t)}: there is nothing to recover.`;
  const failed = faults[open]!;
  // The document requires until > at: a recovery needs some simulated time after the failure.
  if (failed.at >= t) return `${target} failed at this very instant (${seconds(t)}): advance the simulation before recovering it.`;
  const fault: Fault = { ...failed, until: t };
  return { faults: faults.with(open, fault), fault, index: open };
}

/** The document with these faults in its settings. */
export function withFaults(topology: Topology, faults: Fault[]): Topology {
  return { ...topology, settings: { ...topology.settings, faults } };
}
