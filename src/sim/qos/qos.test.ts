import { describe, expect, it } from 'vitest';
import { example, type Qos, type ServerNode, type Topology } from '../../model/index.ts';
import { createSimulation, hashResult, simulate } from '../index.ts';
import { pooledDesign, singleQueueDesign } from '../validationDesigns.ts';

/** Sets QoS and workload fields on servers, by id. */
function withServers(topology: Topology, changes: Record<string, { qos?: Qos; workload?: Partial<ServerNode['workload']> }>): Topology {
  return {
    ...topology,
    nodes: topology.nodes.map((node) => {
      const change = node.kind === 'server' ? changes[node.id] : undefined;
      if (!change || node.kind !== 'server') return node;
      return { ...node, ...(change.qos && { qos: change.qos }), workload: { ...node.workload, ...change.workload } };
    }),
  };
}

const storage = (result: ReturnType<typeof simulate>, id: string) => result.servers.find((s) => s.id === id)!.storage;

describe('a cap (token bucket)', () => {
  // One server offering 1,000 × 0.4 MB = 400 MB/s (fixed sizes) to one 8GFC port (800 MB/s), capped at 100 MB/s.
  const design = withServers(pooledDesign({ servers: 1, ports: 1, arrivalRate: 1000, serviceSeconds: 0.0005, fixedSizes: true, duration: 10 }), { s1: { qos: { storage: { maxMBps: 100 } } } });

  it('holds the throughput at the cap, the excess waiting at the server', () => {
    const result = simulate(design);
    const s1 = storage(result, 's1');
    expect(s1.throughputMBps).toBeGreaterThan(99);
    expect(s1.throughputMBps).toBeLessThanOrEqual(100.5);
    expect(s1.failed).toBe(0);
    // It asks four times what it may send: the backlog at the server grows, and its I/Os wait there.
    expect(s1.qos!.heldAtEnd).toBeGreaterThan(2000);
    expect(s1.qos!.waitAtServerMs.mean).toBeGreaterThan(1000);
    expect(s1.qos!.tokenWaitFraction).toBeGreaterThan(0.95);
  });

  it('lets through at most cap × 1 s + the 10 ms burst + one I/O in any second after the warm-up', () => {
    const run = createSimulation(design);
    run.advanceTo(1);
    for (let t = 2; t <= 10; t++) {
      const frame = run.advanceTo(t);
      expect(frame.classThroughput[0]!).toBeLessThanOrEqual(100 + 1 + 0.4);
      expect(frame.classThroughput[0]!).toBeGreaterThan(98);
    }
  });

  it('lets a tiny I/O go when the tokens it lacks are shorter than the clock can tell (no endless TOKENS events)', () => {
    // Found by `iov simulate`: at 5.117 s a few-byte I/O (exponential sizes) lacked 1e-8 bytes, a wait
    // under the clock's resolution, and its event fired at the same instant for ever.
    let rack = example('virtualized-rack');
    rack = withServers(rack, { s5: { qos: { storage: { maxMBps: 300 } }, workload: { storageIops: 4000, queueDepth: 32 } } });
    const result = simulate(rack, { duration: 6, warmup: 0.6, maxEvents: 2_000_000 });
    expect(storage(result, 's5').throughputMBps).toBeCloseTo(300, -1);
  });

  it('applies to reads and writes together, and to I/Os per second', () => {
    const mixed = withServers(pooledDesign({ servers: 1, ports: 1, arrivalRate: 1000, serviceSeconds: 0.0005, readShare: 0.5, duration: 10 }), {
      s1: { qos: { storage: { maxMBps: 100 } } },
    });
    expect(storage(simulate(mixed), 's1').throughputMBps).toBeCloseTo(100, 0);
    const iops = withServers(design, { s1: { qos: { storage: { maxIops: 150 } } } });
    expect(storage(simulate(iops), 's1').iops).toBeCloseTo(150, 0);
  });
});

