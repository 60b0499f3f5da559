import { deflateSync } from 'fflate';
import { migrate, type Problem, type Topology } from '../model/index.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { inflateCapped } from './inflateCapped.ts';
import { PackingError, pack, unpack } from './packing.ts';

/**
 * The document codec of links (SIMULATION.md, "Link format"): a version character, then the packed
 * document (packing.ts) as JSON, deflate-raw at level 9, base64url. Version `1` is the only one; a
 * new packing takes the next character and the decoder keeps reading the old ones.
 */
export const CODEC_VERSION = '1';

/** A link longer than this is refused before any decoding. */
export const MAX_ENCODED_CHARS = 16 * 1024;
/** Decompression stops here: no valid design needs more (LIMITS.nodes nodes pack to about 150 kB). */
export const MAX_DECODED_BYTES = 1024 * 1024;

export function encodeDocument(topology: Topology): string {
  const json = JSON.stringify(pack(topology));
  return CODEC_VERSION + encodeBase64url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
}

export type DecodeResult = { ok: true; topology: Topology; upgradedFrom?: number } | { ok: false; problems: Problem[] };

const refuse = (message: string): DecodeResult => ({ ok: false, problems: [{ path: '(link)', message }] });
const DAMAGED = 'The link is damaged or incomplete';
const ASK = 'Ask its author to copy it again, or open the design from a file.';

/** Decodes a document from a link's `d` (or `c`) value. Never throws; every way out is a message. */
export function decodeDocument(encoded: string): DecodeResult {
  try {
    return decodeUnsafe(encoded);
  } catch {
    return refuse(`${DAMAGED}. ${ASK}`);
  }
}

function decodeUnsafe(encoded: string): DecodeResult {
  if (encoded.length > MAX_ENCODED_CHARS) {
    return refuse(`The link holds ${encoded.length.toLocaleString('en-US')} characters; IOV Studio reads at most ${MAX_ENCODED_CHARS.toLocaleString('en-US')}. Share the design as a file instead.`);
  }
  if (encoded.length === 0) return refuse(`${DAMAGED}: it holds no design. ${ASK}`);
  const version = encoded[0];
  if (version !== CODEC_VERSION) {
    return refuse(/[2-9a-z]/i.test(version ?? '')
      ? `The link was made by a newer IOV Studio (link format ${version}); this one reads format ${CODEC_VERSION}. Update IOV Studio to open it.`
      : `${DAMAGED}: it does not start with a format this IOV Studio knows. ${ASK}`);
  }
  const base64 = decodeBase64url(encoded.slice(1));
  if (!base64.ok) return refuse(`${DAMAGED}: character ${base64.position + 2} is not part of a link. ${ASK}`);
  const inflated = inflateCapped(base64.bytes, MAX_DECODED_BYTES);
  if (!inflated.ok) {
    return refuse(inflated.reason === 'too-large'
      ? `The link unpacks to more than ${MAX_DECODED_BYTES / 1024 / 1024} MB, more than any design needs: it was refused unread.`
      : `${DAMAGED}. ${ASK}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refuse(`${DAMAGED}: it holds bytes that are not text. ${ASK}`);
  }
  let packed: unknown;
  try {
    packed = JSON.parse(text);
  } catch {
    return refuse(`${DAMAGED}: its contents are not a design. ${ASK}`);
  }
  let document: unknown;
  try {
    document = unpack(packed);
  } catch (error) {
    return refuse(`${DAMAGED}: ${error instanceof PackingError ? error.message : 'it is not a design'}. ${ASK}`);
  }
  return migrate(document);
}
