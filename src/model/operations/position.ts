import { LIMITS } from '../schema.ts';

export type Position = { x: number; y: number };

const clamp = (v: number) => (Number.isFinite(v) ? Math.min(LIMITS.coordinate, Math.max(-LIMITS.coordinate, Math.round(v))) : 0);

/**
 * Keep a position inside the document's bounds, so an operation never makes an invalid document,
 * and on whole canvas pixels: a fraction of a pixel shows nothing and would lengthen every link.
 */
export function clampPosition(position: Position): Position {
  return { x: clamp(position.x), y: clamp(position.y) };
}
