import { billOfMaterials, type Challenge, type Topology } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import { evaluateWithRuns, type ChallengeRuns, type GoalVerdict } from './challengeVerdicts.ts';
import { failedIos, worstP99 } from './checks.ts';

/** A hand-in link read: who, when, their design and the goals it carried. */
export type HandIn = {
  line: number;
  name: string;
  /** Seconds since 1970, when the link says. */
  handedIn?: number;
  topology: Topology;
  challenge: Challenge;
  /** The goals' fingerprint, to compare with the one the instructor noted. */
  fingerprint: string;
  /** The design's identity, its name aside: two hand-ins with the same key are the same design. */
  designKey: string;
};

export type GradedRow = {
  kind: 'graded';
  line: number;
  name: string;
  handedIn?: number;
  fingerprint: string;
  verdicts: GoalVerdict[];
  met: number;
  ioPriceUsd: number;
  storageP99Ms: number;
  networkP99Ms: number;
  failedIos: number;
  designKey: string;
  /** The other names this very design was handed in under. */
  sameDesignAs: string[];
};

/** A line that is not a hand-in that could be read: what is wrong, in the instructor's words. */
export type RefusedRow = { kind: 'refused'; line: number; text: string; problem: string };

export type GradeRow = GradedRow | RefusedRow;

/** The hand-in judged on runs made elsewhere (workers); the verdicts are computed here, never read from the link. */
export function gradeHandIn(handIn: HandIn, runs: ChallengeRuns): GradedRow {
  const verdicts = evaluateWithRuns(handIn.challenge, handIn.topology, runs);
  const plain: SimulationResult = runs.plain();
  return {
    kind: 'graded', line: handIn.line, name: handIn.name, handedIn: handIn.handedIn, fingerprint: handIn.fingerprint,
    verdicts, met: verdicts.filter((v) => v.met).length,
    ioPriceUsd: billOfMaterials(handIn.topology).ioPriceUsd,
    storageP99Ms: worstP99(plain, 'storage'), networkP99Ms: worstP99(plain, 'network'), failedIos: failedIos(plain),
    designKey: handIn.designKey, sameDesignAs: [],
  };
}

/**
 * Identical designs handed in under different names, flagged on each row: an honour system's
 * check, not proof (two students may share a screen; a copy may be moved by a pixel).
 */
export function flagSameDesigns(rows: readonly GradeRow[]): GradeRow[] {
  const namesByDesign = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.kind !== 'graded') continue;
    const names = namesByDesign.get(row.designKey) ?? new Set<string>();
    names.add(row.name);
    namesByDesign.set(row.designKey, names);
  }
  return rows.map((row) => {
    if (row.kind !== 'graded') return row;
    const others = [...namesByDesign.get(row.designKey)!].filter((n) => n !== row.name);
    return others.length === row.sameDesignAs.length ? row : { ...row, sameDesignAs: others };
  });
}

/** The goals' labels across the sheet, in the order first met: the sheet's check columns. */
export function goalColumns(rows: readonly GradeRow[]): string[] {
  const labels: string[] = [];
  for (const row of rows) {
    if (row.kind !== 'graded') continue;
    for (const v of row.verdicts) if (!labels.includes(v.label)) labels.push(v.label);
  }
  return labels;
}

/** "3 of 4 goals met", or "All 4 goals met". */
export function verdictText(row: GradedRow): string {
  const total = row.verdicts.length;
  return row.met === total ? `All ${total} goals met` : `${row.met} of ${total} goals met`;
}

/** A goal's cell: Met or Not met with its detail, or nothing when the hand-in's challenge lacks it. */
export function goalCell(row: GradedRow, label: string): string {
  const verdict = row.verdicts.find((v) => v.label === label);
  return verdict ? `${verdict.met ? 'Met' : 'Not met'}: ${verdict.detail}` : '';
}

/** The most common fingerprint: a hand-in with another one answered other (or edited) goals. */
export function usualFingerprint(rows: readonly GradeRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.kind === 'graded') counts.set(row.fingerprint, (counts.get(row.fingerprint) ?? 0) + 1);
  return [...counts.entries()].toSorted((a, b) => b[1] - a[1])[0]?.[0];
}
