/** Sharing: the link codec, pure (no DOM beyond TextEncoder/TextDecoder), used by the app and the CLI. */
export { CODEC_VERSION, MAX_DECODED_BYTES, MAX_ENCODED_CHARS, decodeDocument, encodeDocument, type DecodeResult } from './codec.ts';
export { buildFragment, buildLink, openLink, parseFragment, readLinkParts, type LinkParts } from './link.ts';
export { pack, unpack } from './packing.ts';
export { canonicalChallenge, challengeFingerprint, decodeChallenge, encodeChallenge } from './challengeCodec.ts';
export { DESIGN_FILE_EXTENSION, decodeDesignFile, designFileName, encodeDesignFile, formatBytes } from './designFile.ts';
export { parseJsonText } from './parseJsonText.ts';
export { MAX_NAME_CHARS, cleanStudentName } from './handIn.ts';