describe('weighted fair dispatch in a pool', () => {
  // Two servers at queue depth 32, each offering 800 MB/s to one 800 MB/s port: both always backlogged.
  const flood = pooledDesign({ servers: 2, ports: 1, arrivalRate: 2000, serviceSeconds: 0.0005, duration: 10 });

  it('gives two backlogged servers of weights 3 and 1 bytes 3:1 (within 2 %)', () => {
    const design = withServers(flood, {
      s1: { qos: { storage: { weight: 3 } }, workload: { queueDepth: 32 } },
      s2: { workload: { queueDepth: 32 } },
    });
    const result = simulate(design);
    const ratio = storage(result, 's1').throughputMBps / storage(result, 's2').throughputMBps;
    expect(Math.abs(ratio / 3 - 1)).toBeLessThan(0.02);
    // Together they keep the port full.
    expect(storage(result, 's1').throughputMBps + storage(result, 's2').throughputMBps).toBeGreaterThan(790);
  });

  it('applies weights among the servers sharing a pinned port under static, and at the dispatcher under least-loaded', () => {
    for (const policy of ['static', 'least-loaded'] as const) {
      // Four servers on two ports: under static s1 and s3 share port 1, s2 and s4 port 2.
      const four = pooledDesign({ servers: 4, ports: 2, arrivalRate: 2000, serviceSeconds: 0.0005, duration: 6, policy });
      const design = withServers(four, {
        s1: { qos: { storage: { weight: 3 } }, workload: { queueDepth: 32 } },
        s2: { workload: { queueDepth: 32 } }, s3: { workload: { queueDepth: 32 } }, s4: { workload: { queueDepth: 32 } },
      });
      const result = simulate(design);
      const [a, b, c, d] = ['s1', 's2', 's3', 's4'].map((id) => storage(result, id).throughputMBps) as [number, number, number, number];
      if (policy === 'static') {
        expect(a / c).toBeCloseTo(3, 1);
        expect(b / d).toBeCloseTo(1, 1);
      } else {
        // Six shares of 1,600 MB/s: 800 for s1, 267 for each other.
        expect(a / b).toBeCloseTo(3, 1);
        expect(c / d).toBeCloseTo(1, 1);
      }
    }
  });

  it('meets a guarantee under a flood that its weight alone would not', () => {
    // s1 asks 300 MB/s (open Poisson stream) against three servers flooding at depth 32 with weight 2 each:
    // its weighted share is 800 / 7 = 114 MB/s; its guarantee is 300.
    const base = pooledDesign({ servers: 4, ports: 1, arrivalRate: 2000, serviceSeconds: 0.0005, duration: 10 });
    const floods = Object.fromEntries(['s2', 's3', 's4'].map((id) => [id, { qos: { storage: { weight: 2 } }, workload: { queueDepth: 32 } }]));
    const s1Demand = { storageIops: 750 };
    const without = simulate(withServers(base, { ...floods, s1: { workload: s1Demand } }));
    const guaranteed = simulate(withServers(base, { ...floods, s1: { qos: { storage: { minMBps: 300 } }, workload: s1Demand } }));
    expect(storage(without, 's1').throughputMBps).toBeLessThan(130);
    expect(storage(guaranteed, 's1').throughputMBps).toBeGreaterThan(0.98 * 300);
    expect(storage(guaranteed, 's1').qos!.guaranteedMBps).toBeGreaterThan(150);
  });
});

