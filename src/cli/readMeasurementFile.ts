import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_MEASUREMENT_CHARS, type Problem } from '../model/index.ts';

export type TextRead = { ok: true; text: string } | { ok: false; problem: Problem };

/** A measurement file's text, refused on its size before it is read, and as a message on any error. */
export async function readMeasurementFile(path: string): Promise<TextRead> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: { path, message: 'is not a file: give the path of iostat or fio output.' } };
    if (info.size > MAX_MEASUREMENT_CHARS) return { ok: false, problem: { path, message: `is ${info.size.toLocaleString('en-US')} bytes; a measurement is read up to ${MAX_MEASUREMENT_CHARS.toLocaleString('en-US')}.` } };
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, problem: { path, message: code === 'ENOENT' ? 'No such file: check the path.' : code === 'EACCES' ? 'Permission denied.' : 'The file could not be read.' } };
  }
}

/** The files of a folder (not its subfolders, not hidden files), or a problem. */
export async function listMeasurementFiles(dir: string): Promise<{ ok: true; files: string[] } | { ok: false; problem: Problem }> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return { ok: true, files: entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, problem: { path: dir, message: code === 'ENOENT' ? 'No such folder: check the path.' : code === 'ENOTDIR' ? 'is not a folder.' : 'The folder could not be read.' } };
  }
}

export const inFolder = join;
