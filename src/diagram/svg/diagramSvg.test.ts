import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { dedicate, example, scaleDesign, type Topology } from '../../model/index.ts';
import { textWidth } from '../textMetrics.ts';
import { diagramSvg, FONT_FAMILY, type DiagramSvgOptions } from './diagramSvg.ts';
import { SVG_PALETTES } from './svgPalette.ts';
import { textLine } from './textLine.ts';

const AT = new Date('2026-12-06T14:30:00Z');
const draw = (topology: Topology, options: Partial<DiagramSvgOptions> = {}) => diagramSvg(topology, { background: 'light', exportedAt: AT, ...options });

/** The SVG parsed as XML: any error or fatal error fails the test. */
function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const all = (name: string) => Array.from(doc.getElementsByTagName(name));
  return { doc, root: doc.documentElement!, all, texts: all('text').map((t) => t.textContent ?? '') };
}

/** The first rectangle drawn: the background, when there is one. */
const first = (svg: string) => parse(svg).all('rect')[0]!;

function rack64(): Topology {
  const rack = dedicate(scaleDesign(64));
  if (!rack.ok) throw new Error(rack.reason);
  return rack.topology;
}

describe('the SVG drawing of a design', () => {
  it('is well-formed SVG with every node\'s label as text, no foreignObject and no external reference', () => {
    const topology = example('virtualized-rack');
    const { svg, width, height } = draw(topology);
    const { root, all, texts } = parse(svg);
    expect(root.nodeName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    expect(root.getAttribute('font-family')).toBe(FONT_FAMILY);
    expect(FONT_FAMILY.startsWith('Inter,')).toBe(true);
    expect(FONT_FAMILY.endsWith('sans-serif')).toBe(true);
    expect(all('foreignObject')).toHaveLength(0);
    expect(all('image')).toHaveLength(0);
    expect(svg).not.toMatch(/(href|src)=/);
    expect(svg).not.toMatch(/url\(/);
    for (const node of topology.nodes) expect(texts).toContain(node.label);
    // Eight servers, one switch with four slots, two fabrics: a group per node drawn.
    expect(all('g').filter((g) => g.getAttribute('data-id')?.match(/^(s|sw|san|lan)\d+$/))).toHaveLength(11);
    // Twelve cables, each a path in its group; and their rates as labels.
    expect(all('g').filter((g) => /^l\d+$/.test(g.getAttribute('data-id') ?? ''))).toHaveLength(12);
    expect(texts.filter((t) => t === '3.36 GB/s').length).toBeGreaterThanOrEqual(6);
  });

  it('names the design, the date and whether a run is shown, and draws the legend', () => {
    const idle = parse(draw(example('virtualized-rack')).svg);
    expect(idle.all('title')[0]!.textContent).toBe('Virtualized rack');
    expect(idle.all('desc')[0]!.textContent).toBe('Virtualized rack: 15 nodes, 12 cables; idle (no simulation run shown). Exported from IOV Studio on 2026-12-06 14:30 UTC.');
    expect(idle.texts).toEqual(expect.arrayContaining(['PCIe', 'Fibre Channel (FC)', 'Ethernet', 'Labels: rate per direction']));
    expect(idle.texts).not.toContain('Utilization');
  });

  it('draws a run\'s utilization as the app shows it: chips, loaded cables, the scale, failed adapters', () => {
    const topology = example('virtualized-rack');
    const live = {
      adapters: new Map([['hba1', { utilization: 0.42 }], ['hba2', { utilization: 0.9, failed: true }]]),
      links: new Map([['l9', { utilization: 0.42 }]]),
      time: 4.25,
    };
    const { svg } = draw(topology, { live });
    const { texts, all, doc } = parse(svg);
    expect(texts).toContain('42 %');
    expect(texts).toContain('Failed');
    expect(texts).toContain('Utilization');
    // The scale: 48 steps from the scale's colour at 1 % to its colour at 99 %.
    expect(all('rect').filter((r) => r.getAttribute('height') === '16' && r.getAttribute('fill') !== 'none')).toHaveLength(48);
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toContain('a simulation run shown at 4.3 s of simulated time');
  });

  it('draws the selection alone: its nodes, the adapters in their slots and the cables between them', () => {
    const topology = example('virtualized-rack');
    const { texts, all } = parse(draw(topology, { only: new Set(['sw1', 'san1']) }).svg);
    expect(texts).toEqual(expect.arrayContaining(['IOV switch', 'SAN', 'HBA 1', 'HBA 2']));
    expect(texts).not.toContain('Web 1');
    expect(texts).not.toContain('LAN');
    // The two FC cables from the switch's HBAs to the SAN; no PCIe cable, no Ethernet.
    expect(all('g').filter((g) => /^l\d+$/.test(g.getAttribute('data-id') ?? ''))).toHaveLength(2);
    expect(() => draw(topology, { only: new Set(['nothing']) })).toThrow('nothing selected to draw');
    // An adapter in a slot draws the node it sits in; a cable draws its ends.
    const slot = parse(draw(topology, { only: new Set(['nic1']) }).svg).texts;
    expect(slot).toEqual(expect.arrayContaining(['IOV switch', 'NIC 1']));
    expect(slot).not.toContain('LAN');
    const cable = topology.links.find((l) => l.kind === 'pcie')!;
    const ends = parse(draw(topology, { only: new Set([cable.id]) }).svg);
    expect(ends.texts).toEqual(expect.arrayContaining([topology.nodes.find((n) => n.id === cable.source)!.label, 'IOV switch']));
    expect(ends.all('g').filter((g) => /^l\d+$/.test(g.getAttribute('data-id') ?? ''))).toHaveLength(1);
  });

  it('paints the chosen background: light, dark, or none with the theme\'s colours', () => {
    const topology = example('classic-rack');
    expect(first(draw(topology).svg).getAttribute('fill')).toBe(SVG_PALETTES.light.canvas);
    expect(first(draw(topology, { background: 'dark' }).svg).getAttribute('fill')).toBe(SVG_PALETTES.dark.canvas);
    const clear = draw(topology, { background: 'transparent', theme: 'dark' }).svg;
    expect(clear).not.toContain(SVG_PALETTES.dark.canvas);
    expect(clear).toContain(`fill="${SVG_PALETTES.dark.text}"`);
  });

  it('keeps its colours equal to theme.css', () => {
    const css = readFileSync(new URL('../../theme.css', import.meta.url), 'utf8');
    const pair = (name: string) => css.match(new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`))!.slice(1);
    const names = { canvas: 'canvas-bg', surface: 'surface', surface2: 'surface-2', text: 'text', muted: 'text-muted', border: 'border', warning: 'warning', error: 'error', info: 'info' } as const;
    for (const [key, name] of Object.entries(names)) {
      expect([SVG_PALETTES.light[key as keyof typeof names], SVG_PALETTES.dark[key as keyof typeof names]], name).toEqual(pair(name));
    }
  });

  it('escapes what a label holds, and stays well-formed', () => {
    const topology = example('virtualized-rack');
    const hostile = { ...topology, name: 'A & B <rack> "1"', nodes: topology.nodes.map((n) => (n.id === 's1' ? { ...n, label: '<script>&"x\'' } : n)) };
    const { texts, all } = parse(draw(hostile).svg);
    expect(texts).toContain('<script>&"x\'');
    expect(all('title')[0]!.textContent).toBe('A & B <rack> "1"');
    expect(all('script')).toHaveLength(0);
  });

  it('draws the 64-server classic rack whole under 1 MB: 194 nodes, each label as text', () => {
    const topology = rack64();
    const { svg } = draw(topology);
    expect(Buffer.byteLength(svg)).toBeLessThan(1_000_000);
    const { texts, all } = parse(svg);
    for (const node of topology.nodes) expect(texts).toContain(node.label);
    expect(all('foreignObject')).toHaveLength(0);
  });

  it('says so when there is nothing to draw', () => {
    expect(() => draw({ ...example('virtualized-rack'), nodes: [], links: [] })).toThrow('the design is empty');
  });
});

describe('a line of text in a box', () => {
  it('stays whole when it fits and is cut with an ellipsis inside the width when not', () => {
    expect(textLine('Web 1', 14, 600, 100)).toBe('Web 1');
    const cut = textLine('Primary database server for payroll', 14, 600, 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 14, 600)).toBeLessThanOrEqual(120);
    expect(textWidth(`${cut.slice(0, -1)}x…`, 14, 600)).toBeGreaterThan(textWidth(cut, 14, 600));
    expect(textLine('Backup', 14, 600, 5)).toBe('');
  });
});
