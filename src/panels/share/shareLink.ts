import type { Topology } from '../../model/index.ts';
import { buildLink, MAX_ENCODED_CHARS } from '../../share/index.ts';

/**
 * The longest link given as a QR code. A code for 1,200 characters has 117 × 117 modules
 * (version 25, error correction L): about 3 px a module on a projected 400 px code, which a phone
 * still reads from the back of a room. Longer links are sent as text or replaced by a file.
 */
export const QR_MAX_CHARS = 1200;

export type ShareLink = {
  url: string;
  length: number;
  /** Whether IOV Studio will open it: the design part is within the link codec's cap. */
  opens: boolean;
  fitsQrCode: boolean;
};

/**
 * The link to a design at this page's own address (origin and path: wherever IOV Studio is served),
 * with a lesson's step when one is handed out (`step` counts from 1, as in "lesson 3, step 2").
 */
export function shareLink(topology: Topology, base: string, viewOnly: boolean, lesson?: { lesson: string; step: number }): ShareLink {
  const url = buildLink(topology, base, { viewOnly, ...lesson });
  const design = url.slice(url.indexOf('#d=') + 3).split('&')[0] ?? '';
  return { url, length: url.length, opens: design.length <= MAX_ENCODED_CHARS, fitsQrCode: url.length <= QR_MAX_CHARS };
}

export const formatCount = (n: number) => n.toLocaleString('en-US');
