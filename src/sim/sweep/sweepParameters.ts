/** What a sweep can vary, in the order its lines are sorted (servers first: the largest change). */
export const SWEEP_PARAMETERS = ['servers', 'hba', 'nic', 'load', 'seed'] as const;
export type SweepParameter = (typeof SWEEP_PARAMETERS)[number];

/** One point of the grid: a value for each varied parameter. */
export type SweepPoint = Partial<Record<SweepParameter, number>>;
export type SweepAxis = { parameter: SweepParameter; values: number[] };

/** A grid larger than this is a typo (load=0..1000:0.001), not a plan; split it across several sweeps. */
export const MAX_SWEEP_RUNS = 1_000_000;

const WHOLE: Readonly<Record<SweepParameter, boolean>> = { servers: true, hba: true, nic: true, load: false, seed: true };
const BOUNDS: Readonly<Record<SweepParameter, [number, number]>> = {
  servers: [1, 4096], hba: [0, 64], nic: [0, 64], load: [0, 1000], seed: [0, 0xffff_ffff],
};
const MAX_VALUES = 10_000;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * `load=0.5..1.5:0.25`, `hba=1..4` (step 1), or `seed=1,7,42`: the values of one parameter, ascending.
 * Steps are counted, not added up, so 0.5 + 4 × 0.25 is 1.5 exactly, not 1.5000000000000002.
 */
export function parseVary(text: string): Parsed<SweepAxis> {
  const match = /^([a-z]+)=(.+)$/.exec(text.trim());
  const parameter = match?.[1] as SweepParameter | undefined;
  if (!match || !parameter || !SWEEP_PARAMETERS.includes(parameter)) {
    return { ok: false, message: `needs NAME=FROM..TO[:STEP] or NAME=A,B,C with NAME one of ${SWEEP_PARAMETERS.join(', ')}, e.g. load=0.5..1.5:0.25.` };
  }
  const values = parseValues(match[2]!);
  if (!values.ok) return { ok: false, message: `${parameter}: ${values.message}` };
  const [low, high] = BOUNDS[parameter];
  const bad = values.value.find((v) => (WHOLE[parameter] && !Number.isInteger(v)) || v < low || v > high);
  if (bad !== undefined) return { ok: false, message: `${parameter}: ${bad} is not ${WHOLE[parameter] ? 'a whole number ' : 'a value '}from ${low} to ${high}.` };
  if (parameter === 'load' && values.value.includes(0)) return { ok: false, message: 'load: 0 would be no traffic at all; start above 0.' };
  return { ok: true, value: { parameter, values: [...new Set(values.value)].toSorted((a, b) => a - b) } };
}

function parseValues(spec: string): Parsed<number[]> {
  const range = /^([^:,]+?)\.\.([^:,]+)(?::([^:,]+))?$/.exec(spec);
  if (!range) {
    const list = spec.split(',').map((part) => Number(part.trim()));
    if (list.some((v, i) => !Number.isFinite(v) || spec.split(',')[i]!.trim() === '')) return { ok: false, message: `${JSON.stringify(spec.slice(0, 40))} is not a range FROM..TO[:STEP] or a list A,B,C of numbers.` };
    return list.length > MAX_VALUES ? { ok: false, message: `more than ${MAX_VALUES} values.` } : { ok: true, value: list };
  }
  const [from, to, step] = [Number(range[1]), Number(range[2]), range[3] === undefined ? 1 : Number(range[3])];
  if (![from, to, step].every(Number.isFinite)) return { ok: false, message: `${JSON.stringify(spec.slice(0, 40))}: FROM, TO and STEP must be numbers.` };
  if (!(step > 0)) return { ok: false, message: 'STEP must be above 0.' };
  if (to < from) return { ok: false, message: `TO (${to}) is below FROM (${from}).` };
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_VALUES) return { ok: false, message: `${count} values, more than ${MAX_VALUES}; take a larger step.` };
  return { ok: true, value: Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12))) };
}

/** Every point of the grid, in the sorted order of the lines (SWEEP_PARAMETERS order, each ascending). */
export function gridPoints(axes: readonly SweepAxis[]): SweepPoint[] {
  const ordered = SWEEP_PARAMETERS.flatMap((p) => axes.filter((a) => a.parameter === p));
  let points: SweepPoint[] = [{}];
  for (const axis of ordered) points = points.flatMap((point) => axis.values.map((value) => ({ ...point, [axis.parameter]: value })));
  return points;
}

/** The order of the lines: by each parameter in SWEEP_PARAMETERS order, then by replication. */
export function compareRuns(a: { parameters: SweepPoint; replication: number }, b: { parameters: SweepPoint; replication: number }): number {
  for (const parameter of SWEEP_PARAMETERS) {
    const x = a.parameters[parameter] ?? -Infinity;
    const y = b.parameters[parameter] ?? -Infinity;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.replication - b.replication;
}
