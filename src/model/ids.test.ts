import { describe, expect, it } from 'vitest';
import { compareIds, idNumber, nextId, parsePortId, portId } from './ids.ts';

describe('ids', () => {
  it('takes the next free number of a prefix, one past the highest', () => {
    expect(nextId('s', [])).toBe('s1');
    expect(nextId('s', ['s1', 's3', 'sw7', 'san2'])).toBe('s4');
    expect(nextId('sw', ['s1', 's3', 'sw7'])).toBe('sw8');
  });
  it('reads the number of an id only for its own prefix', () => {
    expect(idNumber('hba12', 'hba')).toBe(12);
    expect(idNumber('hba12', 'h')).toBeUndefined();
    expect(idNumber('hba0', 'hba')).toBeUndefined();
  });
  it('writes and reads port ids', () => {
    expect(portId('hba3', 2)).toBe('hba3:2');
    expect(parsePortId('hba3:2')).toEqual({ adapterId: 'hba3', index: 2 });
    expect(parsePortId('hba3')).toBeUndefined();
  });
  it('sorts naturally: s2 before s10, ports by number', () => {
    expect(['s10', 's2', 'san1', 's1', 'sw1', 'hba1:10', 'hba1:2'].toSorted(compareIds)).toEqual(['hba1:2', 'hba1:10', 's1', 's2', 's10', 'san1', 'sw1']);
    expect(compareIds('s1', 's1')).toBe(0);
  });
});
