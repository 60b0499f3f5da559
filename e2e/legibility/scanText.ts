/* eslint-disable unicorn/consistent-function-scoping -- it runs inside page.evaluate: every helper must live inside the one function */
/**
 * What a reader sees of the page's text, measured in the browser (issue 15's scan). Runs inside
 * `page.evaluate`, so it is self-contained: no imports, no closures over test code.
 *
 * A text counts when one of its line boxes lies inside the window, no ancestor is `display:none`,
 * `visibility:hidden` or below 0.2 opacity, and an ancestor that clips (overflow other than visible)
 * still shows its centre. Then:
 *   - overlaps: two texts whose elements do not contain each other intersect by more than 2 px in
 *     both axes and by more than 10 % of the smaller box's area;
 *   - covered: `elementFromPoint` at the text's centre hits neither the text's element (or an
 *     ancestor or descendant of it), nor its own canvas node, nor the canvas background;
 *   - truncated: an element cut with `text-overflow: ellipsis`, or a text ending in '…' outside a
 *     button or menu item (where '…' means "opens a dialog");
 *   - broken words: a word of three letters or more split over two lines;
 *   - tiny: drawn under 9 px (font size times the canvas's zoom);
 *   - smallest: the smallest size drawn, and the labels of canvas nodes that are visible.
 */
export type TextScan = {
  texts: number;
  overlaps: string[];
  covered: string[];
  truncated: string[];
  brokenWords: string[];
  tiny: string[];
  smallestPx: number;
  /** The ids of canvas nodes (`data-id`) whose name (`.node-label`) or its number (`.node-tag`) is visible and uncovered. */
  labelledNodes: string[];
  /** Every canvas node's id. */
  nodes: string[];
  /** Overlays (legend, controls, minimap, caption, lesson cards) whose box meets a node's box. */
  overlaysOnNodes: string[];
};

