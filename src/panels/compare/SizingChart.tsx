import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrafficClass } from '../../model/index.ts';
import type { SizedPool } from '../../worker/batchProtocol.ts';
import { AXIS, CHART_SIZE, CLASS_COLOURS, TOOLTIP_STYLE } from '../simulation/charts/chartStyle.ts';
import '../simulation/charts/charts.css';

type Point = { adapters: number; p99: number | null; meets: boolean };

type DotProps = { cx?: number; cy?: number; payload?: Point; index?: number };

/** A point filled when its size meets the whole target, hollow when not. */
function renderDot(props: DotProps, colour: string) {
  return <circle key={props.index} cx={props.cx} cy={props.cy} r={5} stroke={colour} strokeWidth={2} fill={props.payload?.meets ? colour : 'var(--surface)'} />;
}

/** Pool size against the worst server's p99, with the target as a line: loaded with recharts only when first shown. */
export default function SizingChart({ pool, title }: { pool: SizedPool; title: string }) {
  const data: Point[] = pool.curve.map((c) => ({ adapters: c.adapters, p99: Number.isFinite(c.p99Ms) ? c.p99Ms : null, meets: c.meets }));
  const target = pool.target.p99Ms;
  const colour = CLASS_COLOURS[pool.trafficClass as TrafficClass];
  // Around the figures and the target, not from 0: a tenth of a millisecond must show.
  const values = [...data.flatMap((d) => (d.p99 === null ? [] : [d.p99])), ...(target === undefined ? [] : [target])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max((high - low) * 0.25, high * 0.05);
  const domain: [number, number] = [Math.max(0, low - margin), high + margin];
  return (
    <section className="chart sizing-chart" aria-label={title}>
      <header className="chart-header"><h3>{title}</h3></header>
      <LineChart responsive style={CHART_SIZE} data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="adapters" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} {...AXIS} label={{ value: 'adapters in the pool', position: 'insideBottom', offset: -2, fill: 'var(--text-muted)', fontSize: 14 }} height={40} />
        <YAxis type="number" tickFormatter={(v: number) => `${Number(v.toPrecision(3))}`} {...AXIS} width={52} domain={domain} allowDataOverflow tickCount={5} />
        <Tooltip formatter={(value) => [`${Number(value).toFixed(3)} ms`, 'p99']} labelFormatter={(n) => `${String(n)} adapters`} contentStyle={TOOLTIP_STYLE} />
        {target !== undefined && (
          <ReferenceLine y={target} stroke="var(--error)" strokeDasharray="6 4" strokeWidth={2} label={{ value: `target ${target} ms`, position: 'insideTopRight', fill: 'var(--error)', fontSize: 14 }} />
        )}
        {pool.chosen !== null && <ReferenceLine x={pool.chosen} stroke="var(--ok)" strokeWidth={2} label={{ value: 'chosen', position: 'insideTopLeft', fill: 'var(--ok)', fontSize: 14 }} />}
        <Line
          dataKey="p99" stroke={colour} strokeWidth={2.5} isAnimationActive={false} connectNulls
          dot={(props: DotProps) => renderDot(props, colour)}
        />
      </LineChart>
      <p className="inspector-hint">Filled points meet the whole target (p99, utilization{pool.target.nPlusOne ? ', with one adapter failed' : ''}); hollow ones do not.</p>
    </section>
  );
}
