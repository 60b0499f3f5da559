import type { Position } from '../model/index.ts';
import type { NodeRect } from './canvasView.ts';
import { compareLabels, keepLabelOrder } from './labelOrder.ts';
import { serverBlocks } from './serverBlocks.ts';

/**
 * ELK's layered layout, top to bottom: servers, then switches, then fabrics, as cables run. The
 * nodes go in in label order and ELK is asked to keep that order in each layer where it can
 * (considerModelOrder); keepLabelOrder then makes sure of it.
 */
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.spacing.componentComponent': '80',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
};

export type LayoutNode = NodeRect & { label: string; kind: string };
/** Where ELK runs: a Web Worker in the browser (the page stays responsive), or this thread. */
export type ElkWorkerFactory = () => Worker;

/**
 * New top-left positions for the nodes drawn, laid out by elkjs, servers in label order (those
 * cabled alike as blocks in rows: serverBlocks.ts). ELK is
 * loaded on first use, so its 1.5 MB stay out of the page until someone asks for a layout; with
 * `worker`, it runs in that worker (elk-api's own protocol), else in-process (tests, the bench).
 */
export async function layoutWithElk(nodes: readonly LayoutNode[], edges: readonly { source: string; target: string }[], worker?: ElkWorkerFactory): Promise<Record<string, Position>> {
  const elk = worker
    ? new (await import('elkjs/lib/elk-api.js')).default({ workerFactory: worker })
    : new (await import('elkjs/lib/elk.bundled.js')).default();
  const blocks = serverBlocks(nodes, edges);
  try {
    const graph = await elk.layout({
      id: 'design',
      layoutOptions: LAYOUT_OPTIONS,
      children: blocks.nodes.toSorted(compareLabels).map((r) => ({ id: r.id, width: r.width, height: r.height })),
      edges: blocks.edges.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
    });
    const positions: Record<string, Position> = {};
    for (const child of graph.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
    return keepLabelOrder(blocks.expand(positions), nodes.filter((node) => !blocks.grouped.has(node.id)));
  } finally {
    // The worker holds ELK's 1.5 MB: let it go once the layout is back (in-process there is none).
    if (worker) elk.terminateWorker();
  }
}
