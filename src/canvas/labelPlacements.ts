/**
 * Where the floating labels of the canvas sit now (a cable's rate, a cable's live load), in canvas
 * coordinates, written by the placement pass (LabelPlacement.tsx) when the layout, the zoom or the
 * viewport changes, and read by each label through `useLabelPlacement`: a label re-renders only
 * when its own place changes, never per animation frame. No entry: not placed (yet) or hidden.
 */
export type LabelPoint = {
  readonly x: number; readonly y: number;
  /** The box the label may take, centred on (x, y), in canvas units: what the traffic markers keep clear of. */
  readonly width: number; readonly height: number;
  /** A node's name set beside it (nameLabelId): its text, and its font size in canvas units. */
  readonly text?: string; readonly px?: number;
};

const points = new Map<string, LabelPoint>();
const listeners = new Map<string, Set<() => void>>();
/** Counts the changes of any placement: the marker layer works out its text boxes again after one. */
let version = 0;

export function labelPoint(id: string): LabelPoint | undefined {
  return points.get(id);
}

/** Every placed label, and the number of changes so far (to tell whether they moved since). */
export function placedLabels(): { labels: Iterable<LabelPoint>; version: number } {
  return { labels: points.values(), version };
}

const placedListeners = new Set<() => void>();

/** Calls `listener` after any placement changed (a paused marker layer draws again, clear of the new boxes). */
export function onLabelsPlaced(listener: () => void): () => void {
  placedListeners.add(listener);
  return () => placedListeners.delete(listener);
}

const moved = (a: LabelPoint, b: LabelPoint) => a.text !== b.text ||
  Math.abs(a.x - b.x) > 0.25 || Math.abs(a.y - b.y) > 0.25 || Math.abs(a.width - b.width) > 0.25 || Math.abs(a.height - b.height) > 0.25;

/** Replaces every placement; tells only the labels whose place changed. */
export function setLabelPoints(next: ReadonlyMap<string, LabelPoint>): void {
  const changed: string[] = [];
  for (const [id, point] of next) {
    const old = points.get(id);
    if (!old || moved(old, point)) {
      points.set(id, point);
      changed.push(id);
    }
  }
  for (const id of points.keys()) {
    if (!next.has(id)) {
      points.delete(id);
      changed.push(id);
    }
  }
  if (changed.length === 0) return;
  version++;
  for (const id of changed) listeners.get(id)?.forEach((listener) => listener());
  for (const listener of placedListeners) listener();
}

export function subscribeToLabel(id: string, listener: () => void): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
  };
}

/** The id of a node's name set beside the node, where it does not fit inside (NodeNamesBeside.tsx). */
export const nameLabelId = (nodeId: string) => `name:${nodeId}`;
const NAME_PREFIX = nameLabelId('');

/** The node names placed beside their nodes now, by the node's id. */
export function namesBeside(): [string, LabelPoint][] {
  return [...points].filter(([id]) => id.startsWith(NAME_PREFIX)).map(([id, point]) => [id.slice(NAME_PREFIX.length), point]);
}

/** The ids of a cable's two floating labels. */
export const rateLabelId = (edgeId: string) => `rate:${edgeId}`;
export const loadLabelId = (edgeId: string) => `load:${edgeId}`;

/** What the placement needs of each cable, registered by the cable as it is drawn. */
export type CableLabels = { path: string; rate: string };
export const cableLabels = new Map<string, CableLabels>();
const cableListeners = new Set<() => void>();

export function setCableLabels(id: string, labels: CableLabels | null): void {
  const old = cableLabels.get(id);
  if (labels && old && old.path === labels.path && old.rate === labels.rate) return;
  if (labels) cableLabels.set(id, labels);
  else if (old) cableLabels.delete(id);
  else return;
  cableListeners.forEach((listener) => listener());
}

export function subscribeToCables(listener: () => void): () => void {
  cableListeners.add(listener);
  return () => cableListeners.delete(listener);
}
