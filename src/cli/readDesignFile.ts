import { open, stat } from 'node:fs/promises';
import { LIMITS, type MigrateResult, type Problem } from '../model/index.ts';
import { decodeDesignFile, formatBytes } from '../share/index.ts';

/** The largest design file iov reads: well above any valid design (2,000 nodes, the limit, is about 1 MiB indented). */
export const MAX_DESIGN_FILE_BYTES = LIMITS.fileBytes;

type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] };

const fail = (path: string, message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ path, message }] });

/**
 * Reads a design file the way every door into IOV Studio does: capped, then parsed, then through
 * `migrate()` (upgrade, then validate). Never throws; file problems are named by the file's path,
 * a JSON syntax error by `path:line:column`, and document problems by their place in the document.
 */
export async function readDesignFile(path: string, stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<MigrateResult> {
  const fromStdin = path === STDIN_PATH;
  const read = fromStdin ? await readCappedStdin(stdin, MAX_DESIGN_FILE_BYTES) : await readCappedBytes(path, MAX_DESIGN_FILE_BYTES);
  if (!read.ok) return read;
  // The same decoding as a file opened or dropped in the app.
  return decodeDesignFile(read.bytes, fromStdin ? STDIN_NAME : path);
}

/** `-` for FILE: the design comes on standard input (`iov example x | iov check -`). */
export const STDIN_PATH = '-';
const STDIN_NAME = 'standard input';

/** Standard input, read until its end or one byte past the cap, whichever comes first. */
async function readCappedStdin(stdin: NodeJS.ReadableStream & { isTTY?: boolean }, maxBytes: number): Promise<BytesResult> {
  // Waiting on a terminal for a design typed by hand is never what was meant.
  if (stdin.isTTY) return fail(STDIN_NAME, 'FILE is "-" but nothing is piped in: pipe a design (iov check - < design.json) or give its path.');
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk);
      chunks.push(bytes);
      length += bytes.length;
      if (length > maxBytes) return fail(STDIN_NAME, `More than ${formatBytes(maxBytes)} came in; iov reads design files of at most ${formatBytes(maxBytes)}. Is it an IOV Studio design?`);
    }
  } catch (error) {
    return fail(STDIN_NAME, fileErrorMessage(error));
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

/** The file's bytes, refused on its size (from stat) before a byte of it is read. */
async function readCappedBytes(path: string, maxBytes: number): Promise<BytesResult> {
  try {
    // stat before open: opening a FIFO would block, and the size decides whether to read at all.
    const info = await stat(path);
    if (info.isDirectory()) return fail(path, 'This is a folder, not a design file.');
    if (!info.isFile()) return fail(path, 'This is not a regular file: give the path of a design file (.json).');
    if (info.size > maxBytes) return fail(path, tooBigMessage(info.size, maxBytes));
    const bytes = await readAtMost(path, maxBytes + 1);
    // The file may have grown since stat; the cap holds anyway.
    if (bytes.length > maxBytes) return fail(path, tooBigMessage(bytes.length, maxBytes));
    return { ok: true, bytes };
  } catch (error) {
    return fail(path, fileErrorMessage(error));
  }
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function tooBigMessage(size: number, maxBytes: number): string {
  return `The file is ${formatBytes(size)} (${size.toLocaleString('en-US')} bytes); iov reads design files of at most ${formatBytes(maxBytes)}. Is it an IOV Studio design?`;
}

export { formatBytes };

function fileErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'No such file: check the path.';
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied: iov may not read this file.';
  if (code === 'EISDIR') return 'This is a folder, not a design file.';
  return `The file could not be read (${error instanceof Error ? error.message : String(error)}).`;
}
