import { useMemo } from 'react';
import type { Topology } from '../../model/index.ts';
import { hasLabel, sketchLayout, sketchSummary } from './sketchLayout.ts';

/**
 * A design drawn small and read-only, as static SVG rather than a second React Flow canvas: two fit
 * side by side, nothing in them can be edited by mistake, and they print as crisp vectors.
 */
export function DesignSketch({ topology, title }: { topology: Topology; title: string }) {
  const sketch = useMemo(() => sketchLayout(topology), [topology]);
  const [left, top, width, height] = sketch.viewBox;
  const { font } = sketch;
  return (
    <svg className="design-sketch" viewBox={`${left} ${top} ${width} ${height}`} role="img" aria-label={`${title}: ${sketchSummary(topology)}`} preserveAspectRatio="xMidYMid meet">
      <g aria-hidden="true">
        {sketch.lines.map((line) => (
          <line key={line.id} className={`sketch-line sketch-line-${line.kind}`} x1={line.x1} y1={line.y1} x2={line.x2} y2={line.y2} />
        ))}
        {sketch.boxes.map((box) => (
          <g key={box.id} className={`sketch-box sketch-${box.kind}`}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={10} />
            {hasLabel(box.kind) && <text x={box.x + 12} y={box.y + font + 4} fontSize={font}>{box.label}</text>}
            {box.chips.map((chip) => <rect key={chip.id} className={`sketch-chip sketch-${chip.kind}`} x={chip.x} y={chip.y} width={chip.size} height={chip.size} rx={4} />)}
          </g>
        ))}
      </g>
    </svg>
  );
}
