import { describe, expect, it } from 'vitest';
import { FaultSchedule } from '../faultSchedule.ts';
import { planFaultWindows, windowsOfFault } from './faultWindows.ts';

const plan = (faults: { at: number; until?: number; target: string }[], warmup = 0.5, duration = 5) =>
  planFaultWindows(new FaultSchedule(faults, new Map()).changes, warmup, duration);

describe('fault windows', () => {
  it('none without faults', () => {
    expect(plan([])).toEqual([]);
  });

  it('one fault: before, during and after, clipped to the measured window', () => {
    const fault = { at: 1, until: 2, target: 'hba1' };
    const windows = plan([fault]);
    expect(windows).toEqual([
      { start: 0.5, end: 1, failed: [] },
      { start: 1, end: 2, failed: ['hba1'] },
      { start: 2, end: 5, failed: [] },
    ]);
    expect(windowsOfFault(windows, fault)).toEqual({ before: 0, during: [1], after: 2 });
  });

  it('overlapping faults: one window per distinct set of failed elements', () => {
    const a = { at: 1, until: 3, target: 'hba1' };
    const b = { at: 2, until: 4, target: 'hba2' };
    const windows = plan([a, b]);
    expect(windows.map((w) => [w.start, w.end, w.failed])).toEqual([
      [0.5, 1, []], [1, 2, ['hba1']], [2, 3, ['hba1', 'hba2']], [3, 4, ['hba2']], [4, 5, []],
    ]);
    expect(windowsOfFault(windows, a)).toEqual({ before: 0, during: [1, 2], after: 3 });
    expect(windowsOfFault(windows, b)).toEqual({ before: 1, during: [2, 3], after: 4 });
  });

  it('a fault from the start (inside the warm-up) with no end has no before and no after', () => {
    const fault = { at: 0, target: 'sw1' };
    const windows = plan([fault]);
    expect(windows).toEqual([{ start: 0.5, end: 5, failed: ['sw1'] }]);
    expect(windowsOfFault(windows, fault)).toEqual({ before: null, during: [0], after: null });
  });

  it('the same element failed twice stays failed until the last fault on it ends', () => {
    const windows = plan([{ at: 1, until: 3, target: 'hba1' }, { at: 2, until: 4, target: 'hba1' }]);
    expect(windows.map((w) => w.failed)).toEqual([[], ['hba1'], ['hba1'], ['hba1'], []]);
  });
});
