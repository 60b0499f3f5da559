import { compareRuns, SWEEP_PARAMETERS, type SweepPoint } from './sweepParameters.ts';

type Keyed = { parameters: SweepPoint; replication: number; text: string };

/**
 * The lines of every shard as one file: sorted by (parameters, replication), exactly the order of a
 * single run, and each line kept as written, so the merged file is byte for byte the single run's.
 * A line that is not a sweep's, a run given twice, or shards of different sweeps is refused.
 */
export function mergeSweepLines(parts: readonly { name: string; text: string }[]): { ok: true; text: string; lines: number } | { ok: false; reason: string } {
  const lines: Keyed[] = [];
  const seen = new Set<string>();
  let varied: string | null = null;
  for (const part of parts) {
    const rows = part.text.split('\n');
    for (let i = 0; i < rows.length; i++) {
      const text = rows[i]!.trim();
      if (text === '') continue;
      const keyed = parseLine(text);
      if (!keyed) return { ok: false, reason: `${part.name}:${i + 1}: not a line of iov sweep (it needs parameters, replication, seed and figures).` };
      const names = Object.keys(keyed.parameters).join(',');
      if (varied !== null && names !== varied) return { ok: false, reason: `${part.name}:${i + 1}: varies ${names || 'nothing'} where the other lines vary ${varied || 'nothing'}: these are parts of different sweeps.` };
      varied = names;
      const key = `${JSON.stringify(keyed.parameters)}#${keyed.replication}`;
      if (seen.has(key)) return { ok: false, reason: `${part.name}:${i + 1}: the run ${key} is given twice (the same shard merged twice?).` };
      seen.add(key);
      lines.push(keyed);
    }
  }
  lines.sort(compareRuns);
  return { ok: true, text: lines.map((l) => `${l.text}\n`).join(''), lines: lines.length };
}

function parseLine(text: string): Keyed | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { parameters, replication, seed, figures } = value as Record<string, unknown>;
  if (typeof parameters !== 'object' || parameters === null || !Number.isInteger(replication) || !Number.isInteger(seed) || typeof figures !== 'object') return null;
  const entries = Object.entries(parameters);
  if (!entries.every(([k, v]) => (SWEEP_PARAMETERS as readonly string[]).includes(k) && typeof v === 'number' && Number.isFinite(v))) return null;
  return { parameters: parameters as SweepPoint, replication: replication as number, text };
}
