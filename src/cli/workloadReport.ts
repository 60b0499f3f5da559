import { escapeUnsafe, type ImportResult, type ServerNode, type Workload } from '../model/index.ts';

export type Imported = { server: ServerNode; file: string; result: ImportResult };

const describe = (w: Pick<Workload, 'storageIops' | 'blockKiB' | 'readShare'>): string =>
  `${w.storageIops.toLocaleString('en-US')} IOPS of ${w.blockKiB.toLocaleString('en-US')} KiB, ${Math.round(w.readShare * 1000) / 10} % reads`;

/** What was read, server by server: the new figures, the old ones, then the notes and warnings indented. */
export function describeMeasured(list: readonly Imported[]): string {
  const lines: string[] = [];
  for (const { server, file, result } of list) {
    if (!result.ok) continue;
    lines.push(`${escapeUnsafe(server.label)} (${server.id}) from ${escapeUnsafe(file)}: ${describe(result.workload)} (was ${describe(server.workload)})`);
    for (const note of result.notes) lines.push(`  ${escapeUnsafe(note)}`);
    for (const warning of result.warnings) lines.push(`  warning: ${escapeUnsafe(warning)}`);
  }
  return `${lines.join('\n')}\n`;
}
