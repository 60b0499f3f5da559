import { designBuilder } from '../model/examples/designBuilder.ts';
import type { Topology } from '../model/index.ts';

/**
 * Designs that are textbook queues, for validating the engine against domain.md's worked cases:
 * Poisson arrivals, reads only (one direction), every fixed latency zero, and an 8GFC port
 * (800 MB/s) so that a block of `serviceSeconds` x 800 MB is served in `serviceSeconds`.
 */
const PORT_BYTES_PER_SECOND = 800e6;
const ZERO_LATENCY = { latencyUs: 0 };

type QueueCase = {
  arrivalRate: number; serviceSeconds: number; fixedSizes?: boolean; readShare?: number; duration: number; seed?: number;
  /** The ports' IOPS ceiling (catalog default otherwise), and a dedicated adapter's port count. */
  iopsMax?: number; adapterPorts?: number;
};

const ceiling = (c: QueueCase) => (c.iopsMax === undefined ? {} : { iopsMax: c.iopsMax });

function workload(c: QueueCase) {
  return {
    storageIops: c.arrivalRate, blockKiB: (c.serviceSeconds * PORT_BYTES_PER_SECOND) / 1024,
    readShare: c.readShare ?? 1, networkMbps: 0, sizes: c.fixedSizes ? 'fixed' : 'exponential',
  } as const;
}

function finish(design: ReturnType<typeof designBuilder>, c: QueueCase): Topology {
  design.settings({ seed: c.seed ?? 1, duration: c.duration, warmup: c.duration / 10 });
  return design.build();
}

/** One server with a dedicated single-port HBA: M/M/1 (or M/D/1 with fixed sizes). */
export function singleQueueDesign(c: QueueCase): Topology {
  const design = designBuilder('M/M/1 validation');
  const san = design.add('san', 0, 300, { props: { fabricLatencyUs: 0 } });
  const server = design.add('server', 0, 0);
  const hba = design.add('fc-hba', 0, 0, { in: server, props: { speedGfc: 8, ...ZERO_LATENCY, ...ceiling(c), ports: c.adapterPorts ?? 1 } });
  design.cable(hba, san);
  return withWorkload(finish(design, c), [server], c);
}

/**
 * `servers` servers, each offered `arrivalRate`, sharing a pool of `ports` single-port HBAs in one
 * IOV switch (shared-queue): M/M/c on the port stage. PCIe Gen5 x16 and zero hop latency.
 */
export function pooledDesign(c: QueueCase & { servers: number; ports: number; policy?: 'shared-queue' | 'least-loaded' | 'static' }): Topology {
  const design = designBuilder('M/M/c validation');
  const san = design.add('san', 0, 600, { props: { fabricLatencyUs: 0 } });
  const iovSwitch = design.add('iov-switch', 0, 300, { props: { pcieGen: 5, hopLatencyUs: 0, policy: c.policy ?? 'shared-queue' } });
  for (let i = 0; i < c.ports; i++) design.cable(design.add('fc-hba', 0, 0, { in: iovSwitch, props: { speedGfc: 8, ...ZERO_LATENCY, ...ceiling(c) } }), san);
  const servers = Array.from({ length: c.servers }, (_, i) => {
    const server = design.add('server', i * 200, 0, { props: { pcieGen: 5, pcieLanes: 16 } });
    design.cable(server, iovSwitch);
    return server;
  });
  return withWorkload(finish(design, c), servers, c);
}

function withWorkload(topology: Topology, serverIds: string[], c: QueueCase): Topology {
  return {
    ...topology,
    nodes: topology.nodes.map((node) => (node.kind === 'server' && serverIds.includes(node.id) ? { ...node, workload: { ...node.workload, ...workload(c) } } : node)),
  };
}

/** One server's own mean service (block size through an 800 MB/s port) and sizes, the rest unchanged. */
export function withServerService(topology: Topology, serverId: string, serviceSeconds: number, fixedSizes = false): Topology {
  return {
    ...topology,
    nodes: topology.nodes.map((node) => (node.kind === 'server' && node.id === serverId
      ? { ...node, workload: { ...node.workload, blockKiB: (serviceSeconds * PORT_BYTES_PER_SECOND) / 1024, sizes: fixedSizes ? 'fixed' : 'exponential' } }
      : node)),
  };
}
