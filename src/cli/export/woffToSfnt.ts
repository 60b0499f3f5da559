import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font (what @fontsource ships) as the plain TrueType/OpenType file it wraps (W3C WOFF
 * 1.0, section 5): resvg reads only the latter. Each table is stored zlib-compressed when that made
 * it smaller, so it is inflated back and laid out again after a new table directory.
 */
/** Tables start on 4-byte boundaries. */
const padded = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
  });
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerLength);
  const out = new Uint8Array(total);
  const sfnt = new DataView(out.buffer);
  const searchRange = 2 ** Math.floor(Math.log2(numTables)) * 16;
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, Math.floor(Math.log2(numTables)));
  sfnt.setUint16(10, numTables * 16 - searchRange);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    sfnt.setUint32(at, table.tag);
    sfnt.setUint32(at + 4, table.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return out;
}
