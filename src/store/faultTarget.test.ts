import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { faultTargetName } from './faultTarget.ts';

describe('faultTargetName', () => {
  const rack = example('virtualized-rack');
  it('names a node by label and id, a cable by kind and id, a port within its adapter', () => {
    expect(faultTargetName(rack, 'hba1')).toBe('HBA 1 (hba1)');
    expect(faultTargetName(rack, 'sw1')).toBe('IOV switch (sw1)');
    expect(faultTargetName(rack, 'l1')).toBe('PCIe cable l1');
    expect(faultTargetName(rack, 'hba2:1')).toBe('port 1 of HBA 2 (hba2)');
  });

  it('falls back to the id of an element the design no longer has', () => {
    expect(faultTargetName(rack, 'hba9')).toBe('hba9');
  });
});
