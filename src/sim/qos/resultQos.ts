import type { Engine } from '../engine.ts';

/** What QoS did to one server's class in the measured window (docs/cli.md, "simulate"). */
export type QosFigures = {
  /** Mean time an I/O waited at its server before entering the path (its queue depth or cap), ms. */
  waitAtServerMs: { mean: number };
  /** Share of the completed I/Os that waited at the server. */
  heldFraction: number;
  /** Share of the window during which the server's next I/O waited for its cap's tokens. */
  tokenWaitFraction: number;
  /** I/Os waiting at the server: time-average over the window, and at the end (a growing backlog). */
  meanHeld: number;
  heldAtEnd: number;
  /** MB/s dispatched in its pools under its guarantee, ahead of the weighted shares. */
  guaranteedMBps: number;
};

/** The QoS figures of stream s, or undefined for a stream without QoS or queue depth. */
export function qosFigures(engine: Engine, s: number, completed: number): QosFigures | undefined {
  if (engine.model.streams[s]!.qos === null) return undefined;
  const { admission, fair } = engine.path;
  const window = engine.options.duration - engine.options.warmup;
  const gated = admission !== null && admission.gated[s] === 1;
  const held = gated ? admission.held[s]! : undefined;
  return {
    waitAtServerMs: { mean: gated && completed > 0 ? (admission.sumServerWait[s]! / completed) * 1000 : 0 },
    heldFraction: gated && completed > 0 ? admission.heldCompleted[s]! / completed : 0,
    tokenWaitFraction: gated ? admission.tokenWait[s]! / window : 0,
    meanHeld: held ? held.area / window : 0,
    heldAtEnd: held ? held.length : 0,
    guaranteedMBps: fair ? fair.context.guaranteedBytes[s]! / window / 1e6 : 0,
  };
}
