import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import {
  createSlotId, damagedKey, deleteDesign, designKey, loadDesign, MAX_RECENT, moveDesignsFromLocal, QUOTA_MESSAGE, readRecent, RECENT_KEY, saveDesign,
  setAsideDamaged,
} from './autosave.ts';
import { keyValueDesignStore, type DesignStore } from './designStore.ts';
import { openIdbDesignStore } from './idbDesignStore.ts';
import { memoryStorage } from './memoryStorage.ts';

/** As in the app: the recent list in one store (localStorage), the designs in another (IndexedDB). */
function stores(capacity = Infinity) {
  const local = memoryStorage();
  const designData = memoryStorage(capacity);
  return { local, designData, designs: keyValueDesignStore(designData) };
}

describe('the autosave', () => {
  it('saves and restores a design through migrate, and lists it first', async () => {
    const { local, designs } = stores();
    const rack = example('virtualized-rack');
    expect(await saveDesign(local, designs, 'a', example('classic-rack'), 1)).toEqual({ ok: true });
    expect(await saveDesign(local, designs, 'b', rack, 2)).toEqual({ ok: true });
    expect(await loadDesign(designs, 'b')).toEqual({ ok: true, topology: rack });
    expect(readRecent(local).designs).toEqual([
      { slot: 'b', name: 'Virtualized rack', savedAt: 2 },
      { slot: 'a', name: 'Classic rack', savedAt: 1 },
    ]);
  });

  it('takes the design as it is when saving starts, not as it is when the write ends', async () => {
    const { local, designs } = stores();
    const rack = structuredClone(example('classic-rack'));
    const saving = saveDesign(local, designs, 'a', rack, 1);
    rack.name = 'Changed while saving';
    await saving;
    expect(await loadDesign(designs, 'a')).toMatchObject({ ok: true, topology: { name: 'Classic rack' } });
  });

  it('keeps each design in its own slot: saving one never touches another', async () => {
    const { local, designs } = stores();
    await saveDesign(local, designs, 'tab-1', example('classic-rack'), 1);
    await saveDesign(local, designs, 'tab-2', example('redundant-virtualized'), 2);
    await saveDesign(local, designs, 'tab-1', { ...example('classic-rack'), name: 'Mine' }, 3);
    expect(await loadDesign(designs, 'tab-2')).toMatchObject({ ok: true, topology: { name: 'Redundant virtualized rack' } });
    expect(readRecent(local).designs.map((d) => d.slot)).toEqual(['tab-1', 'tab-2']);
  });

  it('keeps the newest designs only, deleting the slots that fall off the list', async () => {
    const { local, designs, designData } = stores();
    for (let i = 0; i < MAX_RECENT + 2; i++) await saveDesign(local, designs, `s${i}`, example('classic-rack'), i);
    expect(readRecent(local).designs).toHaveLength(MAX_RECENT);
    expect(designData.getItem(designKey('s0'))).toBeNull();
    expect(designData.getItem(designKey('s2'))).not.toBeNull();
  });

  it('reports a full storage instead of swallowing it, and lists nothing it could not save', async () => {
    const { local, designs } = stores(1_000);
    expect(await saveDesign(local, designs, 'a', example('virtualized-rack'), 1)).toEqual({ ok: false, message: QUOTA_MESSAGE });
    expect(readRecent(local).designs).toEqual([]);
  });

  it('tells a missing design from a damaged one, with the reason', async () => {
    const { designs, designData } = stores();
    expect(await loadDesign(designs, 'none')).toEqual({ ok: false, missing: true });
    designData.setItem(designKey('x'), '{"version": 1, "nodes": [');
    expect(await loadDesign(designs, 'x')).toEqual({ ok: false, missing: false, reason: 'it is not valid JSON' });
    designData.setItem(designKey('y'), JSON.stringify({ ...example('classic-rack'), version: 99 }));
    const newer = await loadDesign(designs, 'y');
    expect(newer.ok === false && !newer.missing && newer.reason).toMatch(/^version This design is version 99, made by a newer IOV Studio/);
  });

  it('says when the browser cannot read the store at all', async () => {
    const broken: DesignStore = { ...keyValueDesignStore(memoryStorage()), read: () => Promise.reject(new Error('database closed')) };
    expect(await loadDesign(broken, 'a')).toEqual({ ok: false, missing: false, reason: 'the browser could not read it (database closed)' });
  });

  it('sets a damaged design aside, kept but out of the list', async () => {
    const { local, designs, designData } = stores();
    await saveDesign(local, designs, 'x', example('classic-rack'), 1);
    designData.setItem(designKey('x'), 'garbage');
    await setAsideDamaged(local, designs, 'x');
    expect(designData.getItem(damagedKey('x'))).toBe('garbage');
    expect(designData.getItem(designKey('x'))).toBeNull();
    expect(readRecent(local).designs).toEqual([]);
  });

  it('reads a damaged recent list as empty, and says so', () => {
    const storage = memoryStorage();
    storage.setItem(RECENT_KEY, '[{"slot": 3}]');
    expect(readRecent(storage)).toEqual({ designs: [], damaged: true });
    storage.setItem(RECENT_KEY, 'nope');
    expect(readRecent(storage)).toEqual({ designs: [], damaged: true });
  });

  it('deletes a design', async () => {
    const { local, designs, designData } = stores();
    await saveDesign(local, designs, 'a', example('classic-rack'), 1);
    await deleteDesign(local, designs, 'a');
    expect(designData.data.size).toBe(0);
    expect(readRecent(local).designs).toEqual([]);
  });

  it('makes slot ids that differ even in the same millisecond', () => {
    expect(createSlotId(0, () => 0.5)).toBe('0-i00000');
    expect(createSlotId(1000, () => 0.25)).not.toBe(createSlotId(1000, () => 0.26));
  });
});

