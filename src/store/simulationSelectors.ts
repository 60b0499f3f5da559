import type { RunView } from './simulationSlice.ts';
import { failedTargetsAt } from './runSettings.ts';

type WithRun = { simulation: RunView };

export const selectRun = (s: WithRun) => s.simulation;

/**
 * Whether "Run to end" has something to do: not while a run is loading or running, nor when the
 * run on show reached its end with the design unchanged. A design edited after its run ended makes
 * that run stale: running to the end runs the new design (the store loads it).
 */
export const canRunToEnd = ({ simulation: { status, designChanged } }: WithRun) =>
  status !== 'running' && status !== 'loading' && (status !== 'done' || designChanged);

/** Whether the diagram has live figures to show: a frame of a run. */
export const hasFrame = (s: WithRun) => s.simulation.frame !== null && s.simulation.layout !== null;

/** Utilization of an adapter over the latest frame, or undefined with none (or no such adapter in the run). */
export function adapterUtilization(s: WithRun, id: string): number | undefined {
  const { frame, layout } = s.simulation;
  const i = layout?.adapterIndex.get(id);
  return frame && i !== undefined ? frame.adapterUtilization[i] : undefined;
}

export function linkUtilization(s: WithRun, id: string): number | undefined {
  const { frame, layout } = s.simulation;
  const i = layout?.linkIndex.get(id);
  return frame && i !== undefined ? frame.linkUtilization[i] : undefined;
}

/**
 * I/Os at an adapter now: queued at or served by its ports, plus those waiting in its own shared
 * queue when it is dedicated (its ports share one, like a pool's).
 */
export function adapterQueued(s: WithRun, id: string): number | undefined {
  const { frame, layout } = s.simulation;
  const i = layout?.adapterIndex.get(id);
  if (!frame || !layout || i === undefined) return undefined;
  const own = layout.pools.findIndex((pool) => pool.switchId === null && pool.adapterIds.length === 1 && pool.adapterIds[0] === id);
  return frame.adapterQueued[i]! + (own === -1 ? 0 : frame.poolQueued[own] ?? 0);
}

/** I/Os waiting in a switch's shared queue for one class now, or undefined without a frame or such a pool. */
export function switchPoolQueued(s: WithRun, switchId: string, trafficClass: 'storage' | 'network'): number | undefined {
  const { frame, layout } = s.simulation;
  const p = layout?.pools.findIndex((pool) => pool.switchId === switchId && pool.trafficClass === trafficClass) ?? -1;
  return frame && p !== -1 ? frame.poolQueued[p] : undefined;
}

/** I/Os a server holds back now (its queue depth or QoS cap), or undefined without a frame or when it holds none back ever. */
export function serverHeld(s: WithRun, serverId: string): number | undefined {
  const { frame, layout } = s.simulation;
  const i = layout?.heldServerIndex.get(serverId);
  return frame && i !== undefined ? frame.serverQueued?.[i] ?? 0 : undefined;
}

/**
 * Whether an element (or one of its ports, `hba1:2`) is failed at the time the run reached, by a
 * fault of the running document: the diagram marks it.
 */
export function isFailedNow(s: WithRun, id: string): boolean {
  const { runDocument, time, frame } = s.simulation;
  if (!runDocument || !frame || runDocument.settings.faults.length === 0) return false;
  for (const target of failedTargetsAt(runDocument.settings.faults, time)) {
    if (target === id || target.startsWith(`${id}:`)) return true;
  }
  return false;
}

const LIVE: ReadonlySet<string> = new Set(['paused', 'playing', 'stepping', 'running']);

/** Whether a fault can be injected now: a run of the current design that has not reached its end. */
export function canInjectFault(s: WithRun): boolean {
  const run = s.simulation;
  return run.runDocument !== null && !run.designChanged && LIVE.has(run.status);
}

/**
 * Whether a cable carries nothing because it or an element at one of its ends failed (an adapter,
 * a server, a switch, a fabric): the diagram draws it as down, showing the traffic has moved.
 */
export function isLinkDownNow(s: WithRun, linkId: string): boolean {
  if (!s.simulation.runDocument?.settings.faults.length) return false;
  const link = s.simulation.runDocument.links.find((l) => l.id === linkId);
  return isFailedNow(s, linkId) || (!!link && (isFailedNow(s, link.source) || isFailedNow(s, link.target)));
}