describe('queueDepth', () => {
  it('at depth 1 on one adapter gives the closed-loop throughput: 1 / (service + latencies)', () => {
    // Fixed 0.8 MB I/Os on an 800 MB/s port: 1 ms each, then 5 µs (HBA) + 0.5 µs (SAN): one I/O every 1.0055 ms.
    const single = singleQueueDesign({ arrivalRate: 2000, serviceSeconds: 0.001, fixedSizes: true, duration: 10 });
    const design = withServers({
      ...single,
      nodes: single.nodes.map((n) => (n.kind === 'fc-hba' ? { ...n, props: { ...n.props, latencyUs: 5 } } : n.kind === 'san' ? { ...n, props: { ...n.props, fabricLatencyUs: 0.5 } } : n)),
    }, { s1: { workload: { queueDepth: 1 } } });
    const s1 = storage(simulate(design), 's1');
    expect(s1.iops).toBeCloseTo(1 / 0.0010055, 0);
  });

  it('bounds the I/Os at the adapter, and the arrivals beyond it wait at the server', () => {
    const design = withServers(singleQueueDesign({ arrivalRate: 2000, serviceSeconds: 0.001, duration: 3 }), { s1: { workload: { queueDepth: 4 } } });
    const run = createSimulation(design);
    let most = 0;
    // A dedicated adapter's waiting I/Os are in its own shared queue (the pool's figure), the rest at its port.
    for (let t = 0.05; t <= 3; t += 0.05) {
      const frame = run.advanceTo(t);
      most = Math.max(most, frame.adapterQueued[0]! + frame.poolQueued[0]!);
    }
    expect(most).toBe(4);
    expect(run.layout.serverIds).toEqual(['s1']);
    // Asked 2,000/s, served 1,000/s: the backlog at the server grows by about 1,000 I/Os a second.
    expect(run.advanceTo(3).serverQueued[0]).toBeGreaterThan(2500);
    const s1 = run.result().servers[0]!.storage;
    expect(s1.qos!.waitAtServerMs.mean).toBeGreaterThan(0);
    expect(s1.iops).toBeCloseTo(1000, -1);
  });
});

describe('QoS runs', () => {
  const design = withServers(pooledDesign({ servers: 3, ports: 2, arrivalRate: 1500, serviceSeconds: 0.0005, duration: 3 }), {
    s1: { qos: { storage: { weight: 2, maxMBps: 300, minMBps: 100 } }, workload: { queueDepth: 16 } },
    s2: { workload: { queueDepth: 8 } },
  });

  it('are deterministic whatever the chunking', () => {
    const whole = hashResult(simulate(design));
    const chunked = createSimulation(design);
    for (const t of [0.001, 0.37, 0.38, 1.2, 2.9999]) chunked.advanceTo(t);
    chunked.advanceTo(Infinity);
    expect(hashResult(chunked.result())).toBe(whole);
  });

  it('report QoS figures only for servers that have QoS or a queue depth', () => {
    const result = simulate(design);
    expect(storage(result, 's1').qos).toBeDefined();
    expect(storage(result, 's2').qos).toBeDefined();
    expect('qos' in storage(result, 's3')).toBe(false);
    expect(result.servers[0]!.network).not.toHaveProperty('qos');
    expect(storage(result, 's1').throughputMBps).toBeLessThanOrEqual(300 + 0.5);
  });
});

const reads = (result: ReturnType<typeof simulate>) => result.pools.find((p) => p.direction === 'up')!.analytic;

describe('the analytic column under QoS', () => {
  const base = pooledDesign({ servers: 2, ports: 2, arrivalRate: 600, serviceSeconds: 0.001, duration: 2 });

  it('is the FCFS formula, approx. (weighted), when weights or guarantees reorder the pool', () => {
    const plain = reads(simulate(base));
    const weighted = reads(simulate(withServers(base, { s1: { qos: { storage: { weight: 4, minMBps: 10 } } } })));
    expect(plain.exact).toBe(true);
    expect('qos' in plain).toBe(false);
    expect(weighted).toEqual({ ...plain, exact: false, qos: 'weighted' });
  });

  it('has no closed form, its figures null in JSON, when a queue depth or a cap shapes a server’s arrivals', () => {
    for (const change of [{ workload: { queueDepth: 8 } }, { qos: { storage: { maxMBps: 500 } } }]) {
      const analytic = reads(simulate(withServers(base, { s2: change })));
      expect(analytic).toMatchObject({ model: 'no closed form', exact: false, qos: 'no closed form' });
      expect(JSON.parse(JSON.stringify(analytic)).meanResponseMs).toBeNull();
    }
  });
});

describe('a backlog at a capped server', () => {
  it('stops the run at the cap of I/Os in flight with advice about the cap, not about adapters', () => {
    const design = withServers(pooledDesign({ servers: 1, ports: 1, arrivalRate: 1000, serviceSeconds: 0.0005, fixedSizes: true, duration: 10 }), { s1: { qos: { storage: { maxMBps: 100 } } } });
    expect(() => simulate(design, { maxInFlight: 2000 })).toThrow(/most waiting at the server for its QoS cap or queue depth: lighten its workload, raise its cap, or shorten the run\.$/);
  });
});
