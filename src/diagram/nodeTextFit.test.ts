import { describe, expect, it } from 'vitest';
import { fitNodeText, nameTag, type NodeTextInput } from './nodeTextFit.ts';
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
  it('draws nothing under 9 px: zoomed out past the name\'s sizes, one line at 9 px or nothing', () => {
    // Drawn at half size, 16 px is 8 px on screen: below 9, so the name is drawn at 9 (18 px CSS).
    expect(fitNodeText(server('DB 1', 200, 0.5)).name).toEqual({ px: 18, lines: 1 });
    expect(fitNodeText(server('DB 1', 200, 0.6)).name).toEqual({ px: 16, lines: 1 });
    // At 9 px a name takes one line only: "Web server" in a tile too narrow for it is cut, not wrapped.
    const oneLineAt9 = textWidth('Web server', 9, 600, -0.02) + 9 * 0.5;
    expect(fitNodeText(server('Web server', oneLineAt9, 0.5)).name).toEqual({ px: 18, lines: 1 });
    expect(fitNodeText(server('Web server', oneLineAt9 - 2, 0.5)).name).toEqual({ px: 18, lines: 1, shortened: true });
  });
  it('keeps a room\'s minimum in presenter mode', () => {
    // 24 px on screen at a text scale of 1.5: 16 px CSS is the only size large enough.
    expect(fitNodeText(server('Idle', 300, 1.5, 24)).name).toEqual({ px: 16, lines: 1 });
    // Past it, the room's minimum itself: 24 px on screen, never smaller.
    expect(fitNodeText(server('Idle', 300, 1.4, 24)).name).toEqual({ px: 24 / 1.4, lines: 1 });
    expect(fitNodeText(server('Idle', 40, 1.4, 24)).name).toBeUndefined();
  });
  it('shows only the number of a numbered name the tile is too narrow for, at the largest size it fits', () => {
    // A fitted 64-server rack at 1280x720: "Server 64" and "Serv…" do not fit, "64" does.
    const justTheTag = textWidth('64', 16, 600, -0.02) + 9 + 1;
    expect(textWidth('Serv…', 10, 600)).toBeGreaterThan(justTheTag - 9);
    expect(fitNodeText(server('Server 64', justTheTag)).name).toEqual({ px: 16, lines: 1, tag: true });
    expect(fitNodeText(server('Server 64', textWidth('64', 12, 600, -0.02) + 9 + 1)).name).toEqual({ px: 12, lines: 1, tag: true });
    // Zoomed out so far that the name's sizes are all under 9 px: the number at 9 px (22.5 CSS px at 0.4).
    expect(fitNodeText(server('Server 64', 28, 0.4)).name).toEqual({ px: 9 / 0.4, lines: 1, tag: true });
    // Zoomed out past the name's sizes, the number is taken before a cut name ("12", not "IOV s…").
    const cutRoom = textWidth('IOV …', 9, 600) + 9 * 0.4 + 1;
    expect(fitNodeText(server('IOV switch 12', cutRoom, 0.4)).name).toEqual({ px: 9 / 0.4, lines: 1, tag: true });
    expect(fitNodeText(server('IOV switch', cutRoom, 0.4)).name).toEqual({ px: 9 / 0.4, lines: 1, shortened: true });
    // Too narrow even for the number, or a name without one: hidden.
    expect(fitNodeText(server('Server 64', 12)).name).toBeUndefined();
    expect(fitNodeText(server('Backup', justTheTag)).name).toBeUndefined();
  });
});

describe('the number a name ends with', () => {
  it('is the last run of digits after a space, a dash or nothing else', () => {
    expect(nameTag('Server 17')).toBe('17');
    expect(nameTag('Web-3')).toBe('3');
    expect(nameTag('42')).toBe('42');
    expect(nameTag('  DB 2 ')).toBe('2');
  });
  it('is none for a name without a trailing number, or one glued to a word', () => {
    expect(nameTag('Backup')).toBeUndefined();
    expect(nameTag('node7')).toBeUndefined();
    expect(nameTag('Rack 12345')).toBeUndefined();
  });
});
