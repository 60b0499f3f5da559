import { Inflate } from 'fflate';

/**
 * Inflates deflate-raw bytes, stopping as soon as the output would pass `cap` bytes: a
 * decompression bomb costs at most the cap, never the memory it asks for.
 */
export function inflateCapped(bytes: Uint8Array, cap: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) {
      tooLarge = true;
      throw new RangeError('cap');
    }
    chunks.push(chunk);
  });
  try {
    // Small pieces, so the cap is checked every few kilobytes of output.
    const STEP = 1024;
    for (let i = 0; i < bytes.length; i += STEP) inflate.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
    if (bytes.length === 0) inflate.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, reason: tooLarge ? 'too-large' : 'corrupt' };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes: out };
}
