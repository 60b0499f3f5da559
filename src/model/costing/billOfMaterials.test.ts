import { describe, expect, it } from 'vitest';
import { example } from '../examples/index.ts';
import { billOfMaterials } from './billOfMaterials.ts';

describe('billOfMaterials', () => {
  it('counts the classic rack: 16 adapters, 16 cables, no switch port', () => {
    const bill = billOfMaterials(example('classic-rack'));
    expect(bill).toMatchObject({ adapters: 16, cables: 16, switchPortsUsed: 0 });
    // 8 × $1,300 HBA + 8 × $1,000 NIC + 8 × $600 FC + 8 × $300 Ethernet cable.
    expect(bill.ioPriceUsd).toBe(25_600);
    expect(bill.ioPowerW).toBe(8 * 10 + 8 * 7 + 8 * 2 + 8 * 2);
  });

  it('counts the virtualized rack, switch and PCIe cables included', () => {
    const bill = billOfMaterials(example('virtualized-rack'));
    expect(bill).toMatchObject({ adapters: 4, cables: 12, switchPortsUsed: 8 });
    expect(bill.ioPriceUsd).toBe(20_000 + 2 * 1300 + 2 * 1000 + 8 * 250 + 2 * 600 + 2 * 300);
  });

  it('uses the design’s own prices where it has them', () => {
    const design = example('virtualized-rack');
    const cheaper = { ...design, settings: { ...design.settings, prices: { 'iov-switch': { priceUsd: 8000 }, pcie: { powerW: 1 } } } };
    const bill = billOfMaterials(cheaper);
    expect(bill.ioPriceUsd).toBe(billOfMaterials(design).ioPriceUsd - 12_000);
    expect(bill.ioPowerW).toBe(billOfMaterials(design).ioPowerW - 8 * 4);
    expect(bill.overridden).toEqual(['iov-switch', 'pcie']);
  });
});
