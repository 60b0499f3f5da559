import type { ServerNode, Topology } from '../schema.ts';

/** The extensions a measurement file may carry; the rest of its name is the server's label. */
const MEASUREMENT_EXTENSIONS = /(\.(iostat|fio))?\.(txt|json|log|out)$|\.(iostat|fio)$/i;

export type FileMatch = { file: string; server: ServerNode };
export type FileMatching = { matched: FileMatch[]; unmatched: string[]; ambiguous: string[]; withoutFile: ServerNode[] };

/** A file's name without its measurement extensions: `db01.iostat.txt` → `db01`. */
export function measurementStem(file: string): string {
  return file.replace(MEASUREMENT_EXTENSIONS, '');
}

const fold = (text: string): string => text.normalize('NFC').trim().toLowerCase();

/**
 * Which file measures which server: a file whose name, without its extensions, equals a server's
 * label (ignoring case), or else its id. A name two servers share, or a second file for one server, is ambiguous.
 */
export function matchFilesToServers(files: readonly string[], topology: Topology): FileMatching {
  const servers = topology.nodes.filter((n): n is ServerNode => n.kind === 'server');
  const matched: FileMatch[] = [];
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  for (const file of [...files].sort()) {
    const stem = fold(measurementStem(file));
    const byLabel = servers.filter((s) => fold(s.label) === stem);
    const candidates = byLabel.length > 0 ? byLabel : servers.filter((s) => fold(s.id) === stem);
    // Two servers of one label, or two files for one server: which is meant cannot be told.
    if (candidates.length > 1 || (candidates.length === 1 && matched.some((m) => m.server === candidates[0]))) ambiguous.push(file);
    else if (candidates.length === 1) matched.push({ file, server: candidates[0]! });
    else unmatched.push(file);
  }
  const measured = new Set(matched.map((m) => m.server.id));
  return { matched, unmatched, ambiguous, withoutFile: servers.filter((s) => !measured.has(s.id)) };
}
