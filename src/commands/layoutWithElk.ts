import type { Position } from '../model/index.ts';
import type { NodeRect } from './canvasView.ts';

/** ELK's layered layout, top to bottom: servers, then switches, then fabrics, as cables run. */
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.spacing.componentComponent': '80',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

/**
 * New top-left positions for the nodes drawn, laid out by elkjs. ELK is loaded on first use, so
 * its 1.5 MB stay out of the page until someone asks for a layout.
 */
export async function layoutWithElk(rects: readonly NodeRect[], edges: readonly { source: string; target: string }[]): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const graph = await elk.layout({
    id: 'design',
    layoutOptions: LAYOUT_OPTIONS,
    children: rects.map((r) => ({ id: r.id, width: r.width, height: r.height })),
    edges: edges.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  });
  const positions: Record<string, Position> = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return positions;
}
