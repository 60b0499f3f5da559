import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { hasFrame } from '../store/simulationSelectors.ts';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion.ts';
import { MARKER_PX, markerCount, markerPosition, markerShape, markerSide, markerTracks, onMarkerTracksChange } from './flowMarkerTracks.ts';
import { textScale } from './diagramLabels.ts';
import { onLabelsPlaced, placedLabels } from './labelPlacements.ts';
import { CollisionGrid } from '../diagram/collisionGrid.ts';
import { MarkerObstacles, obstacleBoxes } from './markerObstacles.ts';
import { HALO, MarkerSprites } from './markerSprites.ts';
import { alongFree, freeStretches } from './markerStretches.ts';
import { pointAt, sampledLength, samplePath } from './pathSampler.ts';

const MOVING = new Set(['playing', 'stepping', 'running']);
/** How often a running layer reads the theme's colours again (the system's theme can change). */
const COLOUR_CHECK_MS = 1000;

type Transform = [number, number, number];
type FlowApi = ReturnType<typeof useStoreApi>;
type Layer = { element: HTMLCanvasElement; context: CanvasRenderingContext2D; pane: HTMLElement; sprites: MarkerSprites; obstacles: Obstacles };
/** The text boxes markers keep clear of, worked out again only when the view, the nodes or the labels change. */
type Obstacles = { grid: MarkerObstacles | null; transform: Transform | null; labels: number; stale: boolean; presenting: () => boolean };
type Colours = { fill: string; halo: string; readAt: number };

/**
 * The moving markers of every cable, drawn on one canvas in one animation loop: cheap on a large
 * design (animating each cable's SVG repainted them all, every frame). The canvas lies over the
 * whole diagram, and a marker that would touch a node or a cable's label is not drawn
 * (markerObstacles.ts): text always wins, and the nodes stay in one composited layer. Paused, the
 * markers stay where they are; with reduced motion there are none.
 */
export function FlowMarkerLayer() {
  const flow = useStoreApi();
  const reduced = usePrefersReducedMotion();
  const shown = useAppStore(hasFrame);
  const moving = useAppStore((s) => MOVING.has(s.simulation.status));
  const store = useAppStoreApi();
  /** Each cable's own phase, so that a change of its rate does not make its markers jump. */
  const phases = useRef(new Map<string, number>());

  useEffect(() => {
    if (reduced || !shown) return;
    const layer = createLayer(flow.getState().domNode, () => store.getState().presenting);
    if (!layer) return undefined;
    const stop = animateMarkers(layer, flow, moving, phases.current);
    // A theme chosen in the app: the markers take its colours at once, even when paused.
    const unsubscribeTheme = store.subscribe((state, previous) => {
      if (state.theme !== previous.theme) stop.recolour();
    });
    return () => {
      unsubscribeTheme();
      stop();
    };
  }, [flow, store, reduced, shown, moving]);
  return null;
}

/**
 * The canvas, in React Flow's viewport portal: after the nodes, so that nothing in the diagram is
 * drawn over it (under a composited canvas, the browser gives each row of nodes over it a layer).
 */
function createLayer(pane: HTMLElement | null, presenting: () => boolean): Layer | null {
  const host = pane?.querySelector('.react-flow__viewport-portal');
  const element = document.createElement('canvas');
  const context = element.getContext('2d');
  if (!pane || !host || !context) return null;
  element.className = 'flow-marker-layer';
  element.setAttribute('aria-hidden', 'true');
  host.append(element);
  return { element, context, pane, sprites: new MarkerSprites(), obstacles: { grid: null, transform: null, labels: -1, stale: true, presenting } };
}

