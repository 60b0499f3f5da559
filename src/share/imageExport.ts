import { diagramSvg, type DiagramSvgOptions, type SvgBackground } from '../diagram/svg/index.ts';
import type { Topology } from '../model/index.ts';
import { designFileName, DESIGN_FILE_EXTENSION } from './designFile.ts';

/**
 * The diagram as a picture: the native SVG drawing of src/diagram/svg (text as text, opens in any
 * editor), and a PNG made by drawing that SVG on a canvas at 1x or 2x. No copy of the page's DOM.
 */
export type ImageFormat = 'png' | 'svg';
export type ImageBackground = SvgBackground;
export type PngScale = 1 | 2;
export type DiagramImage = { url: string; blob: Blob; width: number; height: number; format: ImageFormat; bytes: number };

/** Browsers refuse canvases much past 16,000 pixels a side; a PNG stays well under it. */
export const MAX_PNG_SIDE = 8000;

export type ImageRequest = Omit<DiagramSvgOptions, 'fontFaces'> & { format: ImageFormat; scale: PngScale; fontFaces?: () => Promise<string> };

/** The image of `topology` as asked; the caller revokes `url` when done with it. */
export async function renderDiagramImage(topology: Topology, request: ImageRequest): Promise<DiagramImage> {
  const { format, scale, fontFaces, ...options } = request;
  if (format === 'svg') {
    const drawing = diagramSvg(topology, options);
    const blob = new Blob([drawing.svg], { type: 'image/svg+xml' });
    return { url: URL.createObjectURL(blob), blob, width: drawing.width, height: drawing.height, format, bytes: blob.size };
  }
  // An SVG drawn as an image sees no font of the page: the bundled font goes in with it.
  const drawing = diagramSvg(topology, { ...options, ...(fontFaces ? { fontFaces: await fontFaces() } : {}) });
  const pixels = pngScale(drawing, scale);
  const [width, height] = [Math.round(drawing.width * pixels), Math.round(drawing.height * pixels)];
  const blob = await rasterize(drawing.svg, width, height);
  return { url: URL.createObjectURL(blob), blob, width, height, format, bytes: blob.size };
}

/** The scale asked for, or less when the PNG would pass MAX_PNG_SIDE. */
export function pngScale(size: { width: number; height: number }, scale: PngScale): number {
  return Math.min(scale, MAX_PNG_SIDE / Math.max(size.width, size.height));
}

async function rasterize(svg: string, width: number, height: number): Promise<Blob> {
  const source = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on.');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG (is the design too large?).'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(source);
  }
}

/** "virtualized-rack.png", "virtualized-rack-dark.svg", "virtualized-rack-transparent@2x.png". */
export function imageFileName(topology: Topology, format: ImageFormat, background: ImageBackground, scale: PngScale = 1): string {
  const stem = designFileName(topology).slice(0, -DESIGN_FILE_EXTENSION.length);
  const suffix = background === 'light' ? '' : `-${background}`;
  return `${stem}${suffix}${format === 'png' && scale === 2 ? '@2x' : ''}.${format}`;
}
