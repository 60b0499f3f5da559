import { isNeutralQos, type ServerNode, type TrafficClass } from '../../model/index.ts';

/** A cap's default token bucket holds this much of its rate: 10 ms (docs/simulation.md, "QoS"). */
export const BURST_SECONDS = 0.01;

/** Bytes per second of a class's QoS unit: storage MB/s (megabytes), network Mb/s (megabits). */
const BYTES_PER_UNIT = { storage: 1e6, network: 1e6 / 8 } as const;

/**
 * A stream's QoS in the engine's units (bytes, seconds), from its server's `qos` and its workload's
 * `queueDepth`. Zero rates mean "none"; a depth of Infinity means unlimited.
 */
export type StreamQos = {
  queueDepth: number;
  weight: number;
  capBytesPerSecond: number;
  capBurstBytes: number;
  capIops: number;
  capIopsBurst: number;
  guaranteeBytesPerSecond: number;
  guaranteeBurstBytes: number;
  /** True when the server sets anything for this class in `qos` (its pools then dispatch fairly). */
  shapesPool: boolean;
};

/** The stream's QoS, or null when it has none (queue depth unlimited, no qos for its class). */
export function streamQosOf(server: ServerNode, trafficClass: TrafficClass): StreamQos | null {
  const storage = trafficClass === 'storage' ? server.qos?.storage : undefined;
  const network = trafficClass === 'network' ? server.qos?.network : undefined;
  const cls = storage ?? network;
  const shapesPool = !isNeutralQos({ storage, network });
  const depth = server.workload.queueDepth;
  if (!shapesPool && depth === undefined) return null;
  const unit = BYTES_PER_UNIT[trafficClass];
  const cap = storage?.maxMBps ?? network?.maxMbps ?? 0;
  const min = storage?.minMBps ?? network?.minMbps ?? 0;
  const iops = storage?.maxIops ?? 0;
  const capBytesPerSecond = cap * unit;
  return {
    queueDepth: depth ?? Infinity,
    weight: cls?.weight ?? 1,
    capBytesPerSecond,
    capBurstBytes: cls?.burstKiB !== undefined ? cls.burstKiB * 1024 : capBytesPerSecond * BURST_SECONDS,
    capIops: iops,
    capIopsBurst: Math.max(1, iops * BURST_SECONDS),
    guaranteeBytesPerSecond: min * unit,
    guaranteeBurstBytes: min * unit * BURST_SECONDS,
    shapesPool,
  };
}

/** A stream whose I/Os may wait at the server: a queue depth or a cap. */
export function isGated(qos: StreamQos | null): boolean {
  return qos !== null && (qos.queueDepth !== Infinity || qos.capBytesPerSecond > 0 || qos.capIops > 0);
}
