import { describe, expect, it } from 'vitest';
import { example, scaleDesign } from '../../model/index.ts';
import { openLink } from '../../share/index.ts';
import { QR_MAX_CHARS, shareLink } from './shareLink.ts';

const BASE = 'https://teach.example/iov/';

describe('the share link', () => {
  it('is the page’s own address with the design in the fragment, and opens as that design', () => {
    const link = shareLink(example('virtualized-rack'), BASE, false);
    expect(link.url.startsWith(`${BASE}#d=1`)).toBe(true);
    expect(link.length).toBe(link.url.length);
    expect(link.length).toBeLessThan(BASE.length + 1000);
    const opened = openLink(link.url);
    expect(opened.ok && opened.topology).toEqual(example('virtualized-rack'));
    expect(link).toMatchObject({ opens: true, fitsQrCode: true });
  });

  it('has a view-only variant', () => {
    const link = shareLink(example('classic-rack'), BASE, true);
    expect(link.url.endsWith('&m=view')).toBe(true);
    expect(openLink(link.url).parts?.viewOnly).toBe(true);
  });

  it('carries a lesson and its step, counted from 1, for "lesson 3, step 2"', () => {
    const link = shareLink(example('classic-rack'), BASE, true, { lesson: 'move-to-switch', step: 2 });
    expect(link.url.endsWith('&l=move-to-switch&s=2&m=view')).toBe(true);
    expect(openLink(link.url).parts).toMatchObject({ lesson: 'move-to-switch', step: 2, viewOnly: true });
  });

  it('gives no QR code past 1,200 characters, and says when a design is too large for any link', () => {
    const medium = shareLink(scaleDesign(208), BASE, false);
    expect(medium.length).toBeGreaterThan(QR_MAX_CHARS);
    expect(medium).toMatchObject({ opens: true, fitsQrCode: false });
    // Labels and positions that do not compress: the link outgrows what IOV Studio opens.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const noise = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(random() * 62)]).join('');
    const big = scaleDesign(208);
    const huge = shareLink({ ...big, nodes: big.nodes.map((n) => ({ ...n, label: noise(64), position: { x: random() * 1e5, y: random() * 1e5 } })) }, BASE, false);
    expect(huge.length).toBeGreaterThan(16_384);
    expect(huge.opens).toBe(false);
  });
});
