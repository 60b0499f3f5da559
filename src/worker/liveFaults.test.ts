import { describe, expect, it } from 'vitest';
import { applyLiveFault } from './liveFaults.ts';

describe('applyLiveFault', () => {
  it('appends a new fault at the time reached', () => {
    const faults = [{ at: 1, until: 2, target: 'nic1' }];
    expect(applyLiveFault(faults, 'hba1', 3.5, false)).toEqual({
      faults: [{ at: 1, until: 2, target: 'nic1' }, { at: 3.5, target: 'hba1' }],
      fault: { at: 3.5, target: 'hba1' },
      index: 1,
    });
    expect(faults).toHaveLength(1);
  });

  it('ends the open fault of the target on a recovery, in place', () => {
    const faults = [{ at: 1, target: 'hba1' }, { at: 2, target: 'nic1' }];
    expect(applyLiveFault(faults, 'hba1', 4, true)).toEqual({
      faults: [{ at: 1, until: 4, target: 'hba1' }, { at: 2, target: 'nic1' }],
      fault: { at: 1, until: 4, target: 'hba1' },
      index: 0,
    });
  });

  it('brings forward a recovery the document planned for later', () => {
    const change = applyLiveFault([{ at: 1, until: 9, target: 'l3' }], 'l3', 5, true);
    expect(change).toMatchObject({ fault: { at: 1, until: 5, target: 'l3' }, index: 0 });
  });

  it('says why when there is nothing to do', () => {
    expect(applyLiveFault([{ at: 1, target: 'hba1' }], 'hba1', 2, false)).toBe('hba1 has been failed since 1 s: recover it first.');
    expect(applyLiveFault([{ at: 1, until: 2, target: 'hba1' }], 'hba1', 3, true)).toBe('hba1 is not failed at 3 s: there is nothing to recover.');
    expect(applyLiveFault([{ at: 5, target: 'hba1' }], 'hba1', 3, true)).toBe('hba1 is not failed at 3 s: there is nothing to recover.');
    expect(applyLiveFault([{ at: 3, target: 'hba1' }], 'hba1', 3, true)).toMatch(/failed at this very instant \(3 s\): advance/);
  });

  it('can fail a target again after it recovered', () => {
    expect(applyLiveFault([{ at: 1, until: 2, target: 'hba1' }], 'hba1', 2, false)).toMatchObject({ index: 1, fault: { at: 2, target: 'hba1' } });
  });
});
