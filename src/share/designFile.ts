import { LIMITS, migrate, type MigrateResult, type Problem, type Topology } from '../model/index.ts';
import { parseJsonText } from './parseJsonText.ts';

/** The extension IOV Studio saves with; `.json` opens too. */
export const DESIGN_FILE_EXTENSION = '.iov.json';

/** A design as the file IOV Studio saves: indented JSON of the document, ending with a newline. */
export function encodeDesignFile(topology: Topology): string {
  return `${JSON.stringify(topology, null, 2)}\n`;
}

/** A file name for a design: its name in lower case, words joined by dashes. */
export function designFileName(topology: Topology): string {
  const stem = topology.name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-').slice(0, 60);
  return `${stem || 'design'}${DESIGN_FILE_EXTENSION}`;
}

export function formatBytes(bytes: number): string {
  const units = [[1024 * 1024, 'MiB'], [1024, 'KiB']] as const;
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(bytes / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
  }
  return `${bytes} bytes`;
}

const fail = (path: string, message: string): MigrateResult => ({ ok: false, problems: [{ path, message } satisfies Problem] });

/** The refusal of a file too large to be a design, or undefined; checked before reading a file whole. */
export function refuseFileSize(size: number, source: string): MigrateResult | undefined {
  if (size <= LIMITS.fileBytes) return undefined;
  return fail(source, `The file is ${formatBytes(size)} (${size.toLocaleString('en-US')} bytes); a design file is at most ${formatBytes(LIMITS.fileBytes)}. Is it an IOV Studio design?`);
}

/**
 * A design file's bytes (or text) to a design, the way every door into IOV Studio does it: capped,
 * UTF-8, JSON (a syntax error named by `source:line:column`), then `migrate` (upgrade, then validate).
 * The app (opened or dropped files) and `iov` share it. Never throws.
 */
export function decodeDesignFile(content: Uint8Array | string, source: string): MigrateResult {
  const tooLarge = refuseFileSize(typeof content === 'string' ? content.length : content.byteLength, source);
  if (tooLarge) return tooLarge;
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return fail(source, 'The file is not UTF-8 text: is it an IOV Studio design (.iov.json)?');
    }
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fail(`${source}:${parsed.line}:${parsed.column}`, `${parsed.message}: the file is not valid JSON.`);
  return migrate(parsed.value);
}
