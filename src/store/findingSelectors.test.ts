import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, example, scaleDesign } from '../model/index.ts';
import { findingMarksOf, findingsOf, shownFinding, subjectLabels } from './selectors.ts';

describe('finding badges', () => {
  it('are at most 2 on each built example: 1 on the single-switch rack’s switch, none elsewhere', () => {
    const badges = Object.fromEntries(EXAMPLE_NAMES.map((name) => [name, [...findingMarksOf(example(name))]]));
    expect(badges).toEqual({
      'classic-rack': [],
      'virtualized-rack': [['sw1', { severity: 'warning', count: 1 }]],
      'redundant-virtualized': [],
      'noisy-neighbour': [['sw1', { severity: 'warning', count: 1 }]],
    });
  });
  it('sit on each switch of the 64-server rack, one per switch, not on its 64 servers', () => {
    expect([...findingMarksOf(scaleDesign(64)).keys()]).toEqual(['sw1', 'sw2', 'sw3', 'sw4']);
  });
});

describe('the finding shown', () => {
  const rack = example('virtualized-rack');
  const [grouped] = findingsOf(rack);
  const all = [...grouped!.nodeIds, ...grouped!.linkIds];
  it('is the finding whose elements are exactly the selection, in any order', () => {
    expect(shownFinding({ document: rack, selected: all.toReversed() })).toBe(grouped);
  });
  it('is none for a part of them, more than them, or nothing', () => {
    expect(shownFinding({ document: rack, selected: all.slice(1) })).toBeUndefined();
    expect(shownFinding({ document: rack, selected: [...all, 'san1'] })).toBeUndefined();
    expect(shownFinding({ document: rack, selected: [] })).toBeUndefined();
  });
});

describe('the names under a grouped finding', () => {
  it('list every server of an example', () => {
    const rack = example('virtualized-rack');
    expect(subjectLabels(rack, findingsOf(rack)[0]!)).toBe('Web 1, Web 2, DB 1, DB 2, Backup, VDI 1, VDI 2 and Idle');
  });
  it('stop at 12 and count the rest', () => {
    const big = scaleDesign(64);
    expect(subjectLabels(big, findingsOf(big)[0]!)).toMatch(/^(?:[^,]+, ){10}[^,]+ and 5 more$/);
  });
  it('are empty for a finding about one element', () => {
    const rack = example('virtualized-rack');
    expect(subjectLabels(rack, { ...findingsOf(rack)[0]!, subjectIds: ['s1'] })).toBe('');
  });
});
