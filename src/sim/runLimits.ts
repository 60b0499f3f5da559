import type { CompiledModel } from './compile.ts';
import type { IoTable } from './ioTable.ts';

/**
 * A run refused or stopped at one of the engine's limits. The message says which limit and what
 * to change; the UI shows it and the CLI prints it (exit 2), never "internal error".
 */
export class RunLimitError extends Error {}

/** Enough for 10 minutes of scaleDesign(64) at the benchmark's rate: a run beyond is almost certainly a mistake. */
export const DEFAULT_MAX_EVENTS = 2_000_000_000;

/**
 * I/Os in flight at once, the whole run: about 90 bytes each in the engine's table (docs/simulating.md),
 * so at most about 100–150 MB with the table's doubling. A design overloaded this far has no
 * steady state to measure; an overloaded pool of the lessons peaks far below it.
 */
export const MAX_IN_FLIGHT = 1_000_000;

export function formatCount(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(1)} billion` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : Math.round(n).toLocaleString('en-US');
}

export class EventBudgetError extends RunLimitError {
  constructor(readonly expected: number, readonly budget: number) {
    super(`This run needs about ${formatCount(expected)} events, more than the budget of ${formatCount(budget)}: shorten the duration or lighten the workloads.`);
    this.name = 'EventBudgetError';
  }
}

export class PendingIoLimitError extends RunLimitError {
  /** `serverName` as people see it: its label and id, "Web 1 (s1)". */
  /** `heldAtServer`: the server holds its excess itself (a QoS cap or queue depth), so more adapters would not help. */
  constructor(readonly time: number, readonly inFlight: number, readonly limit: number, readonly serverId: string, readonly serverInFlight: number, serverName = serverId, heldAtServer = false) {
    super(
      `The run stopped at ${Number(time.toPrecision(3))} s of simulated time: ${inFlight.toLocaleString('en-US')} I/Os were waiting at once, more than the ${limit.toLocaleString('en-US')} the simulation holds. `
      + `${serverName} is the most overloaded server (${serverInFlight.toLocaleString('en-US')} of them)`
      + (heldAtServer ? ', most waiting at the server for its QoS cap or queue depth: lighten its workload, raise its cap, or shorten the run.' : ': lighten its workload or give its traffic more adapters.'),
    );
    this.name = 'PendingIoLimitError';
  }
}

/** The server with the most I/Os in flight: a walk of the whole table, done once, when the limit is hit. */
export function mostOverloadedServer(model: CompiledModel, ios: IoTable): { serverId: string; inFlight: number } {
  const byStream = ios.inFlightByStream(model.streams.length);
  const byServer = new Map<string, number>();
  model.streams.forEach((stream, s) => byServer.set(stream.serverId, (byServer.get(stream.serverId) ?? 0) + byStream[s]!));
  let worst = { serverId: model.streams[0]?.serverId ?? 'a server', inFlight: 0 };
  for (const [serverId, inFlight] of byServer) if (inFlight > worst.inFlight) worst = { serverId, inFlight };
  return worst;
}
