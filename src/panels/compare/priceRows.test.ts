import { describe, expect, it } from 'vitest';
import { parseFigure, priceRows } from './priceRows.ts';

describe('the price table', () => {
  it('has a row per node kind and cable kind, with the estimate and the design’s own figures', () => {
    const rows = priceRows({ 'iov-switch': { priceUsd: 8000 } });
    expect(rows.map((r) => r.name)).toEqual(['Server', 'IOV switch', 'FC HBA', 'Ethernet NIC', 'SAN', 'LAN', 'PCIe cable', 'FC cable', 'Ethernet cable']);
    expect(rows[1]).toEqual({ item: 'iov-switch', name: 'IOV switch', estimate: { priceUsd: 20_000, powerW: 400 }, own: { priceUsd: 8000 } });
    expect(rows[0]!.own).toEqual({});
  });

  it('reads figures as people type them, and an empty field as the estimate', () => {
    expect(parseFigure('1300')).toEqual({ ok: true, value: 1300 });
    expect(parseFigure(' $1,300 ')).toEqual({ ok: true, value: 1300 });
    expect(parseFigure('12.5 W')).toEqual({ ok: true, value: 12.5 });
    expect(parseFigure('')).toEqual({ ok: true, value: null });
    expect(parseFigure('cheap')).toEqual({ ok: false, reason: '“cheap” is not a number: type a figure such as 1300, or leave it empty for the estimate.' });
  });
});
