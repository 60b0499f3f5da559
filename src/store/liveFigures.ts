import { adapterUtilization, hasFrame, isFailedNow, isLinkDownNow, linkUtilization } from './simulationSelectors.ts';
import type { RunView } from './simulationSlice.ts';

type Figure = { utilization: number; failed?: boolean };
/** A run's figures at the frame shown, for a still picture of it (the image export). */
export type LiveFiguresNow = { adapters: Map<string, Figure>; links: Map<string, Figure>; time: number };

/** Every adapter's and cable's utilization at the frame shown, and what has failed; undefined with no run shown. */
export function liveFiguresNow(s: { simulation: RunView }): LiveFiguresNow | undefined {
  const { layout } = s.simulation;
  if (!hasFrame(s) || !layout) return undefined;
  const adapters = new Map<string, Figure>();
  for (const id of layout.adapterIndex.keys()) {
    const utilization = adapterUtilization(s, id);
    if (utilization !== undefined) adapters.set(id, { utilization, ...(isFailedNow(s, id) ? { failed: true } : {}) });
  }
  const links = new Map<string, Figure>();
  for (const id of layout.linkIndex.keys()) {
    const utilization = linkUtilization(s, id);
    if (utilization !== undefined) links.set(id, { utilization, ...(isLinkDownNow(s, id) ? { failed: true } : {}) });
  }
  return { adapters, links, time: s.simulation.time };
}
