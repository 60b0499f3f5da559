import { getViewportForBounds, type Rect } from '@xyflow/react';
import type { Topology } from '../model/index.ts';
import { designFileName, DESIGN_FILE_EXTENSION } from './designFile.ts';

/**
 * The diagram as a picture: React Flow's own "download image" recipe (the nodes' bounds, a
 * viewport that frames them, html-to-image on `.react-flow__viewport`). html-to-image stays at
 * 1.11.11: later versions drop the edges (xyflow#5194). It is loaded on first use, out of the
 * first bundle.
 */
export type ImageFormat = 'png' | 'svg';
export type ImageBackground = 'light' | 'dark';
export type DiagramImage = { dataUrl: string; width: number; height: number; format: ImageFormat };

/** The canvas's own background colours (theme.css --canvas-bg), so the picture looks like the app. */
export const BACKGROUND_COLOURS: Readonly<Record<ImageBackground, string>> = { light: '#f6f8fa', dark: '#11151a' };
/** Room around the design, in the diagram's pixels. */
const PADDING = 40;
/** A large design is scaled down to this many pixels on its longer side (the PNG has twice as many). */
const MAX_SIDE = 4000;
/** Browsers refuse canvases much past 8,000 pixels a side; a PNG stays under it. */
const MAX_PNG_SIDE = 8000;

export type ImageFrame = { width: number; height: number; zoom: number; transform: string };

/** The picture's size and the transform that puts the design's bounds in the middle of it. */
export function imageFrame(bounds: Rect): ImageFrame {
  const zoom = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * zoom);
  const height = Math.ceil((bounds.height + 2 * PADDING) * zoom);
  const viewport = getViewportForBounds(bounds, width, height, zoom, zoom, 0);
  return { width, height, zoom, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` };
}

/**
 * Render the diagram (`viewport`: React Flow's `.react-flow__viewport`) on a light or dark
 * background. html-to-image copies each element's computed style, so for the moment of the copy
 * the canvas alone is switched to the chosen theme (theme.css's `theme-dark` class, and React
 * Flow's `dark` class for its own colours), then put back; the rest of the page does not flicker.
 */
export async function renderDiagramImage(viewport: HTMLElement, bounds: Rect, format: ImageFormat, background: ImageBackground): Promise<DiagramImage> {
  const { toPng, toSvg } = await import('html-to-image');
  const frame = imageFrame(bounds);
  const options = {
    backgroundColor: BACKGROUND_COLOURS[background],
    width: frame.width,
    height: frame.height,
    pixelRatio: Math.min(2, MAX_PNG_SIDE / Math.max(frame.width, frame.height)),
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
    // The moving markers' canvas sits in the viewport, placed for the view on screen, not this frame;
    // a still picture has no traffic to show anyway (the colours and percentages stay).
    filter: (node: HTMLElement) => !node.classList?.contains('flow-marker-layer'),
  };
  const restore = paintCanvasAs(viewport.closest<HTMLElement>('.react-flow'), background);
  try {
    const dataUrl = await (format === 'png' ? toPng : toSvg)(viewport, options);
    return { dataUrl, width: frame.width, height: frame.height, format };
  } finally {
    restore();
  }
}

function paintCanvasAs(flow: HTMLElement | null, background: ImageBackground): () => void {
  if (!flow) return () => {};
  const { className } = flow;
  flow.classList.remove('light', 'dark');
  flow.classList.add(background, `theme-${background}`);
  return () => {
    flow.className = className;
  };
}

/** "virtualized-rack.png", "virtualized-rack-dark.svg". */
export function imageFileName(topology: Topology, format: ImageFormat, background: ImageBackground): string {
  const stem = designFileName(topology).slice(0, -DESIGN_FILE_EXTENSION.length);
  return `${stem}${background === 'dark' ? '-dark' : ''}.${format}`;
}