export function scanText(limits: { tinyPx: number } = { tinyPx: 9 }): TextScan {
  type Seen = { text: string; element: Element; rects: DOMRect[]; size: number };
  const W = window.innerWidth;
  const H = window.innerHeight;
  const short = (t: string) => JSON.stringify(t.length > 28 ? `${t.slice(0, 27)}…` : t);

  const hiddenByAncestor = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.2) return true;
      if (style.clipPath === 'inset(50%)' || at.classList.contains('visually-hidden')) return true;
    }
    return false;
  };
  const clippedAway = (element: Element, x: number, y: number): boolean => {
    for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = at.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) return true;
    }
    return false;
  };
  const clipOf = (element: Element) => {
    const box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = at.getBoundingClientRect();
      box.left = Math.max(box.left, r.left);
      box.top = Math.max(box.top, r.top);
      box.right = Math.min(box.right, r.right);
      box.bottom = Math.min(box.bottom, r.bottom);
    }
    return box;
  };
  const zoomOf = (element: Element): number => {
    const viewport = element.closest('.react-flow__viewport');
    return viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
  };

  const seen: Seen[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const text = node.textContent?.trim() ?? '';
    const element = node.parentElement;
    if (!text || !element || element.closest('style, script, title, noscript, option')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // As drawn: a line box cut by an ancestor that clips (a shortened label) counts only where it shows.
    const clip = clipOf(element);
    const rects = [...range.getClientRects()]
      .map((r) => new DOMRect(Math.max(r.left, clip.left), Math.max(r.top, clip.top),
        Math.min(r.right, clip.right) - Math.max(r.left, clip.left), Math.min(r.bottom, clip.bottom) - Math.max(r.top, clip.top)))
      .filter((r) => r.width > 0.5 && r.height > 0.5 && r.right > 0 && r.bottom > 0 && r.left < W && r.top < H);
    if (rects.length === 0 || hiddenByAncestor(element)) continue;
    const first = rects[0]!;
    if (clippedAway(element, first.left + first.width / 2, first.top + first.height / 2)) continue;
    const size = Math.round(Number.parseFloat(getComputedStyle(element).fontSize) * zoomOf(element) * 10) / 10;
    seen.push({ text, element, rects, size });
  }

  const overlaps: string[] = [];
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) {
      const a = seen[i]!;
      const b = seen[j]!;
      if (a.element === b.element || a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const hit = a.rects.some((ra) => b.rects.some((rb) => {
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w <= 2 || h <= 2) return false;
        const smaller = Math.min(ra.width * ra.height, rb.width * rb.height);
        return w * h > 0.1 * smaller;
      }));
      if (hit) overlaps.push(`${short(a.text)} × ${short(b.text)}`);
    }
  }

  const isBackground = (hit: Element) => hit.matches('.react-flow__pane, .react-flow__background, .react-flow__renderer, .react-flow__viewport, .react-flow__edges, .react-flow__edge, .react-flow__edge *, .react-flow__background *');
  const covered: string[] = [];
  const labelled = new Set<string>();
  for (const s of seen) {
    const r = s.rects[0]!;
    const x = Math.min(W - 1, Math.max(0, r.left + r.width / 2));
    const y = Math.min(H - 1, Math.max(0, r.top + r.height / 2));
    const hit = document.elementFromPoint(x, y);
    const ownNode = s.element.closest('.react-flow__node');
    const ok = hit !== null && (hit === s.element || hit.contains(s.element) || s.element.contains(hit)
      || (ownNode !== null && ownNode.contains(hit)) || isBackground(hit));
    if (!ok) covered.push(`${short(s.text)} under ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'}`);
    else if (s.element.closest('.node-label, .node-tag') && ownNode) labelled.add(ownNode.getAttribute('data-id') ?? '');
  }

  const truncated: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (element.clientWidth === 0) continue;
    const style = getComputedStyle(element);
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1 && !hiddenByAncestor(element)) {
      const box = element.getBoundingClientRect();
      if (box.right > 0 && box.bottom > 0 && box.left < W && box.top < H) truncated.push(short(element.textContent ?? ''));
    }
  }
  for (const s of seen) {
    if (s.text.endsWith('…') && !s.element.closest('button, [role="menuitem"], [role="button"], a')) truncated.push(short(s.text));
  }

  const brokenWords: string[] = [];
  for (const s of seen) {
    if (s.rects.length < 2) continue;
    for (const textNode of s.element.childNodes) {
      if (textNode.nodeType !== Node.TEXT_NODE) continue;
      const value = textNode.textContent ?? '';
      for (const match of value.matchAll(/\p{L}{3,}/gu)) {
        const range = document.createRange();
        range.setStart(textNode, match.index);
        range.setEnd(textNode, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
        if (tops.size > 1) brokenWords.push(short(match[0]));
      }
    }
  }

  const tiny = seen.filter((s) => s.size < limits.tinyPx).map((s) => `${short(s.text)} at ${s.size}px`);
  const nodeElements = [...document.querySelectorAll('.react-flow__node')];
  const nodes = nodeElements.map((n) => n.getAttribute('data-id') ?? '');
  const overlaysOnNodes: string[] = [];
  const overlays = [...document.querySelectorAll('.react-flow__panel, .presenter-caption, .classroom-cards > *')]
    .filter((overlay) => !hiddenByAncestor(overlay) && getComputedStyle(overlay).position !== 'static');
  for (const overlay of overlays) {
    const o = overlay.getBoundingClientRect();
    for (const node of nodeElements) {
      const n = node.getBoundingClientRect();
      if (o.left < n.right && n.left < o.right && o.top < n.bottom && n.top < o.bottom) {
        overlaysOnNodes.push(`${overlay.getAttribute('aria-label') ?? overlay.className} on ${node.getAttribute('data-id')}`);
      }
    }
  }
  return {
    overlaysOnNodes,
    texts: seen.length, overlaps, covered, truncated, brokenWords, tiny,
    smallestPx: seen.reduce((m, s) => Math.min(m, s.size), Infinity),
    labelledNodes: [...labelled], nodes,
  };
}
