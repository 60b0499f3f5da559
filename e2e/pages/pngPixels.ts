import { inflateSync } from 'node:zlib';

export type Pixels = { width: number; height: number; rgb(x: number, y: number): [number, number, number] };

/** An 8-bit PNG, RGB or RGBA, not interlaced (a Chromium screenshot, resvg's output), to its pixels; alpha over white. */
export function pngPixels(bytes: Buffer): Pixels {
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      if (body[8] !== 8 || (body[9] !== 2 && body[9] !== 6) || body[12] !== 0) throw new Error('only 8-bit RGB(A), not interlaced');
      channels = body[9] === 2 ? 3 : 4;
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const from = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels]! : 0;
      const up = y > 0 ? pixels[row - stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[row - stride + x - channels]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = a <= b && a <= c ? left : b <= c ? up : upLeft;
      }
      pixels[row + x] = (raw[from + x]! + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb(x, y) {
      const at = y * stride + x * channels;
      const alpha = channels === 4 ? pixels[at + 3]! / 255 : 1;
      return [0, 1, 2].map((c) => Math.round(pixels[at + c]! * alpha + 255 * (1 - alpha))) as [number, number, number];
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
