import type { Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { dedicate } from './dedicate.ts';
import { virtualize } from './virtualize.ts';

/**
 * A design's counterpart: `virtualize` when its servers carry their own adapters, `dedicate`
 * otherwise. A transform of the model, apart from the simulation's comparison (sim/compare.ts) that
 * runs both: the page reaches it without reaching the engine.
 */
export function counterpartOf(topology: Topology): { ok: true; topology: Topology } | { ok: false; reason: string } {
  const index = indexOf(topology);
  const hasDedicated = index.servers.some((s) => index.adaptersIn(s.id).length > 0);
  const result = hasDedicated ? virtualize(topology) : dedicate(topology);
  return result.ok ? { ok: true, topology: result.topology } : result;
}
