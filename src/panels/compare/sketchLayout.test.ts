import { describe, expect, it } from 'vitest';
import { example } from '../../model/index.ts';
import { sketchLayout, sketchSummary } from './sketchLayout.ts';

describe('the sketch of a design', () => {
  it('draws the classic rack: 10 boxes, each server with its HBA and NIC as chips, 16 cables from the chips', () => {
    const sketch = sketchLayout(example('classic-rack'));
    expect(sketch.boxes).toHaveLength(10);
    const web = sketch.boxes.find((b) => b.id === 's1')!;
    expect(web.chips.map((c) => c.kind)).toEqual(['fc-hba', 'eth-nic']);
    expect(sketch.lines).toHaveLength(16);
    const fc = sketch.lines.find((l) => l.kind === 'fc')!;
    const san = sketch.boxes.find((b) => b.kind === 'san')!;
    expect(fc.y2).toBe(san.y);
    const [left, top, width, height] = sketch.viewBox;
    for (const b of sketch.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(left);
      expect(b.y + b.height).toBeLessThanOrEqual(top + height);
      expect(b.x + b.width).toBeLessThanOrEqual(left + width);
    }
  });

  it('draws PCIe cables from the bottom of a server to the top of the switch', () => {
    const sketch = sketchLayout(example('virtualized-rack'));
    const pcie = sketch.lines.filter((l) => l.kind === 'pcie');
    const server = sketch.boxes.find((b) => b.id === 's1')!;
    const sw = sketch.boxes.find((b) => b.kind === 'iov-switch')!;
    expect(pcie).toHaveLength(8);
    expect(pcie[0]).toMatchObject({ y1: server.y + server.height, y2: sw.y });
    expect(sw.chips).toHaveLength(4);
  });

  it('says what it shows', () => {
    expect(sketchSummary(example('classic-rack'))).toBe('8 servers, 16 adapters, 16 cables');
    expect(sketchSummary(example('redundant-virtualized'))).toMatch(/^8 servers, 2 IOV switches, \d+ adapters, \d+ cables$/);
  });
});
