import type { Page } from '@playwright/test';

/**
 * The traffic markers as a person sees them: they are pixels on a canvas (aria-hidden, one loop
 * draws them all), so they are found as blobs of its opaque pixels, and set against the cables as
 * drawn (their SVG paths on screen) and each cable's utilization meter ("Utilization of FC cable l9").
 */
export type Marker = {
  box: { x: number; y: number; width: number; height: number };
  /** The pixel at the blob's centre, RGBA 0..255. */
  fill: [number, number, number, number];
  /** One marker, not two or more touching where cables meet. */
  single: boolean;
  /** The cables it lies on: within 3 px of its centre (a single marker) or crossing its box. */
  on: string[];
};
/**
 * `room`: a point of the cable where a marker of the typical size drawn (its rim included) would
 * keep well clear of every node and label: markers are drawn only where they touch no text
 * (FlowMarkerLayer.tsx), so a cable by nodes and labels end to end shows none.
 */
export type Cable = { id: string; load: string; carriesTraffic: boolean; room: boolean };
export type MarkerReading = { markers: Marker[]; cables: Cable[]; background: [number, number, number] };

export async function readMarkers(page: Page): Promise<MarkerReading> {
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLCanvasElement>('canvas.flow-marker-layer');
    if (!layer) throw new Error('no marker layer on the canvas');
    const { width: W, height: H } = layer;
    const rect = layer.getBoundingClientRect();
    const ratio = W / rect.width;
    const data = layer.getContext('2d')!.getImageData(0, 0, W, H).data;
    const opaque = (p: number) => data[p * 4 + 3]! >= 128;
    const seen = new Uint8Array(W * H);
    const blobs: { box: Marker['box']; fill: Marker['fill'] }[] = [];
    for (let start = 0; start < W * H; start++) {
      if (seen[start] || !opaque(start)) continue;
      const stack = [start];
      seen[start] = 1;
      let [x0, y0, x1, y1] = [W, H, 0, 0];
      while (stack.length) {
        const p = stack.pop()!;
        const x = p % W;
        const y = (p - x) / W;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
        const next = [x > 0 ? p - 1 : -1, x < W - 1 ? p + 1 : -1, p - W, p + W];
        for (const q of next) {
          if (q < 0 || q >= W * H || seen[q] || !opaque(q)) continue;
          seen[q] = 1;
          stack.push(q);
        }
      }
      const centre = (Math.round((y0 + y1) / 2) * W + Math.round((x0 + x1) / 2)) * 4;
      blobs.push({
        box: { x: rect.left + x0 / ratio, y: rect.top + y0 / ratio, width: (x1 - x0 + 1) / ratio, height: (y1 - y0 + 1) / ratio },
        fill: [data[centre]!, data[centre + 1]!, data[centre + 2]!, data[centre + 3]!],
      });
    }
    const meters = [...document.querySelectorAll('[role="meter"]')].filter((m) => / cable \S+$/.test(m.getAttribute('aria-label') ?? ''));
    const cables = meters.map((meter) => {
      const id = /(\S+)$/.exec(meter.getAttribute('aria-label')!)![1]!;
      const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`)!;
      const m = path.getScreenCTM()!;
      const points: [number, number][] = [];
      for (let s = 0, length = path.getTotalLength(); s <= length; s += 1) {
        const p = path.getPointAtLength(s);
        points.push([m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f]);
      }
      const load = meter.getAttribute('aria-valuetext') ?? '';
      return { id, load, carriesTraffic: load !== '0 %' && !load.startsWith('down'), points };
    });
    const boxes = [...document.querySelectorAll('.react-flow__node, .react-flow__node .finding-badge, .link-load-label, .link-label')].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0);
    const sizes = blobs.map((b) => Math.max(b.box.width, b.box.height)).toSorted((a, b) => a - b);
    // The marker's 2 px of clearance, and 4 more: a live figure keeps room for its widest value ("100 %").
    const reach = (sizes[Math.floor(sizes.length / 2)] ?? 13) / 2 + 2 + 4;
    const clearOfBoxes = ([x, y]: [number, number]) => boxes.every((b) => x + reach <= b.left || x - reach >= b.right || y + reach <= b.top || y - reach >= b.bottom);
    const roomOf = (cable: (typeof cables)[number]) => cable.points.some((p) => clearOfBoxes(p));
    const sides = blobs.map((b) => Math.max(b.box.width, b.box.height)).toSorted((a, b) => a - b);
    const typical = sides[Math.floor(sides.length / 2)] ?? 0;
    const markers = blobs.map(({ box, fill }) => {
      const single = box.width <= typical * 1.25 && box.height <= typical * 1.25;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      const on = cables.filter(({ points }) => single
        ? points.some(([x, y]) => Math.hypot(x - cx, y - cy) <= 3)
        : points.some(([x, y]) => x >= box.x - 1 && x <= box.x + box.width + 1 && y >= box.y - 1 && y <= box.y + box.height + 1));
      return { box, fill, single, on: on.map((c) => c.id) };
    });
    const bg = getComputedStyle(document.querySelector('.react-flow__background')!).backgroundColor;
    const background = (bg.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number) as [number, number, number];
    return { markers, cables: cables.map((cable) => ({ id: cable.id, load: cable.load, carriesTraffic: cable.carriesTraffic, room: roomOf(cable) })), background };
  });
}

/** WCAG relative luminance of an sRGB colour, 0..255 each. */
function luminance(c: readonly number[]): number {
  const [r, g, b] = c.slice(0, 3).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast of two sRGB colours, 0..255 each. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
