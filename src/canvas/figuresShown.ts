/**
 * Whether a live figure is drawn at this zoom, from the attributes the label placement writes
 * (LabelPlacement.tsx: `data-tiny-text` on the canvas, `data-figures` on a node; `data-detail` from
 * LevelOfDetail.tsx), read without a style or layout pass. The live layer skips figures that are not
 * drawn: a fitted 1,000-server design wrote 250 hidden chips at every frame of its run (~1,000 DOM
 * writes), and the placement has the live layer write everything again when the view settles.
 */
type Where = { canvas: Element; node: Element | null };
const whereOf = new WeakMap<Element, Where>();

function where(element: Element): Where | null {
  let found = whereOf.get(element);
  if (found) return found;
  const canvas = element.closest('.react-flow');
  if (!canvas) return null;
  found = { canvas, node: element.closest('.react-flow__node') };
  whereOf.set(element, found);
  return found;
}

/** A small figure (an adapter's chip, a cable's % label): hidden when the diagram's text would be under 9 px, or where the node says it does not fit. */
export function smallFigureHidden(element: Element): boolean {
  const found = where(element);
  if (!found) return false;
  return found.canvas.hasAttribute('data-tiny-text') || found.node?.getAttribute('data-figures') === 'hidden';
}

/** A node's own figure (a group's "mean · max"): hidden where the node says its figures do not fit. */
export function nodeFigureHidden(element: Element): boolean {
  return where(element)?.node?.getAttribute('data-figures') === 'hidden';
}

/** A detail the summary level of detail hides (levelOfDetail.css: an adapter's queue). */
export function summaryDetailHidden(element: Element): boolean {
  const found = where(element);
  return found !== null && found.canvas.getAttribute('data-detail') === 'summary';
}
