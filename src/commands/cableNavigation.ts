import type { CableStop, NodeRect, Side } from './canvasView.ts';
import { nearestInDirection, nearestTo, type Direction } from './navigation.ts';

const OPPOSITE: Readonly<Record<Side, Side>> = { up: 'down', down: 'up', left: 'right', right: 'left' };

/**
 * Where an arrow key goes from a part or a cable, the cables being stops between the parts they
 * join. From a part: the arrow that points the way one of its cables leaves it (↓ from a server
 * whose PCIe cable leaves from its bottom) reaches that cable, the one most in line if several
 * (a switch's row of cables); any other arrow goes to the nearest part that way. From a cable: along
 * it, the part at that end (↓ on a server's cable: the switch it enters from above); across it,
 * the next cable leaving the same side of the same part, else the nearest part that way.
 */
export function nextStop(nodes: readonly NodeRect[], cables: readonly CableStop[], fromId: string, direction: Direction): string | undefined {
  const cable = cables.find((c) => c.id === fromId);
  if (cable) return fromCable(nodes, cables, cable, direction);
  const from = nodes.find((n) => n.id === fromId);
  const leaving = cables.filter((c) => c.ends.some((end) => end.id === fromId && end.side === direction));
  if (from && leaving.length > 0) return nearestInDirection([from, ...leaving], fromId, direction) ?? nearestTo(leaving, from);
  return nearestInDirection(nodes, fromId, direction);
}

function fromCable(nodes: readonly NodeRect[], cables: readonly CableStop[], cable: CableStop, direction: Direction): string | undefined {
  // The cable enters the part at that end from the side facing back along the arrow.
  const end = cable.ends.find((e) => e.side === OPPOSITE[direction]);
  if (end) return end.id;
  const sharesSide = (other: CableStop) => other.ends.some((e) => cable.ends.some((f) => f.id === e.id && f.side === e.side));
  const siblings = cables.filter((c) => c.id !== cable.id && sharesSide(c));
  return nearestInDirection([cable, ...siblings], cable.id, direction) ?? nearestInDirection([cable, ...nodes], cable.id, direction);
}
