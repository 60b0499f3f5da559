import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/hooks.ts';
import { hasFrame } from '../store/simulationSelectors.ts';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion.ts';
import { MARKERS, markerPosition, markerShape, markerTracks } from './flowMarkerTracks.ts';
import { pointAt, samplePath } from './pathSampler.ts';

const MOVING = new Set(['playing', 'stepping', 'running']);
/** Smaller than this on screen, a marker is lost on a zoomed-out diagram. */
const MIN_MARKER_PX = 5;

/**
 * The moving markers of every cable, drawn on one canvas over the diagram in one animation loop:
 * cheap on a large design (animating each cable's SVG repainted them all, every frame). Paused,
 * the markers stay where they are; with reduced motion there are none.
 */
export function FlowMarkerLayer() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();
  const reduced = usePrefersReducedMotion();
  const shown = useAppStore(hasFrame);
  const moving = useAppStore((s) => MOVING.has(s.simulation.status));
  /** Each cable's own phase, so that a change of its rate does not make its markers jump. */
  const phases = useRef(new Map<string, number>());

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || reduced || !shown) return;
    let last = performance.now();
    let frame = 0;
    // The size from a ResizeObserver: reading clientWidth in the loop would force a layout every frame.
    const size = { width: element.clientWidth, height: element.clientHeight };
    const resize = new ResizeObserver(([entry]) => {
      if (!entry) return;
      size.width = entry.contentRect.width;
      size.height = entry.contentRect.height;
      if (!moving) draw(performance.now());
    });
    const draw = (now: number) => {
      const dt = moving ? Math.min(0.1, (now - last) / 1000) : 0;
      last = now;
      paint(element, context, size, flow.getState().transform, dt, phases.current);
      if (moving) frame = requestAnimationFrame(draw);
    };
    draw(last);
    resize.observe(element);
    // Paused: redraw only when the view pans or zooms.
    const unsubscribe = moving ? undefined : flow.subscribe((state, previous) => {
      if (state.transform !== previous.transform) draw(performance.now());
    });
    return () => {
      resize.disconnect();
      cancelAnimationFrame(frame);
      unsubscribe?.();
      context.clearRect(0, 0, element.width, element.height);
    };
  }, [flow, reduced, shown, moving]);

  if (reduced || !shown) return null;
  return <canvas ref={canvas} className="flow-marker-layer" aria-hidden="true" />;
}

type Size = { width: number; height: number };

function paint(element: HTMLCanvasElement, context: CanvasRenderingContext2D, size: Size, [x, y, zoom]: [number, number, number], dt: number, phases: Map<string, number>) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(size.width * ratio);
  const height = Math.round(size.height * ratio);
  if (element.width !== width || element.height !== height) {
    element.width = width;
    element.height = height;
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  // One path per colour, filled once: a fill per marker cost most of the frame on a large design.
  // Positions in screen pixels, and a size that stays legible however far the view is zoomed out.
  const batches = new Map<string, Path2D>();
  for (const [id, track] of markerTracks) {
    const phase = ((phases.get(id) ?? 0) + dt / (track.period * MARKERS)) % 1;
    phases.set(id, phase);
    const points = samplePath(track.path);
    let batch = batches.get(track.colour);
    if (!batch) batches.set(track.colour, (batch = new Path2D()));
    const side = Math.max(MIN_MARKER_PX, track.size * zoom);
    const half = side / 2;
    for (let i = 0; i < MARKERS; i++) {
      const [fx, fy] = pointAt(points, markerPosition(phase, i));
      const px = x + fx * zoom;
      const py = y + fy * zoom;
      if (markerShape(track.kind, i) === 'storage') batch.rect(px - half, py - half, side, side);
      else {
        batch.moveTo(px + half, py);
        batch.arc(px, py, half, 0, 2 * Math.PI);
      }
    }
  }
  context.lineWidth = 1;
  context.strokeStyle = 'rgb(0 0 0 / 0.55)';
  for (const [colour, batch] of batches) {
    context.fillStyle = colour;
    context.fill(batch);
    context.stroke(batch);
  }
}
