import { describe, expect, it } from 'vitest';
import { dashZoom, detailLevel, NODE_TEXT_PX, SMALLEST_SUMMARY_ZOOM, smallestLegibleText, summaryZoom } from './levelOfDetail.ts';

describe('level of detail', () => {
  it('asks for 14 px text on a projector-sized window, 9 px on a large monitor', () => {
    expect(smallestLegibleText(1280)).toBe(14);
    expect(smallestLegibleText(1440)).toBe(14);
    expect(smallestLegibleText(1920)).toBe(9);
  });

  it('shows every detail only where 14 px text stays legible', () => {
    expect(detailLevel(1, 14)).toBe('full');
    expect(detailLevel(0.99, 14)).toBe('summary');
    expect(detailLevel(0.65, 9)).toBe('full'); // 9.1 px on screen
    expect(detailLevel(0.64, 9)).toBe('summary'); // 8.96 px
    expect(detailLevel(0.47, 14)).toBe('summary');
  });

  it('divides by a zoom rounded down, so text drawn at 1/zoom is never smaller on screen than asked', () => {
    expect(summaryZoom(0.47)).toBe(0.45);
    expect(summaryZoom(0.39)).toBe(0.35);
    expect(summaryZoom(0.5)).toBe(0.5);
    expect(summaryZoom(0.99)).toBe(0.95);
    for (const zoom of [0.35, 0.39, 0.47, 0.61, 0.88, 0.999]) {
      const onScreen = (NODE_TEXT_PX / summaryZoom(zoom)) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(NODE_TEXT_PX);
      expect(onScreen).toBeLessThan(NODE_TEXT_PX * 1.5);
    }
  });

  it('stops growing text below the zoom where a label no longer fits its node', () => {
    expect(summaryZoom(0.34)).toBe(SMALLEST_SUMMARY_ZOOM);
    expect(summaryZoom(0.01)).toBe(SMALLEST_SUMMARY_ZOOM);
    expect((16 / summaryZoom(0.2)) * 0.2).toBeCloseTo(9.14, 2); // a whole rack on a phone: 9 px until zoomed in
  });
});

describe('dashZoom', () => {
  it('steps by quarter octaves, rounded down, so dashes are never shorter than asked', () => {
    expect(dashZoom(1)).toBe(1);
    expect(dashZoom(0.5)).toBe(0.5);
    expect(dashZoom(0.45)).toBeCloseTo(2 ** -1.25, 9);
    expect(dashZoom(0.05)).toBeCloseTo(2 ** -4.5, 9);
    for (const zoom of [0.03, 0.07, 0.2, 0.33, 0.9]) {
      expect(dashZoom(zoom)).toBeLessThanOrEqual(zoom);
      expect(dashZoom(zoom)).toBeGreaterThan(zoom / 2 ** 0.25);
    }
  });

  it('is the same all along a step: a zoom within it restyles no cable', () => {
    expect(dashZoom(0.26)).toBe(dashZoom(0.29));
    expect(dashZoom(0.05)).toBe(dashZoom(0.052));
  });

  it('answers 1 for a zoom that is not a positive number', () => {
    expect(dashZoom(0)).toBe(1);
    expect(dashZoom(Number.NaN)).toBe(1);
  });
});
