import { describe, expect, it } from 'vitest';
import { UTILIZATION_GRADIENT, utilizationPaint } from './utilizationScale.ts';

describe('utilizationPaint', () => {
  it('writes both themes\' colours, and the text for each, as light-dark()', () => {
    expect(utilizationPaint(0.9)).toEqual({ colour: 'light-dark(#440154, #fde725)', text: 'light-dark(#ffffff, #000000)' });
    expect(utilizationPaint(0.01)).toEqual({ colour: 'light-dark(#239a88, #27808d)', text: 'light-dark(#000000, #ffffff)' });
  });
});

describe('UTILIZATION_GRADIENT', () => {
  it('puts each stop at its percentage, from 0 to 100 %', () => {
    expect(UTILIZATION_GRADIENT).toMatch(/^linear-gradient\(in srgb-linear to right, light-dark\(#239a88, #27808d\) 0%, /);
    expect(UTILIZATION_GRADIENT).toContain('light-dark(#365c8c, #44bc70) 20%');
    expect(UTILIZATION_GRADIENT).toMatch(/light-dark\(#440154, #fde725\) 100%\)$/);
  });
});
