import { example, scaleDesign, type Topology } from '../src/model/index.ts';
import { compile } from '../src/sim/compile.ts';
import { Engine } from '../src/sim/engine.ts';
import { EventQueue } from '../src/sim/eventQueue.ts';
import { createStream, exponential } from '../src/sim/random.ts';

type Run = { events: number; wallSeconds: number; simulatedSeconds: number; meanHeap: number; peakHeapMB: number; retainedMB: number };

/** Runs a design to its end in one-second chunks, sampling the heap and the event queue's size. */
function runEngine(topology: Topology): Run {
  const engine = new Engine(compile(topology), { ...topology.settings });
  globalThis.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let heapSamples = 0;
  let heapSum = 0;
  const start = performance.now();
  for (let t = 0.05; !engine.done; t += 0.05) {
    engine.runUntil(t);
    heapSum += engine.queue.size;
    heapSamples++;
    if (heapSamples % 20 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baseHeap);
  }
  const wallSeconds = (performance.now() - start) / 1000;
  globalThis.gc?.();
  // What the finished engine still holds (its tables, sketches and series): bounded whatever the length.
  const retainedMB = (process.memoryUsage().heapUsed - baseHeap) / 1e6;
  const events = engine.events;
  return { events, wallSeconds, simulatedSeconds: topology.settings.duration, meanHeap: heapSum / heapSamples, peakHeapMB: peakHeap / 1e6, retainedMB };
}

/**
 * The baseline of SIMULATION.md: a bare M/M/1 loop on the same typed-array heap and the same
 * generator, with the heap holding as many pending events as the engine's (padding that never fires).
 */
function bareLoop(pending: number, events: number): number {
  const queue = new EventQueue();
  for (let i = 0; i < pending; i++) queue.push(1e300 + i, 9, i);
  const rng = createStream(1, 'bare');
  const popped = { time: 0, kind: 0, subject: 0, token: 0 };
  let inSystem = 0;
  queue.push(exponential(rng, 1), 0, 0);
  const start = performance.now();
  for (let n = 0; n < events; n++) {
    queue.pop(popped);
    const t = popped.time;
    if (popped.kind === 0) {
      queue.push(t + exponential(rng, 1), 0, 0);
      if (inSystem++ === 0) queue.push(t + exponential(rng, 0.5), 1, 0);
    } else if (--inSystem > 0) {
      queue.push(t + exponential(rng, 0.5), 1, 0);
    }
  }
  return events / ((performance.now() - start) / 1000);
}

const M = 1e6;

/**
 * scaleDesign(64) with QoS on every server, none of it binding, so that it runs the same I/Os through
 * the QoS paths: weights 1–4 in every pool (fair dispatch), a guarantee on each web server, a
 * 200 MB/s cap and a 64-deep queue on the others (admission), a 1,000 Mb/s network cap on each.
 */
export function withQosEverywhere(design: Topology): Topology {
  let server = 0;
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      if (node.kind !== 'server') return node;
      const weight = 1 + (server++ % 4);
      const web = node.workload.networkMbps === 800;
      return {
        ...node,
        workload: { ...node.workload, queueDepth: 64 },
        qos: {
          storage: web ? { weight, minMBps: 5 } : { weight, maxMBps: 200 },
          network: { weight, maxMbps: 1000 },
        },
      };
    }),
  };
}

/** CPU seconds of one run of `design` (the machine is shared: wall time measures the neighbours). */
function cpuSecondsOf(design: Topology): { cpu: number; events: number } {
  const engine = new Engine(compile(design), { ...design.settings });
  const start = process.cpuUsage();
  engine.runUntil(Infinity);
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1e6, events: engine.events };
}

/** Events per CPU second with and without QoS on scaleDesign(64), best of `rounds`, runs alternating. */
function qosCost(rounds = 5) {
  const plain = scaleDesign(64);
  const shaped = withQosEverywhere(plain);
  let best = { plain: 0, shaped: 0 };
  let events = { plain: 0, shaped: 0 };
  for (let i = 0; i < rounds; i++) {
    for (const [key, design] of [['plain', plain], ['shaped', shaped]] as const) {
      const run = cpuSecondsOf(design);
      best = { ...best, [key]: Math.max(best[key], run.events / run.cpu) };
      events = { ...events, [key]: run.events };
    }
  }
  return {
    name: 'engine with and without QoS on scaleDesign(64)',
    detail: `CPU time, best of ${rounds} alternating runs; ${(events.plain / M).toFixed(2)} M and ${(events.shaped / M).toFixed(2)} M events`,
    figure: `without QoS ${(best.plain / M).toFixed(2)} M events per CPU s, with QoS on every server (weights, guarantees, caps, queue depth; none binding) ${(best.shaped / M).toFixed(2)} M, ratio ${(best.shaped / best.plain).toFixed(2)}`,
  };
}

export function engineBenchmark() {
  const rows = [];
  const designs: [string, Topology][] = [['virtualized-rack', example('virtualized-rack')], ['scaleDesign(64)', scaleDesign(64)]];
  for (const [name, design] of designs) {
    runEngine(design); // warm the JIT
    const run = runEngine(design);
    const rate = run.events / run.wallSeconds;
    const bare = bareLoop(Math.round(run.meanHeap), 5_000_000);
    rows.push({
      name: `engine on ${name}`,
      detail: `${(run.events / M).toFixed(2)} M events over ${run.simulatedSeconds} simulated s, mean ${Math.round(run.meanHeap)} pending`,
      figure: `${(rate / M).toFixed(2)} M events/s (goal ≥ 3 on scaleDesign(64)), ${(run.simulatedSeconds / run.wallSeconds).toFixed(1)} simulated s per wall s, heap +${run.peakHeapMB.toFixed(1)} MB at most during the run (garbage included), +${run.retainedMB.toFixed(1)} MB retained after it; bare M/M/1 loop with the same pending events ${(bare / M).toFixed(2)} M events/s, engine/bare ${(rate / bare).toFixed(2)} (goal ≥ 0.5)`,
    });
  }
  rows.push(qosCost());
  return rows;
}
