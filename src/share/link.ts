import type { Topology } from '../model/index.ts';
import { MAX_ENCODED_CHARS, decodeDocument, encodeDocument, type DecodeResult } from './codec.ts';
import { cleanStudentName, parseHandInTime } from './handIn.ts';

/**
 * The link format of SIMULATION.md: `#d=<document>` then optional `&l=<lesson>&s=<step>&m=view&c=<challenge>`.
 * Only `d` and `c` are documents; the rest is view state. The fragment never reaches a server.
 * A hand-in adds the student's name (`n`) and the time it was handed in (`t`, seconds since 1970).
 */
export type LinkParts = { document?: string; lesson?: string; step?: number; viewOnly?: boolean; challenge?: string; name?: string; handedIn?: number };

export function buildFragment(topology: Topology, view: Omit<LinkParts, 'document'> = {}): string {
  const parts = [`d=${encodeDocument(topology)}`];
  if (view.lesson) parts.push(`l=${encodeURIComponent(view.lesson)}`);
  if (view.step !== undefined) parts.push(`s=${view.step}`);
  if (view.viewOnly) parts.push('m=view');
  if (view.challenge) parts.push(`c=${view.challenge}`);
  const name = view.name && cleanStudentName(view.name);
  if (name) parts.push(`n=${encodeURIComponent(name)}`);
  if (view.handedIn !== undefined) parts.push(`t=${Math.floor(view.handedIn)}`);
  return `#${parts.join('&')}`;
}

export function buildLink(topology: Topology, base: string, view: Omit<LinkParts, 'document'> = {}): string {
  return `${base.replace(/#.*$/, '')}${buildFragment(topology, view)}`;
}

/** The parts of a whole URL or a fragment (with or without its `#`); unknown keys are ignored. */
export function parseFragment(input: string): { ok: true; parts: LinkParts } | { ok: false; message: string } {
  const read = readLinkParts(input);
  if (read.ok && read.parts.document === undefined) return { ok: false, message: 'This link holds no design (it has no "#d=" part). Check that it was copied whole.' };
  return read;
}

/** Like parseFragment, but a fragment of view state alone (`#m=view`, no design) is fine too. */
export function readLinkParts(input: string): { ok: true; parts: LinkParts } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (trimmed.length > MAX_ENCODED_CHARS * 2) {
    return { ok: false, message: `The link holds ${trimmed.length.toLocaleString('en-US')} characters, far more than any design needs: it was refused unread.` };
  }
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
  const parts: LinkParts = {};
  for (const pair of hash.split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const key = pair.slice(0, at);
    const value = pair.slice(at + 1);
    if (key === 'd') parts.document = value;
    else if (key === 'c') parts.challenge = value;
    else if (key === 'l') parts.lesson = safeDecode(value);
    else if (key === 's' && /^\d{1,3}$/.test(value)) parts.step = Number(value);
    else if (key === 'm') parts.viewOnly = value === 'view';
    else if (key === 'n') parts.name = cleanStudentName(safeDecode(value)) || undefined;
    else if (key === 't') parts.handedIn = parseHandInTime(value);
  }
  return { ok: true, parts };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 100);
  } catch {
    return '';
  }
}

/** A whole URL or fragment to a design: the one path links take (parse, capped decode, migrate). */
export function openLink(input: string): DecodeResult & { parts?: LinkParts } {
  const parsed = parseFragment(input);
  if (!parsed.ok) return { ok: false, problems: [{ path: '(link)', message: parsed.message }] };
  return { ...decodeDocument(parsed.parts.document!), parts: parsed.parts };
}
