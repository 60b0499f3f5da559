import type { ComparedSide, ComparisonKind } from '../../store/comparisonSlice.ts';

/** How the compare view names what it compares, per kind: its title, its columns, and how the change reads. */
export type ComparisonWords = {
  /** The dialog's title (and its accessible name). */
  title: string;
  /** The printed report's title, before the design's name. */
  reportTitle: string;
  sides: Readonly<Record<ComparedSide, string>>;
  /** Each column's design in a sentence ("Simulating the dedicated design"). */
  designs: Readonly<Record<ComparedSide, string>>;
  /** The tag beside the column that is not the design on show. */
  otherTag: string;
  /** The heading of the differences, variant against base. */
  differences: string;
  /** The command that starts this comparison, as the menu names it. */
  command: string;
};

export const COMPARISON_WORDS: Readonly<Record<ComparisonKind, ComparisonWords>> = {
  counterpart: {
    title: 'Dedicated and virtualized',
    reportTitle: 'Dedicated and virtualized I/O',
    sides: { base: 'Dedicated', variant: 'Virtualized' },
    designs: { base: 'the dedicated design', variant: 'the virtualized design' },
    otherTag: 'its counterpart',
    differences: 'Virtualized against dedicated',
    command: 'Compare dedicated and virtualized',
  },
  qos: {
    title: 'With and without QoS',
    reportTitle: 'With and without QoS',
    sides: { base: 'Without QoS', variant: 'With QoS' },
    designs: { base: 'the design without QoS', variant: 'the design with QoS' },
    otherTag: 'QoS removed',
    differences: 'With QoS against without',
    command: 'Compare with and without QoS',
  },
};
