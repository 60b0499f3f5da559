import { cableLabelCandidates, placeLabels, textWidth, type LabelRequest } from '../src/diagram/index.ts';
import { formatMs, measure } from './measure.ts';

/**
 * Label placement (src/diagram) for 1,000 labels, as a 500-cable rack asks for it when running
 * (a rate and a live load per cable), among 300 node boxes on a 1920 × 1080 screen. Goal
 * (issue 15): ≤ 2 ms. Baseline in the same run: the same candidates and the same number of box
 * tests by a plain loop with no grid and no sorting, so the ratio says what the placement adds.
 */
export function placementBenchmark() {
  const obstacles = Array.from({ length: 300 }, (_, i) => ({ x: (i % 30) * 64, y: Math.floor(i / 30) * 108, width: 50, height: 60 }));
  const labels: LabelRequest[] = [];
  for (let cable = 0; cable < 500; cable++) {
    const x0 = (cable % 30) * 64 + 25;
    const y0 = Math.floor(cable / 30) * 108 + 60;
    const points = new Float64Array(42);
    for (let i = 0; i <= 20; i++) {
      points[i * 2] = x0 + i * 6;
      points[i * 2 + 1] = y0 + i * 2;
    }
    const rate = cable % 2 === 0 ? '800 MB/s' : '1.19 GB/s';
    labels.push({ id: `rate:${cable}`, priority: 1, candidates: cableLabelCandidates(points, textWidth(rate, 14, 600) + 15, 23) });
    labels.push({ id: `load:${cable}`, priority: 2, candidates: cableLabelCandidates(points, textWidth('100 %', 14, 700) + 15, 23) });
  }
  const bounds = { x: 0, y: 0, width: 1920, height: 1080 };
  let placed = 0;
  const timing = measure(() => {
    const placements = placeLabels({ labels, obstacles, bounds, padding: 3 });
    placed = [...placements.values()].filter((at) => at >= 0).length;
  }, { warmup: 20, iterations: 200 });
  // The baseline: the first candidate of each label tested against every obstacle, no index.
  let hits = 0;
  const baseline = measure(() => {
    hits = 0;
    for (const label of labels) {
      const box = label.candidates[0]!;
      for (const o of obstacles) if (box.x < o.x + o.width && o.x < box.x + box.width && box.y < o.y + o.height && o.y < box.y + box.height) hits++;
    }
  }, { warmup: 20, iterations: 200 });
  return [
    {
      name: 'label placement, 1,000 labels',
      detail: `${labels.length} labels × ${labels[0]!.candidates.length} candidates, ${obstacles.length} node boxes, ${placed} placed; goal ≤ 2 ms`,
      figure: `median ${formatMs(timing.median)} ms, p95 ${formatMs(timing.p95)} ms; ${(timing.median / baseline.median).toFixed(1)}× a plain first-candidate loop (${formatMs(baseline.median)} ms, ${hits} hits)`,
    },
  ];
}
