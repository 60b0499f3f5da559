import { describe, expect, it } from 'vitest';
import { nodeFigureHidden, smallFigureHidden, summaryDetailHidden } from './figuresShown.ts';

/** Just what figuresShown reads of an element: its ancestors by class, and their attributes. */
function fakeElement(attributes: Map<string, string>, ancestors: Record<string, FakeElement | null>): FakeElement {
  return {
    closest: (selector: string) => ancestors[selector] ?? null,
    hasAttribute: (name: string) => attributes.has(name),
    getAttribute: (name: string) => attributes.get(name) ?? null,
  };
}
type FakeElement = { closest(s: string): FakeElement | null; hasAttribute(n: string): boolean; getAttribute(n: string): string | null };

function figureIn(canvasAttributes: Map<string, string>, nodeAttributes: Map<string, string> | null) {
  const canvas = fakeElement(canvasAttributes, {});
  const node = nodeAttributes && fakeElement(nodeAttributes, {});
  return fakeElement(new Map(), { '.react-flow': canvas, '.react-flow__node': node }) as unknown as Element;
}

describe('figures the zoom hides', () => {
  it('hides small figures under tiny text and where the node says its figures do not fit, and reads the attributes afresh', () => {
    const canvas = new Map<string, string>();
    const node = new Map<string, string>();
    const chip = figureIn(canvas, node);
    expect(smallFigureHidden(chip)).toBe(false);
    canvas.set('data-tiny-text', '');
    expect(smallFigureHidden(chip)).toBe(true);
    canvas.delete('data-tiny-text');
    node.set('data-figures', 'hidden');
    expect(smallFigureHidden(chip)).toBe(true);
    expect(nodeFigureHidden(chip)).toBe(true);
    node.set('data-figures', 'shown');
    expect(nodeFigureHidden(chip)).toBe(false);
  });

  it("keeps a node's own figure under tiny text (only its node hides it), and a cable's label outside any node", () => {
    const label = figureIn(new Map([['data-tiny-text', '']]), null);
    expect(nodeFigureHidden(label)).toBe(false);
    expect(smallFigureHidden(label)).toBe(true);
  });

  it('hides summary details only at the summary level, and nothing outside a canvas', () => {
    const canvas = new Map([['data-detail', 'summary']]);
    const queue = figureIn(canvas, new Map());
    expect(summaryDetailHidden(queue)).toBe(true);
    canvas.set('data-detail', 'full');
    expect(summaryDetailHidden(queue)).toBe(false);
    const loose = fakeElement(new Map(), {}) as unknown as Element;
    expect([smallFigureHidden(loose), nodeFigureHidden(loose), summaryDetailHidden(loose)]).toEqual([false, false, false]);
  });
});
