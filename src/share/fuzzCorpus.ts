// For the fuzz tests: hostile links framed as the codec frames them, and the generators of model/fuzzCorpus.ts.
import { deflateSync } from 'fflate';
import { encodeBase64url } from './base64url.ts';
import { CODEC_VERSION } from './codec.ts';

export { anyJson, anyText, isWellSaid, mutateAt } from '../model/fuzzCorpus.ts';

/** The packed form framed as a link's `d` or `c`: version character, deflate-raw, base64url. */
export function framed(text: string): string {
  return CODEC_VERSION + encodeBase64url(deflateSync(new TextEncoder().encode(text), { level: 6 }));
}