/** Draws the markers: every frame while the run moves, otherwise when the view or a cable changes. */
function animateMarkers(layer: Layer, flow: FlowApi, moving: boolean, phases: Map<string, number>): (() => void) & { recolour: () => void } {
  let last = performance.now();
  let frame = 0;
  // Sizes from a ResizeObserver: reading clientWidth in the loop would force a layout every frame.
  const size = { width: layer.pane.clientWidth, height: layer.pane.clientHeight };
  const colours: Colours = { fill: '', halo: '', readAt: -Infinity };
  const draw = (now: number) => {
    frame = 0;
    const dt = moving ? Math.min(0.1, (now - last) / 1000) : 0;
    last = now;
    if (now - colours.readAt > COLOUR_CHECK_MS) readColours(layer.element, colours, now);
    paint(layer, size, flow, dt, phases, colours);
    if (moving) frame = requestAnimationFrame(draw);
  };
  // Paused: one drawing at the next frame, however many changes come before it.
  const redraw = () => {
    if (!moving && frame === 0) frame = requestAnimationFrame(draw);
  };
  const resize = new ResizeObserver(([entry]) => {
    if (!entry) return;
    size.width = entry.contentRect.width;
    size.height = entry.contentRect.height;
    redraw();
  });
  draw(last);
  resize.observe(layer.pane);
  const unsubscribeView = flow.subscribe((state, previous) => {
    // Any change of React Flow's store may have moved or resized a node (it measures into the same Map).
    layer.obstacles.stale = true;
    if (state.transform !== previous.transform) redraw();
  });
  const unsubscribeTracks = onMarkerTracksChange(redraw);
  const unsubscribeLabels = onLabelsPlaced(redraw);
  const stop = () => {
    resize.disconnect();
    cancelAnimationFrame(frame);
    unsubscribeView();
    unsubscribeTracks();
    unsubscribeLabels();
    layer.element.remove();
  };
  return Object.assign(stop, {
    recolour() {
      colours.readAt = -Infinity;
      redraw();
    },
  });
}

/** The theme's text colour fills the markers; a halo of the canvas's colour parts them from the cable. */
function readColours(element: HTMLCanvasElement, colours: Colours, now: number) {
  const style = getComputedStyle(element);
  colours.fill = style.color;
  colours.halo = style.borderTopColor;
  colours.readAt = now;
}

type Area = { x: number; y: number; width: number; height: number };
/** Room around the cables for a marker and its halo, in screen px. */
const MARKER_ROOM = MARKER_PX.max / 2 + 3;
const boundsOfPoints = new WeakMap<Float64Array, Area>();

/** A sampled cable's bounding box in flow coordinates, computed once per path. */
function pointsBounds(points: Float64Array): Area {
  let box = boundsOfPoints.get(points);
  if (box) return box;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < points.length; i += 2) {
    minX = Math.min(minX, points[i]!);
    maxX = Math.max(maxX, points[i]!);
    minY = Math.min(minY, points[i + 1]!);
    maxY = Math.max(maxY, points[i + 1]!);
  }
  box = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  boundsOfPoints.set(points, box);
  return box;
}

/**
 * Where the markers can be on screen: the cables' box, with room for a marker, within the pane. The
 * canvas covers only that: the compositor (in software without a GPU) redraws what the canvas
 * covers at every frame, and a rack fitted in a wide pane leaves most of it empty.
 */
function markerArea(size: { width: number; height: number }, [x, y, zoom]: Transform): Area {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const track of markerTracks.values()) {
    const box = pointsBounds(samplePath(track.path));
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  const left = Math.max(0, Math.floor(x + minX * zoom - MARKER_ROOM));
  const top = Math.max(0, Math.floor(y + minY * zoom - MARKER_ROOM));
  const right = Math.min(size.width, Math.ceil(x + maxX * zoom + MARKER_ROOM));
  const bottom = Math.min(size.height, Math.ceil(y + maxY * zoom + MARKER_ROOM));
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/**
 * The canvas covers `area` of the pane, in screen pixels: its transform undoes the viewport's,
 * which React Flow applies to the layer it sits in, and moves it to the area's corner.
 */
function placeLayer({ element }: Layer, area: Area, [x, y, zoom]: Transform) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(area.width * ratio);
  const height = Math.round(area.height * ratio);
  if (element.width !== width || element.height !== height) {
    element.width = width;
    element.height = height;
    element.style.width = `${area.width}px`;
    element.style.height = `${area.height}px`;
  }
  const transform = `scale(${1 / zoom}) translate(${area.x - x}px, ${area.y - y}px)`;
  if (element.style.transform !== transform) element.style.transform = transform;
  return ratio;
}

