import { isNeutralQos } from '../qos.ts';
import { withoutQos } from '../operations/index.ts';
import type { ServerNode, Topology } from '../schema.ts';

/** The servers whose QoS changes anything (a weight other than 1, a guarantee or a cap). */
export function serversWithQos(topology: Topology): string[] {
  return topology.nodes.flatMap((node) => (node.kind === 'server' && !isNeutralQos(node.qos) ? [node.id] : []));
}

/**
 * The same design with every server's QoS taken away: what the pool does when every server competes
 * equally. The other side of the compare view's "with and without QoS".
 */
export function designWithoutQos(topology: Topology): Topology {
  return { ...topology, nodes: topology.nodes.map((node) => (node.kind === 'server' && node.qos ? withoutQos(node) : node)) };
}

/**
 * Whether a server can hold its own I/O back, at the server (docs/simulation.md, "QoS"): a queue
 * depth, or a cap on a class (storage `maxMBps` or `maxIops`, network `maxMbps`). Only such a server
 * ever has I/Os waiting there; the live view shows its count, and no other's.
 */
export function holdsOwnIo(server: ServerNode): boolean {
  const { qos, workload } = server;
  return workload.queueDepth !== undefined || qos?.storage?.maxMBps !== undefined || qos?.storage?.maxIops !== undefined || qos?.network?.maxMbps !== undefined;
}
