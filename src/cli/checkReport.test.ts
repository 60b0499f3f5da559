import { describe, expect, it } from 'vitest';
import { checkDesign, example, scaleDesign } from '../model/index.ts';
import { dedicate } from '../model/transforms/dedicate.ts';
import { idsOf } from './checkReport.ts';

describe('the IDS cell of iov check', () => {
  it('lists every id of a lone finding', () => {
    expect(idsOf({ rule: 'r', severity: 'error', message: '', nodeIds: ['s5', 'sw1'], linkIds: ['l5'], subjectIds: ['l5'], anchorId: 'l5' })).toBe('s5, sw1, l5');
  });
  it('lists the servers of a grouped finding and the switch they share', () => {
    expect(checkDesign(example('virtualized-rack')).map(idsOf)).toEqual(['s1, s2, s3, s4, s5, s6, s7, s8, sw1']);
    expect(checkDesign(example('classic-rack')).map(idsOf)).toEqual(['s1, s2, s3, s4, s5, s6, s7, s8', 's1, s2, s3, s4, s5, s6, s7, s8']);
  });
  it('counts what is past 8 subjects', () => {
    const dedicated = dedicate(scaleDesign(64));
    if (!dedicated.ok) throw new Error(dedicated.reason);
    expect(idsOf(checkDesign(dedicated.topology)[0]!)).toBe('s1, s2, s3, s4, s5, s6, … 58 more');
  });
});
