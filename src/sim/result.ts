import { indexOf, type Topology, type TrafficClass } from '../model/index.ts';
import type { Engine } from './engine.ts';
import { adapterResults, linkResults, type AdapterResult, type LinkResult } from './resultAdapters.ts';
import { EMPTY_CLASS, classResult, type ClassResult } from './resultClass.ts';
import { faultResults, type FaultResult, type FaultWindowResult } from './resultFaults.ts';
import { qosFigures, type QosFigures } from './qos/resultQos.ts';
import { dedicatedStages, poolStages, type DedicatedStage, type PoolStage } from './resultStages.ts';

export type { AdapterResult, ClassResult, DedicatedStage, FaultResult, FaultWindowResult, LinkResult, PoolStage, QosFigures };
export type { PortResult } from './resultAdapters.ts';
export type { StageFigures } from './resultStages.ts';
export type { TimeFigures } from './resultClass.ts';

export type SimulationResult = {
  seed: number;
  duration: number;
  warmup: number;
  events: number;
  adapters: AdapterResult[];
  links: LinkResult[];
  /** Per server and class; `qos` only where the server has QoS or a queue depth for that class. */
  servers: { id: string; storage: ClassResult & { qos?: QosFigures }; network: ClassResult & { qos?: QosFigures } }[];
  /** Per switch pool, class and direction: the port stage, analytic beside simulated. */
  pools: PoolStage[];
  /** The same for each dedicated adapter, class and direction (its server's own queue). */
  dedicated: DedicatedStage[];
  /** The measured window cut at each fault change: one window per stretch with one set of failed elements. */
  faultWindows: FaultWindowResult[];
  /** Per fault of the settings, in their order: the windows before, during and after it (indices into faultWindows). */
  faults: FaultResult[];
  /** Utilization over time, one value per interval of `step` seconds, from the start. */
  series: { step: number; adapters: Record<string, number[]>; links: Record<string, number[]> };
};

/** The figures of a finished run, in the units of SIMULATION.md (ms, MB/s, IOPS, fractions). */
export function buildResult(topology: Topology, engine: Engine): SimulationResult {
  const { model, options } = engine;
  const window = options.duration - options.warmup;
  const adapters = adapterResults(engine);
  const streamIndex = new Map(model.streams.map((s, i) => [`${s.serverId}/${s.trafficClass}`, i]));
  const servers = indexOf(topology).servers.map((server) => {
    const of = (trafficClass: TrafficClass) => {
      const s = streamIndex.get(`${server.id}/${trafficClass}`);
      if (s === undefined) return EMPTY_CLASS;
      const figures = classResult(engine.streamStats, s, window);
      const qos = qosFigures(engine, s, figures.completed);
      return qos ? { ...figures, qos } : figures;
    };
    return { id: server.id, storage: of('storage'), network: of('network') };
  });
  const seriesOf = (ids: string[], offset: number) => Object.fromEntries(ids.map((id, i) => [id, engine.series.read(offset + i).values]));
  return {
    seed: options.seed, duration: options.duration, warmup: options.warmup, events: engine.events,
    adapters, links: linkResults(topology, engine, adapters), servers,
    pools: poolStages(topology, engine),
    dedicated: dedicatedStages(topology, engine),
    ...faultResults(engine),
    series: {
      step: engine.series.step,
      adapters: seriesOf(model.adapters.map((a) => a.id), 0),
      links: seriesOf(model.cables.map((c) => c.linkId), model.adapters.length),
    },
  };
}
