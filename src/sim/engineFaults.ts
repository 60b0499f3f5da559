import { activeRoutes } from '../model/index.ts';
import { DOWN, UP } from './compile.ts';
import type { FaultSchedule } from './faultSchedule.ts';
import type { IoPath } from './ioPath.ts';

/**
 * A fault starting or ending (SIMULATION.md, "Faults"): what is live is recomputed, the routes that
 * carry each stream are asked of the model again, I/Os on resources that went down are taken off and
 * retried, and recovered ports take the head of their shared queue at once.
 */
export function applyFaultChange(path: IoPath, faults: FaultSchedule, index: number, t: number): void {
  const { model, resources } = path;
  path.windows?.enter(t, resources, path.warmup);
  faults.apply(faults.changes[index]!);
  const wentDown: number[] = [];
  const cameUp: number[] = [];
  const setLive = (r: number, live: boolean) => {
    if (!!resources.live[r] === live) return;
    resources.live[r] = live ? 1 : 0;
    (live ? cameUp : wentDown).push(r);
  };
  model.ports.forEach((port, i) => {
    const live = !faults.isDown(port.elements);
    setLive(2 * i + UP, live);
    setLive(2 * i + DOWN, live);
  });
  model.cables.forEach((cable, i) => {
    const live = !faults.isDown(cable.elements);
    setLive(path.cableBase + 2 * i + UP, live);
    setLive(path.cableBase + 2 * i + DOWN, live);
  });
  model.pools.forEach((pool, p) => {
    path.poolLivePorts[p] = pool.ports.filter((port) => resources.live[2 * port]).length;
  });
  path.active = model.streams.map((stream) =>
    activeRoutes(stream.routes, faults.failed).routes.map((live) => stream.routes.indexOf(live.route)));

  const evicted: number[] = [];
  for (const r of wentDown) evict(path, r, t, evicted);
  model.pools.forEach((_, p) => {
    if (path.poolLivePorts[p] === 0) {
      for (const d of [UP, DOWN]) evicted.push(...path.sharedQueues[2 * p + d]!.drainAt(t));
      evictFairPool(path, p, t, evicted);
    }
  });
  for (const io of evicted) path.retry(io, t);
  for (const r of cameUp) path.serveNext(r, t);
}

/** Takes every I/O off a failed resource: the one in service first, then the queue in order. */
function evict(path: IoPath, r: number, t: number, into: number[]): void {
  const { ios, resources, cableBase, warmup } = path;
  const busy = resources.busyIo[r]!;
  if (busy >= 0) {
    // The time already served counts as service; the pending completion is made stale.
    const served = t - ios.stageStart[busy]!;
    ios.service[busy] = ios.service[busy]! + served;
    if (r < cableBase) ios.portService[busy] = ios.portService[busy]! + served;
    ios.generation[busy] = ios.generation[busy]! + 1;
    ios.resource[busy] = -1;
    resources.accountBusy(r, t, warmup);
    resources.busyIo[r] = -1;
    resources.changeOccupancy(r, -1, t, warmup);
    into.push(busy);
  }
  for (const io of resources.queues[r]!.drain()) {
    resources.changeOccupancy(r, -1, t, warmup);
    const waited = t - ios.stageStart[io]!;
    ios.wait[io] = ios.wait[io]! + waited;
    if (r < cableBase) ios.portWait[io] = ios.portWait[io]! + waited;
    into.push(io);
  }
  evictFair(path, r, t, into);
}

/** The I/O left a fair queue at t: its wait there counts, at the port stage too. */
function countWait(path: IoPath, io: number, t: number): void {
  const { ios } = path;
  const waited = t - ios.stageStart[io]!;
  ios.wait[io] = ios.wait[io]! + waited;
  ios.portWait[io] = ios.portWait[io]! + waited;
}

/** A failed port of a fair `static` pool: the I/Os in its fair queue leave it, in stream order. */
function evictFair(path: IoPath, r: number, t: number, into: number[]): void {
  const { fair, resources, warmup } = path;
  if (fair === null || r >= path.cableBase || fair.ofResource[r]! < 0) return;
  for (const io of fair.queues[fair.ofResource[r]!]!.drain(t)) {
    resources.changeOccupancy(r, -1, t, warmup);
    countWait(path, io, t);
    into.push(io);
  }
}

/** A fair pool with no live port left gives up its dispatcher's queues. */
function evictFairPool(path: IoPath, p: number, t: number, into: number[]): void {
  const { fair } = path;
  if (fair === null) return;
  for (const d of [UP, DOWN]) {
    if (fair.ofPool[2 * p + d]! < 0) continue;
    for (const io of fair.queues[fair.ofPool[2 * p + d]!]!.drain(t)) {
      countWait(path, io, t);
      into.push(io);
    }
  }
}
