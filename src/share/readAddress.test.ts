import { afterEach, describe, expect, it, vi } from 'vitest';
import { example } from '../model/index.ts';
import { buildFragment } from './link.ts';

afterEach(() => {
  vi.doUnmock('./openFromLocation.ts');
  vi.resetModules();
});

describe('the address read through a reader fetched on demand', () => {
  it('reads no link from an empty address, and a design from a link', async () => {
    const { readAddressLink, addressAfterLink } = await import('./readAddress.ts');
    expect(await readAddressLink('')).toEqual({ kind: 'none' });
    expect(await readAddressLink('#')).toEqual({ kind: 'none' });
    const hash = `${buildFragment(example('classic-rack'), { viewOnly: true })}`;
    const link = await readAddressLink(hash);
    expect(link).toEqual({ kind: 'design', topology: example('classic-rack'), view: { viewOnly: true } });
    expect(await addressAfterLink(link, hash)).toBe('#m=view');
  });

  it('refuses the link, saying to reload, and keeps it in the address when the reader cannot be fetched', async () => {
    vi.doMock('./openFromLocation.ts', () => { throw new TypeError('Failed to fetch dynamically imported module'); });
    const { readAddressLink, addressAfterLink, READER_MISSING } = await import('./readAddress.ts');
    const hash = buildFragment(example('classic-rack'));
    const link = await readAddressLink(hash);
    expect(link).toEqual({ kind: 'refused', problems: [READER_MISSING], view: { viewOnly: false } });
    expect(READER_MISSING).toMatch(/Reload the page/);
    expect(await addressAfterLink(link, hash)).toBe(hash);
  });
});
