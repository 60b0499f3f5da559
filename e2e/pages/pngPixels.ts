import { PNG } from 'pngjs';

export type Pixels = { width: number; height: number; rgb(x: number, y: number): [number, number, number] };

/** A PNG (a Chromium screenshot, resvg's output) to its pixels, decoded by pngjs; alpha over white. */
export function pngPixels(bytes: Buffer): Pixels {
  const { width, height, data } = PNG.sync.read(bytes);
  return {
    width,
    height,
    rgb(x, y) {
      const at = (y * width + x) * 4;
      const alpha = data[at + 3]! / 255;
      return [0, 1, 2].map((c) => Math.round(data[at + c]! * alpha + 255 * (1 - alpha))) as [number, number, number];
    },
  };
}

/**
 * The share of `block`-pixel squares whose mean colour differs by more than `tolerance` (summed
 * over R, G and B) between two images of the same size, offset by (dx, dy) in `b`.
 */
export function differingBlocks(a: Pixels, b: Pixels, block: number, tolerance: number, dx = 0, dy = 0): number {
  let differing = 0;
  let total = 0;
  for (let by = 0; by + block <= a.height && by + dy + block <= b.height; by += block) {
    for (let bx = 0; bx + block <= a.width && bx + dx + block <= b.width; bx += block) {
      const sum = [0, 0, 0, 0, 0, 0];
      for (let y = by; y < by + block; y++) for (let x = bx; x < bx + block; x++) {
        const [p, q] = [a.rgb(x, y), b.rgb(x + dx, y + dy)];
        for (let c = 0; c < 3; c++) { sum[c]! += p[c]!; sum[c + 3]! += q[c]!; }
      }
      const n = block * block;
      const delta = Math.abs(sum[0]! - sum[3]!) / n + Math.abs(sum[1]! - sum[4]!) / n + Math.abs(sum[2]! - sum[5]!) / n;
      if (delta > tolerance) differing++;
      total++;
    }
  }
  return differing / total;
}
