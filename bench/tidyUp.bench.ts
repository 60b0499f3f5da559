import { layoutWithElk } from '../src/commands/layoutWithElk.ts';
import { drawnEdges, layoutNodes } from '../src/commands/viewCommands.ts';
import { NODE_WIDTH } from '../src/diagram/nodeLayout.ts';
import { nodeParts } from '../src/diagram/svg/nodeGeometry.ts';
import { indexOf, scaleDesign } from '../src/model/index.ts';
import { formatMs } from './measure.ts';

/**
 * Tidy-up (ELK layered, servers in name order) of `scaleDesign(200)`: 200 servers, their switches
 * and fabrics, with the nodes' sizes as the canvas draws them. Goal (issue 17): ≤ 1 s. Measured
 * in-process; the app runs the same code in ELK's worker, which adds a message each way.
 */
export async function tidyUpBenchmark() {
  const topology = scaleDesign(200);
  const index = indexOf(topology);
  const rects = topology.nodes.filter((n) => !('parentId' in n && n.parentId)).map((n) => ({
    id: n.id, x: n.position.x, y: n.position.y, width: NODE_WIDTH[n.kind],
    height: nodeParts(n.kind, n.kind === 'server' || n.kind === 'iov-switch' ? index.adaptersIn(n.id).length : 0).height,
  }));
  const nodes = layoutNodes(topology, rects);
  const edges = drawnEdges(topology);
  await layoutWithElk(nodes, edges);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await layoutWithElk(nodes, edges);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [{
    name: 'tidy-up, scaleDesign(200)',
    detail: `${nodes.length} nodes drawn, ${edges.length} cables, servers in name order; goal ≤ 1 s`,
    figure: `median ${formatMs(times[2]!)} ms, worst of 5 ${formatMs(times[4]!)} ms`,
  }];
}
