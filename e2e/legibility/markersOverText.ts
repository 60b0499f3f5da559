/**
 * Traffic markers over text, as drawn: the texts of the diagram (node names and figures, cable
 * rates, live % chips) whose box, grown by `margin` px, holds a visible pixel of the markers'
 * canvas. Runs inside `page.evaluate`, self-contained. The canvas lies over the whole diagram
 * (FlowMarkerLayer.tsx), so a marker pixel inside a text's box is a marker drawn on that text.
 */
export function markersOverText(margin = 1): { layer: boolean; texts: number; over: string[] } {
  const layer = document.querySelector<HTMLCanvasElement>('canvas.flow-marker-layer');
  const viewport = document.querySelector('.react-flow__viewport');
  if (!layer || !viewport) return { layer: false, texts: 0, over: [] };
  if (layer.width === 0 || layer.height === 0) return { layer: true, texts: 0, over: [] };
  const rect = layer.getBoundingClientRect();
  const ratio = layer.width / rect.width;
  const pixels = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
  const inkIn = (box: DOMRect): number => {
    const x0 = Math.max(0, Math.floor((box.left - margin - rect.left) * ratio));
    const y0 = Math.max(0, Math.floor((box.top - margin - rect.top) * ratio));
    const x1 = Math.min(layer.width, Math.ceil((box.right + margin - rect.left) * ratio));
    const y1 = Math.min(layer.height, Math.ceil((box.bottom + margin - rect.top) * ratio));
    let ink = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixels[(y * layer.width + x) * 4 + 3]! > 24) ink++;
    return ink;
  };
  const over: string[] = [];
  let texts = 0;
  const walker = document.createTreeWalker(viewport, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const text = node.textContent?.trim() ?? '';
    const element = node.parentElement;
    if (!text || !element || element.closest('[hidden], .visually-hidden') || element.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false) continue;
    // The box a reader sees: a chip's or a label's whole pill, else the text's own line boxes.
    const pill = element.closest('.link-load-label, .link-label');
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = pill ? [pill.getBoundingClientRect()] : [...range.getClientRects()];
    const shown = boxes.filter((b) => b.width > 0.5 && b.height > 0.5 && b.right > 0 && b.bottom > 0 && b.left < innerWidth && b.top < innerHeight);
    if (shown.length === 0) continue;
    texts++;
    const ink = shown.reduce((sum, box) => sum + inkIn(box), 0);
    if (ink > 0) over.push(`${JSON.stringify(text.length > 28 ? `${text.slice(0, 27)}…` : text)}: ${ink} marker pixels`);
  }
  return { layer: true, texts, over };
}
