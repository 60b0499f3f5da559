import { deflateSync } from 'fflate';
import LZString from 'lz-string';
import { example, scaleDesign, type Topology } from '../src/model/index.ts';
import { HOSTILE_LINKS } from '../src/share/hostileLinks.ts';
import { buildFragment, openLink, pack } from '../src/share/index.ts';
import { decodeBase64url } from '../src/share/base64url.ts';
import { MAX_DECODED_BYTES } from '../src/share/codec.ts';
import { inflateCapped } from '../src/share/inflateCapped.ts';
import { formatMs, measure } from './measure.ts';

const base64urlLength = (bytes: number) => Math.ceil((bytes * 4) / 3);

/**
 * Link length of each benchmark design with the codec we keep (packed, deflate-raw, base64url)
 * beside the alternatives measured: plain JSON deflated, and lz-string on plain and packed JSON.
 * lz-string stays the point of comparison only: it cannot stop part-way through a bomb.
 */
export function linksBenchmark() {
  const designs: [string, Topology, number][] = [
    ['virtualized-rack', example('virtualized-rack'), 1000],
    ['scaleDesign(48)', scaleDesign(48), 2048],
    ['scaleDesign(208)', scaleDesign(208), 8000],
  ];
  const rows = designs.map(([name, design, budget]) => {
    const link = buildFragment(design).length;
    const json = JSON.stringify(design);
    const packed = JSON.stringify(pack(design));
    const plainDeflate = 4 + base64urlLength(deflateSync(new TextEncoder().encode(json), { level: 9 }).length);
    const decode = measure(() => openLink(buildFragment(design)), { warmup: 3, iterations: 20 });
    return {
      name: `link for ${name}`,
      detail: `${design.nodes.length} nodes, JSON ${json.length.toLocaleString('en-US')} chars`,
      figure: `${link} chars (budget ${budget}); plain JSON deflated ${plainDeflate}, lz-string ${4 + LZString.compressToEncodedURIComponent(json).length}, lz-string on the packed form ${4 + LZString.compressToEncodedURIComponent(packed).length}; encode + decode median ${formatMs(decode.median)} ms`,
    };
  });
  for (const [name, make] of Object.entries(HOSTILE_LINKS)) {
    const link = make();
    let refused = false;
    const timing = measure(() => { refused = !openLink(link).ok; }, { warmup: 2, iterations: 10 });
    // Issue 16's budget: 100 ms, plus 1 ms per KB the link inflates to (what there is to read).
    const kb = inflatedBytes(link) / 1024;
    const goal = 100 + kb;
    const verdict = timing.p95 <= goal ? 'within' : 'OVER';
    rows.push({ name: `refusing ${name}`, detail: `${link.length.toLocaleString('en-US')} chars, ${kb.toFixed(0)} KB inflated`, figure: `${refused ? 'refused' : 'opened (rendered inert)'} in median ${formatMs(timing.median)} ms, worst ${formatMs(timing.p95)} ms (${verdict} the goal of ${goal.toFixed(0)} ms)` });
  }
  return rows;
}

/** Bytes the link's `d` inflates to, up to the codec's cap (0 when it is not even base64url). */
function inflatedBytes(link: string): number {
  const d = /[#&]d=([^&]*)/.exec(link)?.[1] ?? '';
  const bytes = decodeBase64url(d.slice(1));
  if (!bytes.ok) return 0;
  const inflated = inflateCapped(bytes.bytes, MAX_DECODED_BYTES);
  if (inflated.ok) return inflated.bytes.length;
  return inflated.reason === 'too-large' ? MAX_DECODED_BYTES : 0;
}
