import { describe, expect, it } from 'vitest';
import { example, setPoolSize, type Topology } from '../model/index.ts';
import { compile } from './compile.ts';
import { MAX_IN_FLIGHT, PendingIoLimitError, RunLimitError } from './runLimits.ts';
import { createSimulation, expectedEvents, simulate } from './simulation.ts';

function withServer(topology: Topology, id: string, change: Record<string, unknown>): Topology {
  return { ...topology, nodes: topology.nodes.map((n) => (n.id === id && n.kind === 'server' ? { ...n, workload: { ...n.workload, ...change } } : n)) };
}

describe('the cap on I/Os in flight', () => {
  it('stops a run of 10,000,000 IOPS on one server, naming it, before memory grows', () => {
    const design = withServer(example('classic-rack'), 's3', { storageIops: 10_000_000 });
    const simulation = createSimulation(design, { maxInFlight: 20_000 });
    let stopped: unknown;
    try {
      simulation.advanceTo(10);
    } catch (error) {
      stopped = error;
    }
    expect(stopped).toBeInstanceOf(PendingIoLimitError);
    expect(stopped).toBeInstanceOf(RunLimitError);
    const limit = stopped as PendingIoLimitError;
    expect(limit.serverId).toBe('s3');
    expect(limit.inFlight).toBeGreaterThan(20_000);
    expect(limit.inFlight).toBeLessThan(20_000 + 70_000); // one slice of events past the cap at most
    expect(limit.serverInFlight).toBeGreaterThan(limit.inFlight * 0.99);
    expect(limit.message).toMatch(/^The run stopped at 0\.\d+ s of simulated time: [\d,]+ I\/Os were waiting at once, more than the 20,000 the simulation holds\. DB 1 \(s3\) is the most overloaded server \([\d,]+ of them\): lighten its workload or give its traffic more adapters\.$/);
  });

  it('lets an overloaded pool below the cap run to its end, its queue growing all along', () => {
    const slow = setPoolSize(example('virtualized-rack'), 'sw1', 'storage', 1);
    if (!slow.ok) throw new Error(slow.reason);
    const overloaded = { ...slow.topology, nodes: slow.topology.nodes.map((n) => (n.kind === 'fc-hba' ? { ...n, props: { ...n.props, speedGfc: 1 } } : n)) } as Topology;
    const simulation = createSimulation(overloaded);
    const inFlight = [2, 4, 6, 8, 10].map((t) => simulation.advanceTo(t).inFlight);
    expect(simulation.done).toBe(true);
    for (let i = 1; i < inFlight.length; i++) expect(inFlight[i]).toBeGreaterThan(inFlight[i - 1]!);
    expect(inFlight.at(-1)).toBeLessThan(MAX_IN_FLIGHT);
  });
});

describe('the event budget counts every kind of event', () => {
  it('counts the on/off switches of bursty streams, so very short bursts are refused up front', () => {
    const bursty = withServer(example('classic-rack'), 's1', { arrivals: 'bursty', onMs: 0.1, offMs: 0.1 });
    const model = compile(bursty);
    const plain = compile(withServer(example('classic-rack'), 's1', { arrivals: 'bursty', onMs: 1000, offMs: 1000 }));
    // Two switches per 0.2 ms cycle on each of s1's two streams: 20,000 a second more.
    expect(expectedEvents(model, 1) - expectedEvents(plain, 1)).toBeCloseTo(20_000 - 2, 0);
    expect(() => createSimulation(bursty, { maxEvents: 100_000 })).toThrow(/events, more than the budget/);
  });

  it('still runs a normal design to its end', () => {
    expect(simulate(example('virtualized-rack'), { duration: 1 }).servers.length).toBe(8);
  });
});
