import { describe, expect, it } from 'vitest';
import { lazyNumberFormat } from './lazyIntl.ts';
import { formatPlain } from './plainNumber.ts';

const SAMPLES = [
  0, 1, 9, 10, 12, 99.5, 100, 999, 999.5, 1000, 1234, 12_345, 123_456, 999_999, 1_000_000, 1_234_567.891, 16_000_000,
  0.1, 0.2, 0.5, 0.25, 0.125, 0.0625, 0.001, 0.0005, 0.00049, 0.000_123_45, 0.000_001, 1.005, 2.345, 1.0005, 3.36, 0.9995, 0.99949,
  12.345, 12.355, 43.15, 800, 1600, 3_360_000_000 / 1e9, 1e15, 123_456_789_012, 2 ** 40, 1 / 3, 2 / 3, Math.PI * 1000,
];

describe('formatPlain', () => {
  it.each([undefined, 1, 2, 3, 4])('writes what Intl en-US writes, to %s significant digits', (significant) => {
    const intl = new Intl.NumberFormat('en-US', significant === undefined ? {} : { maximumSignificantDigits: significant });
    const random = Array.from({ length: 2000 }, (_, i) => Math.abs(Math.sin(i + 1) * 10 ** ((i % 14) - 5)));
    for (const value of [...SAMPLES, ...random]) {
      const plain = formatPlain(value, significant);
      if (plain !== undefined) expect(plain, String(value)).toBe(intl.format(value));
    }
  });

  it('rounds the decimal written, half away from zero, as ICU does', () => {
    expect(formatPlain(2.345, 3)).toBe('2.35');
    expect(formatPlain(999.5, 3)).toBe('1,000');
    expect(formatPlain(1234.5678)).toBe('1,234.568');
    expect(formatPlain(16_000_000, 3)).toBe('16,000,000');
  });

  it('leaves to ICU what its forms do not cover', () => {
    for (const value of [-1, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e-7, 1e21]) expect(formatPlain(value, 3)).toBeUndefined();
    expect(lazyNumberFormat('en-US', { maximumSignificantDigits: 3 }).format(-1234)).toBe('-1,230');
    expect(lazyNumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(123_456)).toBe('123K');
  });
});
