import { describe, expect, it } from 'vitest';
import { intersects } from './box.ts';
import { nameBeside } from './nameBeside.ts';
import { LABEL_PRIORITY, placeLabels } from './placeLabels.ts';

const san = { id: 'san', kind: 'san', name: 'SAN', box: { x: 100, y: 100, width: 10, height: 4 } };
const switch20 = { id: 'sw20', kind: 'iov-switch', name: 'IOV switch 20', box: { x: 100, y: 100, width: 11, height: 11 } };

describe('a node name beside its node', () => {
  it('is tried above, below, then to the right and the left of the node, never over it', () => {
    const { request, texts } = nameBeside('name:san', san)!;
    const [above, below, right, left] = request.candidates;
    expect(above!.y + above!.height).toBeLessThan(san.box.y);
    expect(below!.y).toBeGreaterThan(san.box.y + san.box.height);
    expect(right!.x).toBeGreaterThan(san.box.x + san.box.width);
    expect(left!.x + left!.width).toBeLessThan(san.box.x);
    // Centred on the node above and below.
    expect(above!.x + above!.width / 2).toBeCloseTo(105);
    for (const box of request.candidates) expect(intersects(box, san.box)).toBe(false);
    // 11 px of Inter SemiBold, 3 px either side: "SAN" is about 30 px wide, a line 14.3 px high.
    expect(above!.width).toBeGreaterThan(24);
    expect(above!.width).toBeLessThan(36);
    expect(above!.height).toBeCloseTo(14.3);
    expect(texts).toEqual(Array(8).fill('SAN'));
  });

  it('falls back to a numbered node’s number where the whole name has no room', () => {
    const { request, texts } = nameBeside('name:sw20', switch20)!;
    expect(texts.slice(0, 8)).toEqual(Array(8).fill('IOV switch 20'));
    expect(texts.slice(8)).toEqual(Array(8).fill('20'));
    // Neighbours above, below and to the left, another switch 34 px to the right: only the number fits, to the right.
    const crowd = [{ x: 60, y: 50, width: 120, height: 42 }, { x: 60, y: 119, width: 120, height: 40 }, { x: 60, y: 92, width: 36, height: 27 }, { x: 145, y: 92, width: 11, height: 27 }];
    const placed = placeLabels({ labels: [request], obstacles: [...crowd, switch20.box] }).get('name:sw20')!;
    expect(texts[placed]).toBe('20');
    expect(request.candidates[placed]!.x).toBeGreaterThan(switch20.box.x + switch20.box.width);
    // The fabrics keep their names: "SAN 2" is not "2".
    expect(nameBeside('name:san', { ...san, name: 'SAN 2' })!.texts).toEqual(Array(8).fill('SAN 2'));
    // Nor a group, whose name ends with a count.
    expect(nameBeside('name:g', { ...san, kind: 'server-group', name: '3 × Web 2' })!.texts).toEqual(Array(8).fill('3 × Web 2'));
  });

  it('names the fabrics first when room is short', () => {
    expect(nameBeside('name:san', san)!.request.priority).toBeGreaterThan(nameBeside('name:sw', switch20)!.request.priority);
    // Before every cable label, as a name inside a node is.
    expect(nameBeside('name:sw', switch20)!.request.priority).toBe(LABEL_PRIORITY.nodeName);
  });

  it('takes the next side when the first is taken, and stays hidden when none is free', () => {
    const { request } = nameBeside('name:san', san)!;
    expect(placeLabels({ labels: [request], obstacles: [request.candidates[0]!] }).get('name:san')).toBe(1);
    expect(placeLabels({ labels: [request], obstacles: [{ x: 40, y: 60, width: 130, height: 90 }] }).get('name:san')).toBe(-1);
  });

  it('is not asked for a name too long to set beside a node, nor an empty one', () => {
    const group = { ...san, kind: 'server-group', name: '16 × Web 4, Database 3, VDI 3, Backup 3, Idle 3' };
    expect(nameBeside('name:g', group)).toBeUndefined();
    expect(nameBeside('name:x', { ...san, name: '  ' })).toBeUndefined();
  });
});
