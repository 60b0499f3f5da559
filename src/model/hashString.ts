/**
 * FNV-1a over the characters: a stable 32-bit hash, the same in every engine. Seeds the simulator's
 * streams from their names, and fingerprints results and challenges.
 */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 8 hex digits of the hash: short enough to read aloud in a classroom. */
export function fingerprint(text: string): string {
  return hashString(text).toString(16).padStart(8, '0');
}
