import { rasterizeSvg } from '../src/cli/export/rasterize.ts';
import { diagramSvg, type DiagramSvgOptions } from '../src/diagram/svg/index.ts';
import { dedicate, example, scaleDesign, type Topology } from '../src/model/index.ts';
import { formatMs, measure } from './measure.ts';

/**
 * The native SVG export (src/diagram/svg) of virtualized-rack and of the 64-server classic rack,
 * idle and with a run shown (every adapter and cable at 50 %: a chip and a load label each).
 * Goals (issue 17): virtualized-rack ≤ 200 KB and ≤ 300 ms; the 64-server rack ≤ 1 MB and ≤ 1 s.
 * Also the PNG of `iov export` (resvg-js with the bundled font) of each at 1x, the same drawing.
 */
function running(topology: Topology): NonNullable<DiagramSvgOptions['live']> {
  const half = { utilization: 0.5 };
  return {
    adapters: new Map(topology.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic').map((n) => [n.id, half])),
    links: new Map(topology.links.map((l) => [l.id, half])),
    time: 5,
  };
}

export async function svgExportBenchmark() {
  const rack = dedicate(scaleDesign(64));
  if (!rack.ok) throw new Error(rack.reason);
  const designs = [
    { name: 'virtualized-rack', topology: example('virtualized-rack'), goal: '≤ 200 KB, ≤ 300 ms' },
    { name: '64-server classic rack', topology: rack.topology, goal: '≤ 1 MB, ≤ 1 s' },
  ];
  const results = [];
  for (const { name, topology, goal } of designs) {
    for (const live of [false, true]) {
      const options: DiagramSvgOptions = { background: 'light', exportedAt: new Date(), ...(live ? { live: running(topology) } : {}) };
      let svg = '';
      const timing = measure(() => {
        svg = diagramSvg(topology, options).svg;
      }, { warmup: 3, iterations: 20 });
      results.push({
        name: `SVG export, ${name}${live ? ', run shown' : ', idle'}`,
        detail: `${topology.nodes.length} nodes, ${topology.links.length} cables; goal ${goal}`,
        figure: `${(Buffer.byteLength(svg) / 1000).toFixed(1)} KB; median ${formatMs(timing.median)} ms, p95 ${formatMs(timing.p95)} ms`,
      });
    }
    const { svg, width } = diagramSvg(topology, { background: 'light', exportedAt: new Date() });
    const started = performance.now();
    const png = await rasterizeSvg(svg, width);
    results.push({
      name: `PNG by resvg (iov export), ${name}`,
      detail: `${png.width} × ${png.height} px at 1x, no goal in the issue`,
      figure: `${(png.png.length / 1000).toFixed(0)} KB in ${formatMs(performance.now() - started)} ms`,
    });
  }
  return results;
}
