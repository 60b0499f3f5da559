import { describe, expect, it } from 'vitest';
import { layoutDiagramLabels, type DiagramSnapshot } from './diagramLabels.ts';

/** A 200-server design's SAN at its default fit at 1280x720: 200 × 75 canvas units at zoom 0.085, 17 × 6 px. */
const snapshot = (zoom: number, overlays: DiagramSnapshot['overlays'] = []): DiagramSnapshot => ({
  transform: [91, 108, zoom], pane: { width: 775, height: 550 }, windowWidth: 1280, presenting: false,
  nodes: [{ id: 'san1', kind: 'san', x: 0, y: -300, width: 200, height: 75, name: 'SAN', slotLabels: [], marked: false }],
  cables: new Map(), live: false, overlays,
});

describe('the names of nodes too small for them', () => {
  it('are set beside the node, at 11 px on screen, when the node cannot hold even 9 px of it', () => {
    const { nodeText, labelPoints } = layoutDiagramLabels(snapshot(0.085));
    expect(nodeText.get('san1')!.name).toBeUndefined();
    const beside = labelPoints.get('name:san1')!;
    expect(beside.text).toBe('SAN');
    expect(beside.px! * 0.085).toBeCloseTo(11);
    // Above the node, centred on it (canvas units).
    expect(beside.x).toBeCloseTo(100);
    expect(beside.y + beside.height / 2).toBeLessThan(-300);
  });

  it('go below when an overlay takes the room above', () => {
    const legend = { x: 0, y: 0, width: 400, height: 80 };
    const beside = layoutDiagramLabels(snapshot(0.085, [legend])).labelPoints.get('name:san1')!;
    expect(beside.y - beside.height / 2).toBeGreaterThan(-300 + 75);
  });

  it('are not set beside a node that shows its name itself', () => {
    const { nodeText, labelPoints } = layoutDiagramLabels(snapshot(0.5));
    expect(nodeText.get('san1')!.name).toBeDefined();
    expect(labelPoints.has('name:san1')).toBe(false);
  });
});
