import type { PoolLayout } from '../../../sim/index.ts';

/** Each queue series' name in words: "Backup, at the server", "IOV switch, storage pool". */
export function queueSeriesNames(ids: readonly string[], pools: readonly PoolLayout[], labels: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return new Map(ids.map((id) => {
    const [kind, rest = ''] = id.split(/:(.*)/s);
    if (kind === 'server') return [id, `${labels.get(rest) ?? rest}, at the server`];
    const pool = pools.find((p) => p.id === rest);
    const owner = pool?.switchId ? labels.get(pool.switchId) ?? pool.switchId : rest;
    return [id, pool ? `${owner}, ${pool.trafficClass} pool` : rest];
  }));
}
