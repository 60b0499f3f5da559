/** A marker's drawing: ■ storage, ● network. */
export type MarkerShape = 'storage' | 'network';
/** The theme's colours of a marker: its fill, and the halo (the canvas's colour) that parts it from its cable. */
export type MarkerColours = { fill: string; halo: string };

/** The halo's width in CSS px: stroked first, so the fill covers its inner half (a solid marker, a thin rim). */
export const HALO = 3;
/** Sides are drawn in steps of this many CSS px: few sprites, and no visible difference. */
const SIDE_STEP = 0.5;

type Sprite = { image: CanvasImageSource; offset: number };

/**
 * Each marker drawn once into a small canvas of its own and stamped with drawImage at every frame.
 * Chromium without a GPU rasterizes paths in software on the main thread: stroking and filling the
 * ~500 markers of a whole rack as paths cost ~10 ms a frame (a performance trace: SkCanvas::drawPath),
 * a copy of a few hundred pixels each costs almost nothing.
 */
export class MarkerSprites {
  private readonly sprites = new Map<string, Sprite>();
  private key = '';

  /** Forgets every sprite when the colours or the pixel ratio change (a theme, a moved window). */
  prepare(colours: MarkerColours, ratio: number): void {
    const key = `${colours.fill}|${colours.halo}|${ratio}`;
    if (key === this.key) return;
    this.key = key;
    this.sprites.clear();
  }

  /** Stamps a marker of `side` CSS px centred on (x, y), in device pixels on an untransformed context. */
  stamp(context: CanvasRenderingContext2D, shape: MarkerShape, side: number, x: number, y: number, colours: MarkerColours, ratio: number): void {
    const stepped = Math.round(side / SIDE_STEP) * SIDE_STEP;
    const name = `${shape}:${stepped}`;
    let sprite = this.sprites.get(name);
    if (!sprite) {
      sprite = drawSprite(shape, stepped, colours, ratio);
      this.sprites.set(name, sprite);
    }
    // Whole device pixels: an unfiltered copy, and a marker that stays crisp.
    context.drawImage(sprite.image, Math.round(x * ratio) - sprite.offset, Math.round(y * ratio) - sprite.offset);
  }
}

function drawSprite(shape: MarkerShape, side: number, colours: MarkerColours, ratio: number): Sprite {
  const extent = Math.ceil((side + HALO) * ratio) + 2;
  // An ImageBitmap, not a canvas: drawing a canvas takes a snapshot of it at every call.
  const canvas = new OffscreenCanvas(extent, extent);
  const context = canvas.getContext('2d');
  const offset = Math.floor(extent / 2);
  if (!context) return { image: canvas, offset };
  context.setTransform(ratio, 0, 0, ratio, offset, offset);
  const half = side / 2;
  context.beginPath();
  if (shape === 'storage') context.rect(-half, -half, side, side);
  else context.arc(0, 0, half, 0, 2 * Math.PI);
  context.lineWidth = HALO;
  context.lineJoin = 'round';
  context.strokeStyle = colours.halo;
  context.stroke();
  context.fillStyle = colours.fill;
  // oxlint-disable-next-line unicorn/no-array-fill-with-reference-type -- the canvas's fill, not Array#fill
  context.fill();
  return { image: canvas.transferToImageBitmap(), offset };
}
