import { describeIssue } from '../problems.ts';
import { QosSchema, type NetworkQos, type Qos, type StorageQos } from '../qos.ts';
import type { ServerNode, Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { replaceNode } from './placeAdapter.ts';
import { refuse, type OpResult } from './result.ts';
import { withoutUndefined } from './withoutUndefined.ts';

export type QosPatch =
  | { trafficClass: 'storage'; values: { [K in keyof StorageQos]?: StorageQos[K] | undefined } }
  | { trafficClass: 'network'; values: { [K in keyof NetworkQos]?: NetworkQos[K] | undefined } };

/**
 * Change a server's QoS for one class: the fields given replace its own, `undefined` removes one
 * (back to weight 1, no guarantee, no cap). A class left empty, and a `qos` left empty, are removed,
 * so a server without QoS is stored exactly as before QoS existed.
 */
export function setQos(topology: Topology, serverId: string, patch: QosPatch): OpResult {
  const server = indexOf(topology).node(serverId);
  if (!server || server.kind !== 'server') return refuse(`There is no server ${serverId} in the design.`);
  const current: Qos = server.qos ?? {};
  const merged = withoutUndefined({ ...current[patch.trafficClass], ...patch.values });
  const next = withoutUndefined({ ...current, [patch.trafficClass]: Object.keys(merged).length > 0 ? merged : undefined });
  if (Object.keys(next).length === 0) return { ok: true, topology: replaceNode(topology, withoutQos(server)) };
  const parsed = QosSchema.safeParse(next, { reportInput: true });
  if (!parsed.success) {
    const problem = describeIssue(parsed.error.issues[0]!);
    return refuse(`The QoS ${problem.path} ${problem.message}`);
  }
  return { ok: true, topology: replaceNode(topology, { ...server, qos: parsed.data }) };
}

/** The server without its `qos` field (a key absent, not undefined). */
export function withoutQos(server: ServerNode): ServerNode {
  const { qos: _removed, ...rest } = server;
  return rest;
}
