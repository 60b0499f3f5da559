import { deflateSync } from 'fflate';
import { encodeBase64url } from './base64url.ts';
import { CODEC_VERSION } from './codec.ts';

/**
 * Links an attacker or a broken copy could produce, for the tests and the benchmark: each must be
 * refused (or its content rendered inert) without an uncaught exception.
 */
function encodeBytes(bytes: Uint8Array): string {
  return `#d=${CODEC_VERSION}${encodeBase64url(deflateSync(bytes, { level: 9 }))}`;
}

const encodeText = (text: string) => encodeBytes(new TextEncoder().encode(text));

/** A packed document around `nodes`, with the given name and settings. */
function packedDesign(nodes: unknown[], extra: { name?: string; settings?: string } = {}): string {
  return `[1,${JSON.stringify(extra.name ?? 'Hostile')},${JSON.stringify(nodes)},[],${extra.settings ?? '{}'}]`;
}

export const HOSTILE_LINKS: Readonly<Record<string, () => string>> = {
  'a link over 16 KB': () => `#d=${CODEC_VERSION}${'A'.repeat(17 * 1024)}`,
  'a decompression bomb (2 MB of one byte)': () => encodeBytes(new Uint8Array(2 * 1024 * 1024).fill(0x20)),
  '__proto__ and constructor keys': () => encodeText(packedDesign([[0, 1, 0, 0, { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }]], {
    settings: '{"__proto__":{"polluted":true},"constructor":{"polluted":true}}',
  }).replace('"props"', '"__proto__"')),
  'a label holding HTML and script': () => encodeText(packedDesign([[0, 1, 0, 0, 0, '<img src=x onerror="alert(1)"><script>alert(2)</script>']])),
  'a 10,000-node design': () => encodeText(packedDesign(Array.from({ length: 10_000 }, () => [4, 1, 0, 0]))),
  'bytes that are not UTF-8': () => encodeBytes(new Uint8Array([0x5b, 0x31, 0x2c, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x5d])),
  'characters outside base64url': () => `#d=${CODEC_VERSION}abc$%^&*()`,
  'a truncated link': () => encodeText(packedDesign([[0, 1, 0, 0]])).slice(0, 20),
  'a newer link format': () => '#d=7AAAA',
  'JSON that is not a design': () => encodeText('{"hello":"world"}'),
  // The regression cases of issue 16: each froze the page, flooded the terminal or slipped a limit.
  'a 900,000-character version': () => encodeText(`[${JSON.stringify('9'.repeat(900_000))},"Hostile",[],[],{}]`),
  'a 900,000-character unknown key': () => encodeText(packedDesign([[0, 1, 0, 0]], { settings: `{${JSON.stringify('k'.repeat(900_000))}:1}` })),
  'a label with ESC and BEL (terminal escapes)': () => encodeText(packedDesign([[0, 1, 0, 0, 0, '\u001b]0;owned\u0007\u001b[2J']])),
  'a label with a C1 CSI and a bidi override': () => encodeText(packedDesign([[0, 1, 0, 0, 0, 'Web \u009b31m \u202egnp.exe']])),
  'a label with a lone surrogate': () => encodeText(packedDesign([[0, 1, 0, 0, 0, 'Web \ud83d']])),
  'a denormal duration (5e-324 s)': () => encodeText(packedDesign([[0, 1, 0, 0]], { settings: '{"duration":5e-324,"warmup":0}' })),
  'bursts of 1e-300 ms': () => encodeText(packedDesign([[0, 1, 0, 0, 0, 0, 0, [4, { onMs: 1e-300 }]]])),
};
