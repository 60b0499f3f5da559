import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { simulate } from '../sim/index.ts';
import { adapterCountFigure, busiestAdapter, formatFigure, meanAdapterBusy, ofDesign, worstStorageP99 } from './figures.ts';
import { AWAITING_RUN, fillStepText, templateNames } from './stepText.ts';

const classic = example('classic-rack');
const virtualized = example('virtualized-rack');
const figures = {
  adapters: adapterCountFigure, busiest: busiestAdapter, p99: worstStorageP99, meanBusy: meanAdapterBusy,
  classicAdapters: ofDesign(() => example('classic-rack'), adapterCountFigure), target: { unit: 'ms', target: 2.5 },
} as const;

describe('lesson text templates', () => {
  it('fill counts from the design on show and labels from its elements', () => {
    expect(fillStepText('{{adapters}} adapters; fail {{label:hba1}}.', figures, { topology: classic })).toBe('16 adapters; fail HBA 1.');
    expect(fillStepText('{{adapters}} instead of {{classicAdapters}}', figures, { topology: virtualized })).toBe('4 instead of 16');
  });

  it('say "about" the analytic figure before a run, and the run\'s own figure after it', () => {
    expect(fillStepText('{{busiest}}', figures, { topology: classic })).toBe('about 12 %');
    const result = simulate(classic, { duration: 2 });
    const busiest = Math.max(...result.adapters.map((a) => a.utilization));
    expect(fillStepText('{{busiest}}', figures, { topology: classic, result })).toBe(formatFigure(busiest, 'percent'));
  });

  it('wait for a run where the model has no figure, and keep a target as set', () => {
    expect(fillStepText('p99 {{p99}} under {{target}}', figures, { topology: virtualized })).toBe(`p99 ${AWAITING_RUN} under 2.50 ms`);
    // The model gives a pool's mean, not its busiest adapter: no guess for it.
    expect(fillStepText('{{busiest}}', figures, { topology: virtualized })).toBe(AWAITING_RUN);
    expect(fillStepText('{{meanBusy}}', figures, { topology: virtualized })).toBe('about 9.7 %');
  });

  it('never read the run on show for a figure of another design', () => {
    const result = simulate(virtualized, { duration: 2 });
    const classicMean = ofDesign(() => example('classic-rack'), meanAdapterBusy);
    expect(fillStepText('{{x}}', { x: classicMean }, { topology: virtualized, result })).toBe('about 2.5 %');
  });

  it('mark an unknown name, and list the names a text uses', () => {
    expect(fillStepText('{{nope}} left', figures, { topology: classic })).toBe('? left');
    expect(templateNames('{{a}} and {{label:hba1}} and {{b}}')).toEqual(['a', 'b']);
  });

  it('format percentages, milliseconds and counts as the charts do', () => {
    expect(formatFigure(0.1179, 'percent')).toBe('12 %');
    expect(formatFigure(0.0254, 'percent')).toBe('2.5 %');
    expect(formatFigure(1.7117, 'ms')).toBe('1.71 ms');
    expect(formatFigure(15.9, 'count')).toBe('16');
  });
});