/** The obstacles for this view: the same grid while nothing moved, else built afresh. */
function obstaclesFor(obstacles: Obstacles, flow: FlowApi): MarkerObstacles {
  const { transform, nodeLookup } = flow.getState();
  const labels = placedLabels();
  if (obstacles.grid && !obstacles.stale && obstacles.transform === transform && obstacles.labels === labels.version) return obstacles.grid;
  const nodes = [...nodeLookup.values()].filter((n) => !n.hidden).map((n) => ({
    x: n.internals.positionAbsolute.x, y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0,
    marked: (n.data as { mark?: unknown }).mark !== undefined,
  }));
  const s = textScale(transform[2], window.innerWidth, obstacles.presenting());
  const grid = new MarkerObstacles(obstacleBoxes(nodes, labels.labels, transform, s));
  Object.assign(obstacles, { grid, transform, labels: labels.version, stale: false });
  return grid;
}

/** A cable's free stretches (markerStretches.ts), kept while the obstacles, the path and the marker's size stay. */
type Stretches = { grid: MarkerObstacles; points: Float64Array; extent: number; free: Float64Array };
const stretchesOf = new Map<string, Stretches>();

function freeOf(id: string, points: Float64Array, transform: Transform, grid: MarkerObstacles, extent: number): Float64Array {
  const kept = stretchesOf.get(id);
  if (kept && kept.grid === grid && kept.points === points && kept.extent === extent) return kept.free;
  const free = freeStretches(points, transform, grid, extent);
  if (stretchesOf.size > 4000) stretchesOf.clear();
  stretchesOf.set(id, { grid, points, extent, free });
  return free;
}

function paint(layer: Layer, size: { width: number; height: number }, flow: FlowApi, dt: number, phases: Map<string, number>, colours: Colours) {
  const { element, context, sprites } = layer;
  const transform = flow.getState().transform;
  const area = markerArea(size, transform);
  const ratio = placeLayer(layer, area, transform);
  const obstacles = obstaclesFor(layer.obstacles, flow);
  const [x, y, zoom] = transform;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, element.width, element.height);
  sprites.prepare(colours, ratio);
  // Zoomed far out, a rack's cables fan into a switch or a SAN a few pixels apart, and markers of a
  // legible size piled there into one dark blot: a marker is drawn only clear of those drawn before
  // it, rims apart (so that each still reads as a square or a dot).
  const drawn = new CollisionGrid(48);
  // Positions in screen pixels from the area's corner, and a size that stays legible however far
  // out; each marker a stamped sprite (markerSprites.ts), not a path; only where it touches no text.
  for (const [id, track] of markerTracks) {
    const points = samplePath(track.path);
    const side = markerSide(track.size, zoom);
    const free = freeOf(id, points, transform, obstacles, side + HALO);
    if (free.length === 0) continue;
    const step = 2 / (points.length - 2);
    const count = markerCount(sampledLength(points) * zoom * free.length * step, side);
    const phase = ((phases.get(id) ?? 0) + dt / (track.period * count)) % 1;
    phases.set(id, phase);
    for (let i = 0; i < count; i++) {
      const [fx, fy] = pointAt(points, alongFree(free, markerPosition(phase, i, count), step));
      const [px, py] = [x + fx * zoom, y + fy * zoom];
      // Between two free samples the marker may still graze a box's corner.
      if (!obstacles.clear(px, py, side + HALO)) continue;
      const box = { x: px - side / 2, y: py - side / 2, width: side, height: side };
      if (drawn.hits(box, 2 * HALO + 1)) continue;
      drawn.insert(box);
      sprites.stamp(context, markerShape(track.kind, i), side, px - area.x, py - area.y, colours, ratio);
    }
  }
}
