import { parseVary, type SweepAxis, type SweepParameter } from '../../sim/index.ts';
import { PAGE_REPLICATIONS } from '../../store/studySlice.ts';

/** What the Sweep tab can vary on the design as it is (servers needs the command line's scale design). */
/** `inText`: the name inside a sentence ("p99 against HBAs per pool"). */
export const PAGE_PARAMETERS: readonly { id: SweepParameter; label: string; inText: string; defaults: string; help: string }[] = [
  { id: 'load', label: 'Load', inText: 'load', defaults: '0.5..1.5:0.25', help: 'multiplies every server’s storage IOPS and network rate' },
  { id: 'hba', label: 'HBAs per pool', inText: 'HBAs per pool', defaults: '1..4', help: 'the storage pool of every IOV switch' },
  { id: 'nic', label: 'NICs per pool', inText: 'NICs per pool', defaults: '1..4', help: 'the network pool of every IOV switch' },
];

/** A small grid: the page's workers answer it in a minute or so; larger sweeps belong to `iov sweep`. */
export const MAX_PAGE_RUNS = 60;

/** The axis the form describes, or why it cannot be run. */
export function sweepAxisOf(parameter: SweepParameter, values: string): { ok: true; axis: SweepAxis } | { ok: false; reason: string } {
  const parsed = parseVary(`${parameter}=${values.trim()}`);
  if (!parsed.ok) return { ok: false, reason: `Cannot sweep these values: ${parsed.message.replace(/^[a-z]+: /, '')}` };
  const runs = parsed.value.values.length * PAGE_REPLICATIONS;
  if (runs > MAX_PAGE_RUNS) return { ok: false, reason: `${parsed.value.values.length} values make ${runs} runs, more than the ${MAX_PAGE_RUNS} the page runs: take a larger step, or run it with iov sweep.` };
  return { ok: true, axis: parsed.value };
}
