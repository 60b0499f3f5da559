import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import {
  createSlotId, damagedKey, deleteDesign, designKey, loadDesign, MAX_RECENT, QUOTA_MESSAGE, readRecent, RECENT_KEY, saveDesign, setAsideDamaged,
} from './autosave.ts';
import { memoryStorage } from './memoryStorage.ts';

describe('the autosave', () => {
  it('saves and restores a design through migrate, and lists it first', () => {
    const storage = memoryStorage();
    const rack = example('virtualized-rack');
    expect(saveDesign(storage, 'a', example('classic-rack'), 1)).toEqual({ ok: true });
    expect(saveDesign(storage, 'b', rack, 2)).toEqual({ ok: true });
    expect(loadDesign(storage, 'b')).toEqual({ ok: true, topology: rack });
    expect(readRecent(storage).designs).toEqual([
      { slot: 'b', name: 'Virtualized rack', savedAt: 2 },
      { slot: 'a', name: 'Classic rack', savedAt: 1 },
    ]);
  });

  it('keeps each design in its own slot: saving one never touches another', () => {
    const storage = memoryStorage();
    saveDesign(storage, 'tab-1', example('classic-rack'), 1);
    saveDesign(storage, 'tab-2', example('redundant-virtualized'), 2);
    saveDesign(storage, 'tab-1', { ...example('classic-rack'), name: 'Mine' }, 3);
    expect(loadDesign(storage, 'tab-2')).toMatchObject({ ok: true, topology: { name: 'Redundant virtualized rack' } });
    expect(readRecent(storage).designs.map((d) => d.slot)).toEqual(['tab-1', 'tab-2']);
  });

  it('keeps the newest designs only, deleting the slots that fall off the list', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_RECENT + 2; i++) saveDesign(storage, `s${i}`, example('classic-rack'), i);
    expect(readRecent(storage).designs).toHaveLength(MAX_RECENT);
    expect(storage.getItem(designKey('s0'))).toBeNull();
    expect(storage.getItem(designKey('s2'))).not.toBeNull();
  });

  it('reports a full storage instead of swallowing it', () => {
    const storage = memoryStorage(1_000);
    expect(saveDesign(storage, 'a', example('virtualized-rack'), 1)).toEqual({ ok: false, message: QUOTA_MESSAGE });
  });

  it('tells a missing design from a damaged one, with the reason', () => {
    const storage = memoryStorage();
    expect(loadDesign(storage, 'none')).toEqual({ ok: false, missing: true });
    storage.setItem(designKey('x'), '{"version": 1, "nodes": [');
    expect(loadDesign(storage, 'x')).toEqual({ ok: false, missing: false, reason: 'it is not valid JSON' });
    storage.setItem(designKey('y'), JSON.stringify({ ...example('classic-rack'), version: 99 }));
    const newer = loadDesign(storage, 'y');
    expect(newer.ok === false && !newer.missing && newer.reason).toMatch(/^version This design is version 99, made by a newer IOV Studio/);
  });

  it('sets a damaged design aside, kept but out of the list', () => {
    const storage = memoryStorage();
    saveDesign(storage, 'x', example('classic-rack'), 1);
    storage.setItem(designKey('x'), 'garbage');
    setAsideDamaged(storage, 'x');
    expect(storage.getItem(damagedKey('x'))).toBe('garbage');
    expect(storage.getItem(designKey('x'))).toBeNull();
    expect(readRecent(storage).designs).toEqual([]);
  });

  it('reads a damaged recent list as empty, and says so', () => {
    const storage = memoryStorage();
    storage.setItem(RECENT_KEY, '[{"slot": 3}]');
    expect(readRecent(storage)).toEqual({ designs: [], damaged: true });
    storage.setItem(RECENT_KEY, 'nope');
    expect(readRecent(storage)).toEqual({ designs: [], damaged: true });
  });

  it('deletes a design', () => {
    const storage = memoryStorage();
    saveDesign(storage, 'a', example('classic-rack'), 1);
    deleteDesign(storage, 'a');
    expect(storage.data.size).toBe(1);
    expect(readRecent(storage).designs).toEqual([]);
  });

  it('makes slot ids that differ even in the same millisecond', () => {
    expect(createSlotId(0, () => 0.5)).toBe('0-i00000');
    expect(createSlotId(1000, () => 0.25)).not.toBe(createSlotId(1000, () => 0.26));
  });
});
