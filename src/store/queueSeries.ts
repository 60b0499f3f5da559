import type { PoolLayout } from '../sim/index.ts';
import type { FrameReport } from '../worker/protocol.ts';
import { LiveSeries } from './liveSeries.ts';

/** A series' name: `server:s5` (I/Os it holds back) or `pool:<pool id>` (I/Os waiting in a switch's pool). */
export type QueueSeriesName = `server:${string}` | `pool:${string}`;

/** What the series need of a run's layout: the servers that hold their own I/O back, where each sits in a frame, and the pools. */
export type QueueLayout = { heldServerIds: readonly string[]; heldServerIndex: ReadonlyMap<string, number>; pools: readonly PoolLayout[] };

/**
 * Where I/Os wait over time, from the frames: at each server that holds its own back (a queue depth
 * or a QoS cap) and in each switch pool. Only for a run with such a server: there the question is
 * whose queue grows (a capped server's, at the server) and whose stays short (the pool's).
 */
export function createQueueSeries(layout: QueueLayout): LiveSeries | null {
  if (layout.heldServerIds.length === 0) return null;
  const names: QueueSeriesName[] = [
    ...layout.heldServerIds.map((id) => `server:${id}` as const),
    ...layout.pools.filter((pool) => pool.switchId !== null).map((pool) => `pool:${pool.id}` as const),
  ];
  return new LiveSeries(names);
}

/** A frame's counts in the series' order: the servers', then the switch pools'. */
export function queueCounts(layout: QueueLayout, frame: FrameReport): number[] {
  const servers = layout.heldServerIds.map((id) => frame.serverQueued?.[layout.heldServerIndex.get(id)!] ?? 0);
  const pools = layout.pools.flatMap((pool, i) => (pool.switchId === null ? [] : [frame.poolQueued[i] ?? 0]));
  return [...servers, ...pools];
}
