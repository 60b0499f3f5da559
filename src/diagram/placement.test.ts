import { describe, expect, it } from 'vitest';
import { cableLabelCandidates } from './cableLabelCandidates.ts';
import { CollisionGrid } from './collisionGrid.ts';
import { fitText, wrapAtSpaces } from './fitText.ts';
import { LABEL_PRIORITY, placeLabels } from './placeLabels.ts';
import { textWidth } from './textMetrics.ts';

const box = (x: number, y: number, width = 40, height = 16) => ({ x, y, width, height });

describe('text metrics of the bundled font (Inter)', () => {
  it('measures from the font: wider text, larger size and heavier weight are wider', () => {
    // Inter's "M" advances 1,850 of 2,048 units at weight 400: 14.45 px at 16 px.
    expect(textWidth('M', 16)).toBeCloseTo(14.45, 2);
    expect(textWidth('HBA 1', 14, 600)).toBeGreaterThan(textWidth('HBA 1', 14, 400));
    expect(textWidth('Backup', 32)).toBeCloseTo(2 * textWidth('Backup', 16), 6);
    expect(textWidth('iiii', 16)).toBeLessThan(textWidth('MMMM', 16) / 2);
  });
  it('counts a character the font lacks as wide as an M', () => {
    expect(textWidth('漢', 16)).toBeCloseTo(textWidth('M', 16), 6);
  });
});

describe('fitting a label into a box', () => {
  it('keeps a label on one line when it fits, wraps at a space when not, never splits a word', () => {
    const oneLine = textWidth('Web server 1', 16, 600);
    expect(wrapAtSpaces('Web server 1', 16, { maxWidth: oneLine + 1, maxLines: 2, weight: 600 })).toEqual(['Web server 1']);
    expect(wrapAtSpaces('Web server 1', 16, { maxWidth: oneLine - 1, maxLines: 2, weight: 600 })).toEqual(['Web server', '1']);
    // "Backup" alone is wider than the box: no line break inside the word, so it does not fit.
    expect(wrapAtSpaces('Backup', 16, { maxWidth: textWidth('Backu', 16), maxLines: 3 })).toBeUndefined();
  });
  it('takes the largest size that fits, or none', () => {
    const at12 = textWidth('Backup', 12, 600);
    expect(fitText('Backup', { maxWidth: at12 + 0.5, sizes: [16, 14, 12], maxLines: 1, weight: 600 })).toEqual({ px: 12, lines: ['Backup'] });
    expect(fitText('Backup', { maxWidth: at12 - 3, sizes: [16, 14, 12], maxLines: 2, weight: 600 })).toBeUndefined();
  });
});

describe('the collision grid', () => {
  it('finds a box that overlaps one inserted, across cells, and not one beside it', () => {
    const grid = new CollisionGrid(48);
    grid.insert(box(90, 90, 20, 20));
    expect(grid.hits(box(100, 100, 100, 5))).toBe(true);
    expect(grid.hits(box(111, 90, 20, 20))).toBe(false);
    expect(grid.hits(box(111, 90, 20, 20), 2)).toBe(true);
    expect(grid.hits(box(-500, -500, 10, 10))).toBe(false);
  });
});

describe('placing labels', () => {
  it('gives the place to the higher priority and moves the other to its next candidate', () => {
    const placements = placeLabels({
      labels: [
        { id: 'rate', priority: LABEL_PRIORITY.rate, candidates: [box(0, 0), box(0, 30)] },
        { id: 'name', priority: LABEL_PRIORITY.nodeName, candidates: [box(10, 0)] },
      ],
      obstacles: [],
    });
    expect(placements.get('name')).toBe(0);
    expect(placements.get('rate')).toBe(1);
  });
  it('hides a label that fits at no candidate, and one outside the bounds', () => {
    const placements = placeLabels({
      labels: [
        { id: 'under-node', priority: 1, candidates: [box(0, 0), box(50, 0)] },
        { id: 'off-screen', priority: 1, candidates: [box(500, 0)] },
      ],
      obstacles: [box(0, 0, 200, 50)],
      bounds: box(0, 0, 300, 300),
    });
    expect(placements.get('under-node')).toBe(-1);
    expect(placements.get('off-screen')).toBe(-1);
  });
  it('keeps labels apart by the padding, and is deterministic whatever the input order', () => {
    const labels = Array.from({ length: 30 }, (_, i) => ({ id: `l${i}`, priority: i % 3, candidates: [box(i * 30, 0), box(i * 30, 20)] }));
    const forward = placeLabels({ labels, obstacles: [], padding: 2 });
    const backward = placeLabels({ labels: labels.toReversed(), obstacles: [], padding: 2 });
    expect([...backward].toSorted()).toEqual([...forward].toSorted());
    const placed = labels.filter((l) => forward.get(l.id)! >= 0).map((l) => l.candidates[forward.get(l.id)!]!);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      const apart = a.x + a.width + 2 <= b.x || b.x + b.width + 2 <= a.x || a.y + a.height + 2 <= b.y || b.y + b.height + 2 <= a.y;
      expect(apart).toBe(true);
    }
    // A hidden label had no free candidate: each of its boxes meets a placed label.
    const hidden = labels.filter((l) => forward.get(l.id) === -1);
    expect(hidden.length).toBeGreaterThan(0);
    for (const label of hidden) {
      for (const c of label.candidates) expect(placed.some((p) => c.x < p.x + p.width + 2 && p.x < c.x + c.width + 2 && c.y < p.y + p.height + 2 && p.y < c.y + c.height + 2)).toBe(true);
    }
  });
});

describe('candidates along a cable', () => {
  it('puts boxes on a horizontal cable first, then above and below it, in order from the named end', () => {
    const points = Float64Array.from({ length: 22 }, (_, i) => (i % 2 === 0 ? i * 10 : 100));
    const candidates = cableLabelCandidates(points, 40, 16, [0.2, 0.8]);
    expect(candidates).toHaveLength(6);
    expect(candidates[0]!.x + 20).toBeCloseTo(40, 6);
    expect(candidates[0]!.y + 8).toBeCloseTo(100, 6);
    expect(candidates[1]!.x + 20).toBeCloseTo(160, 6);
    // Beside: moved off the cable by half the height and 3 px, above and below.
    expect(candidates[2]!.y + 8).toBeCloseTo(111, 6);
    expect(candidates[3]!.y + 8).toBeCloseTo(89, 6);
  });
});
