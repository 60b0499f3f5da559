import type { CompiledModel } from './compile.ts';
import type { Engine } from './engine.ts';
import { isGated } from './qos/streamQos.ts';

/**
 * The servers that can hold their own I/O (a queue depth or a QoS cap on a class: docs/simulation.md,
 * "QoS"), in the order of the model's streams, with the streams of each that do. A capped server's
 * excess waits there, at the server, never in the pool: the live view shows that queue.
 */
export type HeldServers = { ids: string[]; streams: number[][] };

export function heldServersOf(model: CompiledModel): HeldServers {
  const ids: string[] = [];
  const streams: number[][] = [];
  model.streams.forEach((stream, s) => {
    if (!isGated(stream.qos)) return;
    let i = ids.indexOf(stream.serverId);
    if (i === -1) i = ids.push(stream.serverId) - 1;
    (streams[i] ??= []).push(s);
  });
  return { ids, streams };
}

/** I/Os waiting at each of those servers now, both classes together, in `held.ids` order. */
export function serverHeldNow(engine: Engine, held: HeldServers): Int32Array {
  const admission = engine.path.admission;
  return Int32Array.from(held.streams, (streams) => (admission ? streams.reduce((sum, s) => sum + admission.held[s]!.length, 0) : 0));
}
