import { describe, expect, it } from 'vitest';
import { intersects } from './box.ts';
import { nameBesideRequest } from './nameBeside.ts';
import { LABEL_PRIORITY, placeLabels } from './placeLabels.ts';

const san = { id: 'san', kind: 'san', name: 'SAN', box: { x: 100, y: 100, width: 10, height: 4 } };

describe('a node name beside its node', () => {
  it('is tried above, below, then to the right and the left of the node, never over it', () => {
    const request = nameBesideRequest('name:san', san)!;
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
  });

  it('names the fabrics first when room is short', () => {
    const switchNode = { ...san, id: 'sw', kind: 'iov-switch', name: 'IOV switch 1' };
    expect(nameBesideRequest('name:san', san)!.priority).toBeGreaterThan(nameBesideRequest('name:sw', switchNode)!.priority);
    // Before every cable label, as a name inside a node is.
    expect(nameBesideRequest('name:sw', switchNode)!.priority).toBe(LABEL_PRIORITY.nodeName);
  });

  it('takes the next side when the first is taken, and stays hidden when none is free', () => {
    const request = nameBesideRequest('name:san', san)!;
    const aboveTaken = placeLabels({ labels: [request], obstacles: [request.candidates[0]!] });
    expect(aboveTaken.get('name:san')).toBe(1);
    const boxedIn = placeLabels({ labels: [request], obstacles: [{ x: 40, y: 60, width: 130, height: 90 }] });
    expect(boxedIn.get('name:san')).toBe(-1);
  });

  it('is not asked for a name too long to set beside a node, nor an empty one', () => {
    const group = { ...san, kind: 'server-group', name: '16 × Web 4, Database 3, VDI 3, Backup 3, Idle 3' };
    expect(nameBesideRequest('name:g', group)).toBeUndefined();
    expect(nameBesideRequest('name:x', { ...san, name: '  ' })).toBeUndefined();
  });
});
