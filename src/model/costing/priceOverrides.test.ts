import { describe, expect, it } from 'vitest';
import { example } from '../examples/index.ts';
import type { Topology } from '../schema.ts';
import { TopologySchema } from '../topologySchema.ts';
import { billOfMaterials } from './billOfMaterials.ts';
import { catalogEstimate, clearPrices, PRICED_ITEMS, setPrice } from './priceOverrides.ts';

const ok = (result: { ok: true; topology: Topology } | { ok: false; reason: string }) => {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
};

describe('price overrides', () => {
  const rack = example('virtualized-rack');

  it('lists every node kind and cable kind, with the catalog’s estimates', () => {
    expect(PRICED_ITEMS).toEqual(['server', 'iov-switch', 'fc-hba', 'eth-nic', 'san', 'lan', 'pcie', 'fc', 'ethernet']);
    expect(catalogEstimate('iov-switch')).toEqual({ priceUsd: 20_000, powerW: 400 });
    expect(catalogEstimate('pcie')).toEqual({ priceUsd: 250, powerW: 5 });
  });

  it('sets a price, keeps the power as estimated, and changes the bill by the difference', () => {
    const cheaper = ok(setPrice(rack, 'iov-switch', 'priceUsd', 8000));
    expect(cheaper.settings.prices).toEqual({ 'iov-switch': { priceUsd: 8000 } });
    expect(billOfMaterials(cheaper).ioPriceUsd).toBe(billOfMaterials(rack).ioPriceUsd - 12_000);
    expect(TopologySchema.safeParse(cheaper).success).toBe(true);
  });

  it('goes back to the estimate with null, dropping the entry once empty', () => {
    const both = ok(setPrice(ok(setPrice(rack, 'pcie', 'priceUsd', 100)), 'pcie', 'powerW', 1));
    expect(both.settings.prices).toEqual({ pcie: { priceUsd: 100, powerW: 1 } });
    const one = ok(setPrice(both, 'pcie', 'priceUsd', null));
    expect(one.settings.prices).toEqual({ pcie: { powerW: 1 } });
    expect(ok(setPrice(one, 'pcie', 'powerW', null)).settings.prices).toEqual({});
    expect(ok(clearPrices(both)).settings.prices).toEqual({});
  });

  it('answers the same document when nothing changes (no empty undo step)', () => {
    expect(ok(setPrice(rack, 'fc', 'priceUsd', null))).toBe(rack);
    const set = ok(setPrice(rack, 'fc', 'priceUsd', 500));
    expect(ok(setPrice(set, 'fc', 'priceUsd', 500))).toBe(set);
    expect(ok(clearPrices(rack))).toBe(rack);
  });

  it('refuses figures the file format would refuse, saying the range', () => {
    expect(setPrice(rack, 'fc-hba', 'priceUsd', -1)).toEqual({ ok: false, reason: 'The price of FC HBA must be a number from 0 to 10,000,000 USD.' });
    expect(setPrice(rack, 'eth-nic', 'powerW', 200_000)).toEqual({ ok: false, reason: 'The power of Ethernet NIC must be a number from 0 to 100,000 W.' });
    expect(setPrice(rack, 'eth-nic', 'powerW', Number.NaN).ok).toBe(false);
  });
});
