import { describe, expect, it } from 'vitest';
import { formatTable, wrapText } from './formatTable.ts';

describe('wrapText', () => {
  it('wraps at word boundaries and never exceeds the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrapText('', 5)).toEqual(['']);
  });
});

describe('formatTable', () => {
  const columns = [{ header: 'SEV' }, { header: 'MESSAGE', fill: true }, { header: 'IDS', max: 6 }];

  it('sizes columns to their content when everything fits', () => {
    expect(formatTable(columns, [['error', 'short', 's1'], ['info', 'x', 's2']], 80)).toBe(
      'SEV    MESSAGE  IDS\nerror  short    s1\ninfo   x        s2\n',
    );
  });

  it('wraps the fill column to the width, and separates rows once one wraps', () => {
    const text = formatTable(columns, [['error', 'a message that is far too long for one line', 's1, s22'], ['info', 'ok', 's3']], 40);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(text).toBe([
      'SEV    MESSAGE                    IDS',
      'error  a message that is far too  s1,',
      '       long for one line          s22',
      '',
      'info   ok                         s3',
      '',
    ].join('\n'));
  });

  it('paints after padding, so colours do not shift the columns', () => {
    const painted = formatTable([{ header: 'A', paint: (line) => `<${line}>` }, { header: 'B' }], [['x', 'y']], 80);
    expect(painted).toBe('A  B\n<x>  y\n');
  });
});
