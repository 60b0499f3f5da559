import { describe, expect, it } from 'vitest';
import { fitNodeText, type NodeTextInput } from './nodeTextFit.ts';
import { textWidth } from './textMetrics.ts';

/** A server at the summary level of detail (levelOfDetail.css), `width` screen px wide. */
const server = (name: string, width: number, textScale = 1, minPx?: number): NodeTextInput => ({
  width, textScale, name, nameSizes: [16, 14, 12, 10], nameInset: 9,
  slotLabels: ['HBA 1', 'NIC 1'], slotLabelPx: 14, slotInset: 22, figurePx: 14, figureInset: 14, ...(minPx ? { minPx } : {}),
});

describe('what of a node\'s text fits it', () => {
  it('keeps a short name on one line at its full size, with its adapters and figures', () => {
    expect(fitNodeText(server('Web 1', 120))).toEqual({ name: { px: 16, lines: 1 }, slotLabels: true, figures: true });
  });
  it('wraps a name at its space before making it smaller', () => {
    const oneLine = textWidth('Web server', 16, 600, -0.02) + 9;
    expect(fitNodeText(server('Web server', oneLine - 2)).name).toEqual({ px: 16, lines: 2 });
  });
  it('makes a one-word name smaller rather than split it, then hides it when the node is too small', () => {
    const at16 = textWidth('Backup', 16, 600, -0.02) + 9;
    expect(fitNodeText(server('Backup', at16 - 1)).name).toEqual({ px: 14, lines: 1 });
    const fit = fitNodeText(server('Backup', 20));
    expect(fit.name).toBeUndefined();
    expect(fit.slotLabels).toBe(false);
    expect(fit.figures).toBe(false);
  });
  it('shortens a long label (the schema allows 64 characters) that no size fits in two lines', () => {
    const long = 'Primary database server for the accounting and payroll systems';
    expect(long.length).toBeLessThanOrEqual(64);
    expect(fitNodeText(server(long, 120)).name).toEqual({ px: 10, lines: 1, shortened: true });
  });
  it('draws nothing under 9 px: zoomed out, only sizes that stay legible are tried', () => {
    // Drawn at half size, 16 px is 8 px on screen: below 9, so nothing is shown.
    expect(fitNodeText(server('DB 1', 200, 0.5)).name).toBeUndefined();
    expect(fitNodeText(server('DB 1', 200, 0.6)).name).toEqual({ px: 16, lines: 1 });
  });
  it('keeps a room\'s minimum in presenter mode', () => {
    // 24 px on screen at a text scale of 1.5: 16 px CSS is the only size large enough.
    expect(fitNodeText(server('Idle', 300, 1.5, 24)).name).toEqual({ px: 16, lines: 1 });
    expect(fitNodeText(server('Idle', 300, 1.4, 24)).name).toBeUndefined();
  });
});
