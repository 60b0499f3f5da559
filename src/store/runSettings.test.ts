import { describe, expect, it } from 'vitest';
import { example, TopologySchema, type Topology } from '../model/index.ts';
import { failedTargetsAt, withLiveFault, withRunSettings } from './runSettings.ts';

const rack = example('virtualized-rack');
const settings = (result: ReturnType<typeof withRunSettings>) => (result.ok ? result.topology.settings : result.reason);

describe('withRunSettings', () => {
  it('changes the seed alone, keeping everything else', () => {
    const result = withRunSettings(rack, { seed: 42 });
    expect(settings(result)).toEqual({ ...rack.settings, seed: 42 });
  });

  it('keeps a default warm-up at a tenth of the new duration, and a custom one that still fits', () => {
    expect(rack.settings).toMatchObject({ duration: 10, warmup: 1 });
    expect(settings(withRunSettings(rack, { duration: 60 }))).toMatchObject({ duration: 60, warmup: 6 });
    const custom: Topology = { ...rack, settings: { ...rack.settings, warmup: 2 } };
    expect(settings(withRunSettings(custom, { duration: 60 }))).toMatchObject({ duration: 60, warmup: 2 });
    expect(settings(withRunSettings(custom, { duration: 1.5 }))).toMatchObject({ duration: 1.5, warmup: 0.15 });
  });

  it('gives back the very same document when nothing changes (no undo step)', () => {
    const result = withRunSettings(rack, { seed: rack.settings.seed, duration: rack.settings.duration });
    expect(result.ok && result.topology).toBe(rack);
  });

  it('refuses an unusable seed or duration with the bounds', () => {
    expect(settings(withRunSettings(rack, { seed: 1.5 }))).toBe('The seed must be a whole number from 0 to 4294967295.');
    expect(settings(withRunSettings(rack, { seed: -1 }))).toMatch(/^The seed must/);
    expect(settings(withRunSettings(rack, { duration: 0 }))).toBe('The duration must be at least 0.01 s and at most 3600 s.');
    expect(settings(withRunSettings(rack, { duration: 3601 }))).toMatch(/^The duration must/);
    expect(settings(withRunSettings(rack, { duration: Number.NaN }))).toMatch(/^The duration must/);
  });

  it('always gives a valid document', () => {
    for (const duration of [0.01, 1, 10, 3600]) {
      const result = withRunSettings(rack, { duration, seed: 7 });
      expect(result.ok && TopologySchema.safeParse(result.topology).success).toBe(true);
    }
  });
});

describe('withLiveFault', () => {
  it('appends a new fault and sets `until` on the fault a recovery ends', () => {
    const failed = withLiveFault(rack, { at: 2.5, target: 'hba1' }, 0, false);
    expect(failed.settings.faults).toEqual([{ at: 2.5, target: 'hba1' }]);
    const recovered = withLiveFault(failed, { at: 2.5, until: 4, target: 'hba1' }, 0, true);
    expect(recovered.settings.faults).toEqual([{ at: 2.5, until: 4, target: 'hba1' }]);
    expect(TopologySchema.safeParse(recovered).success).toBe(true);
  });

  it('finds the fault a recovery ends by target and time when the document moved it', () => {
    const doc: Topology = { ...rack, settings: { ...rack.settings, faults: [{ at: 1, target: 'nic1' }, { at: 2, target: 'hba1' }] } };
    const recovered = withLiveFault(doc, { at: 2, until: 3, target: 'hba1' }, 0, true);
    expect(recovered.settings.faults).toEqual([{ at: 1, target: 'nic1' }, { at: 2, until: 3, target: 'hba1' }]);
    expect(withLiveFault(rack, { at: 2, until: 3, target: 'hba1' }, 0, true)).toBe(rack);
  });
});

describe('failedTargetsAt', () => {
  it('counts a fault from its start, up to but not including its end', () => {
    const faults = [{ at: 1, target: 'hba1' }, { at: 2, until: 3, target: 'l4' }];
    expect([...failedTargetsAt(faults, 0.5)]).toEqual([]);
    expect([...failedTargetsAt(faults, 1)]).toEqual(['hba1']);
    expect([...failedTargetsAt(faults, 2.5)]).toEqual(['hba1', 'l4']);
    expect([...failedTargetsAt(faults, 3)]).toEqual(['hba1']);
  });
});
