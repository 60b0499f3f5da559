import { describe, expect, it } from 'vitest';
import { backdropBox } from './LayerBackdrop.tsx';

const node = (type: string, x: number, y: number, width = 100, height = 50, hidden = false) => ({
  type, hidden, internals: { positionAbsolute: { x, y } }, measured: { width, height },
});

describe('the backdrop under the nodes', () => {
  it("covers a grouped design's nodes, rounded out to 256 units and one step beyond", () => {
    expect(backdropBox([node('server-group', 10, 20), node('iov-switch', 600, 300, 200, 100)])).toBe('-256 -256 1536 1024');
  });

  it('is left out where no group of servers is shown (the 64-server rack), and with no nodes', () => {
    expect(backdropBox([node('server', 0, 0), node('iov-switch', 600, 300)])).toBe('');
    expect(backdropBox([node('server-group', 0, 0, 100, 50, true), node('server', 0, 0)])).toBe('');
    expect(backdropBox([])).toBe('');
  });
});
