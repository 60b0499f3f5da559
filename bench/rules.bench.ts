import { checkDesign, scaleDesign } from '../src/model/index.ts';
import { formatMs, measure } from './measure.ts';

/**
 * The design rules over scaleDesign(200), as the canvas will run them after every edit. Each
 * iteration checks a fresh copy of the document, so the per-document caches (the topology index)
 * are rebuilt every time, as they are after an edit.
 */
export function rulesBenchmark() {
  const design = scaleDesign(200);
  const copies = Array.from({ length: 220 }, () => structuredClone(design));
  let next = 0;
  let findings = 0;
  const timing = measure(() => { findings = checkDesign(copies[next++]!).length; }, { warmup: 20, iterations: 200 });
  return [
    {
      name: 'rules on scaleDesign(200)',
      detail: `${design.nodes.length} nodes, ${design.links.length} links, ${findings} findings`,
      figure: `median ${formatMs(timing.median)} ms, p95 ${formatMs(timing.p95)} ms (${timing.iterations} runs)`,
    },
  ];
}