describe('designs in IndexedDB', () => {
  it('saves, reads back and deletes a design (idb-keyval over fake-indexeddb)', async () => {
    const designs = (await openIdbDesignStore())!;
    expect(designs.kind).toBe('indexeddb');
    const local = memoryStorage();
    expect(await saveDesign(local, designs, 'big', example('virtualized-rack'), 5)).toEqual({ ok: true });
    expect(await loadDesign(designs, 'big')).toEqual({ ok: true, topology: example('virtualized-rack') });
    await deleteDesign(local, designs, 'big');
    expect(await loadDesign(designs, 'big')).toEqual({ ok: false, missing: true });
  });

  it('moves the designs an earlier version left in localStorage, once, keeping a newer copy already moved', async () => {
    const designs = (await openIdbDesignStore())!;
    const local = memoryStorage();
    local.setItem(RECENT_KEY, JSON.stringify([{ slot: 'old', name: 'Classic rack', savedAt: 1 }]));
    local.setItem(designKey('old'), JSON.stringify(example('classic-rack')));
    local.setItem(damagedKey('bad'), 'garbage');
    local.setItem(designKey('moved'), JSON.stringify({ ...example('classic-rack'), name: 'Stale copy' }));
    await designs.write(designKey('moved'), JSON.stringify({ ...example('classic-rack'), name: 'Newer copy' }));
    expect(await moveDesignsFromLocal(local, [...local.data.keys()], designs)).toBe(3);
    expect(await loadDesign(designs, 'old')).toMatchObject({ ok: true, topology: { name: 'Classic rack' } });
    expect(await designs.read(damagedKey('bad'))).toBe('garbage');
    expect(await loadDesign(designs, 'moved')).toMatchObject({ ok: true, topology: { name: 'Newer copy' } });
    // Only the recent list stays in localStorage; a second start moves nothing.
    expect([...local.data.keys()]).toEqual([RECENT_KEY]);
    expect(await moveDesignsFromLocal(local, [...local.data.keys()], designs)).toBe(0);
  });

  it('leaves a design in localStorage when the store refuses it, to try again at the next start', async () => {
    const refusing: DesignStore = { kind: 'indexeddb', read: async () => undefined, write: () => Promise.reject(new DOMException('full', 'QuotaExceededError')), remove: async () => {} };
    const local = memoryStorage();
    local.setItem(designKey('a'), '{}');
    expect(await moveDesignsFromLocal(local, [designKey('a')], refusing)).toBe(0);
    expect(local.getItem(designKey('a'))).toBe('{}');
  });
});
