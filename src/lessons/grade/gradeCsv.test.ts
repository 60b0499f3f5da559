import { describe, expect, it } from 'vitest';
import type { GradeRow } from '../../curriculum/gradeSheet.ts';
import { gradeSheetCsv } from './gradeCsv.ts';

const row = (name: string, sameDesignAs: string[] = []): GradeRow => ({
  kind: 'graded', line: 1, name, handedIn: 1_796_000_000, fingerprint: 'abcd1234', met: 1, ioPriceUsd: 4321.4,
  storageP99Ms: 1.23456789, networkP99Ms: 0.5, failedIos: 0, designKey: 'k', sameDesignAs,
  verdicts: [
    { goal: { kind: 'no-error-finding' }, label: 'No error finding', met: true, detail: '0 error findings' },
    { goal: { kind: 'at-most-adapters', count: 2 }, label: 'At most 2 adapters', met: false, detail: '4 adapters' },
  ],
});

describe('the grade sheet as CSV', () => {
  it('has a column per goal, the figures, and the same-design flags', () => {
    const [header, first] = gradeSheetCsv([row('Ada', ['Alan'])]).split('\r\n');
    expect(header).toBe('Line,Name,Handed in (UTC),Verdict,No error finding,At most 2 adapters,I/O cost (USD),Worst storage p99 (ms),Worst network p99 (ms),Same design as,Goals fingerprint,Problem');
    expect(first).toBe('1,Ada,2026-11-30T00:53Z,1 of 2 goals met,Met: 0 error findings,Not met: 4 adapters,4321,1.23457,0.5,Alan,abcd1234,');
  });

  it('keeps a name that starts like a formula as text', () => {
    const csv = gradeSheetCsv([row('=HYPERLINK("http://evil","x")'), { kind: 'refused', line: 2, text: '+cmd|calc', problem: 'Not a link.' }]);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
    expect(csv).toContain("2,'+cmd|calc,");
  });
});
