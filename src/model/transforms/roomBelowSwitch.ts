import { moveNodes, type OpResult } from '../operations/index.ts';
import type { Position } from '../operations/position.ts';
import type { Topology } from '../schema.ts';
import { virtualize } from './virtualize.ts';

/**
 * Canvas units a switch with a pool of four takes, with room for its cables' labels (the examples
 * keep 380 between a switch and its fabrics).
 */
export const SWITCH_ROOM = 380;

/**
 * What stood below a new switch's top (a rack's SAN and LAN) moves down together until it clears
 * the switch, so the pool is not drawn over the fabrics it cables to. Nothing moves if it clears already.
 */
export function makeRoomBelowSwitch(topology: Topology, switchId: string): OpResult {
  const sw = topology.nodes.find((n) => n.id === switchId);
  if (!sw) return { ok: false, reason: `There is no IOV switch ${switchId} in the design.` };
  const below = topology.nodes.filter((n) => n.id !== switchId && !('parentId' in n && n.parentId) && n.position.y >= sw.position.y - 60);
  if (below.length === 0) return { ok: true, topology };
  const shift = sw.position.y + SWITCH_ROOM - Math.min(...below.map((n) => n.position.y));
  if (shift <= 0) return { ok: true, topology };
  const positions: Record<string, Position> = Object.fromEntries(below.map((n) => [n.id, { x: n.position.x, y: n.position.y + shift }]));
  return moveNodes(topology, positions);
}

/** `virtualize`, and when it made a new switch, room below it: what the editor's command does, as one edit. */
export function virtualizeWithRoom(topology: Topology, switchId?: string): OpResult {
  const result = virtualize(topology, switchId);
  if (!result.ok || switchId !== undefined) return result;
  return makeRoomBelowSwitch(result.topology, result.switchId);
}
