import type { DesignSummary } from '../../sim/index.ts';
import type { ComparedSide } from '../../store/comparisonSlice.ts';

/** A row of the compare table: a figure for each side, and how the variant differs from the base. */
export type CompareRow = { id: string; label: string; base: string; variant: string; change: string; better?: ComparedSide };

/** A figure of the compare table: how it is read from a side, shown, and changed. */
export type Figure = { id: string; label: string; of: (s: DesignSummary) => number; show: (v: number) => string; change: (a: number, b: number) => string; lowerIsBetter?: boolean };

/** One figure's row: both values, the change, and the better side when lower is better and they differ. */
export function compareRow(figure: Omit<Figure, 'of'>, a: number, b: number): CompareRow {
  const better = figure.lowerIsBetter && a !== b ? (b < a ? 'variant' : 'base') : undefined;
  return { id: figure.id, label: figure.label, base: figure.show(a), variant: figure.show(b), change: figure.change(a, b), ...(better ? { better } : {}) };
}
