import { describe, expect, it } from 'vitest';
import { MARKER_CLEARANCE, MarkerObstacles, obstacleBoxes } from './markerObstacles.ts';

const node = { x: 100, y: 50, width: 200, height: 80, marked: false };

describe('obstacleBoxes', () => {
  it('puts nodes and labels on screen for the viewport', () => {
    const label = { x: 400, y: 300, width: 60, height: 20 };
    const boxes = obstacleBoxes([node], [label], [10, 20, 0.5], 0.5);
    expect(boxes).toEqual([
      { x: 60, y: 45, width: 100, height: 40 },
      // Centred on its point: (400, 300) → (210, 170), 30 × 10 on screen.
      { x: 195, y: 165, width: 30, height: 10 },
    ]);
  });

  it('adds a marked node’s finding badge over its top-right corner, at the text scale', () => {
    const boxes = obstacleBoxes([{ ...node, marked: true }], [], [0, 0, 1], 0.5);
    expect(boxes).toEqual([{ x: 100, y: 50, width: 200, height: 80 }, { x: 294, y: 43, width: 11, height: 11 }]);
  });
});

describe('MarkerObstacles', () => {
  const obstacles = new MarkerObstacles([{ x: 100, y: 100, width: 50, height: 20 }, { x: 0, y: 0, width: 0, height: 0 }]);

  it('refuses a marker over a box or within the clearance of it', () => {
    expect(obstacles.clear(125, 110, 10)).toBe(false);
    // Its right edge at 95 + 5 = 100 - 0: touching.
    expect(obstacles.clear(95, 110, 10)).toBe(false);
    expect(obstacles.clear(100 - 5 - MARKER_CLEARANCE + 0.5, 110, 10)).toBe(false);
  });

  it('allows a marker clear of every box by more than the clearance', () => {
    expect(obstacles.clear(100 - 5 - MARKER_CLEARANCE - 0.5, 110, 10)).toBe(true);
    expect(obstacles.clear(125, 140, 10)).toBe(true);
    // An empty box (a node not measured yet) is no obstacle.
    expect(obstacles.clear(0, 0, 4)).toBe(true);
  });
});
