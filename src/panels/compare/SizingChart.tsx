import { CartesianGrid, ErrorBar, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrafficClass } from '../../model/index.ts';
import type { SizedPool } from '../../worker/batchProtocol.ts';
import { AXIS, CHART_SIZE, CLASS_COLOURS, TOOLTIP_STYLE } from '../simulation/charts/chartStyle.ts';
import '../simulation/charts/charts.css';
import { rangeTicks } from './rangeTicks.ts';

/** `interval`: below and above the mean, to the ends of its two-sided 99 % interval (recharts' error bar). */
type Point = { adapters: number; p99: number | null; interval: [number, number]; upper: number | null; meets: boolean };

type DotProps = { cx?: number; cy?: number; payload?: Point; index?: number };

/** A point filled when its size meets the whole target, hollow when not. */
function renderDot(props: DotProps, colour: string) {
  return <circle key={props.index} cx={props.cx} cy={props.cy} r={5} stroke={colour} strokeWidth={2} fill={props.payload?.meets ? colour : 'var(--surface)'} />;
}

/** Pool size against the worst server's p99, with the target as a line: loaded with recharts only when first shown. */
export default function SizingChart({ pool, title }: { pool: SizedPool; title: string }) {
  const data: Point[] = pool.curve.map((c) => {
    const finite = Number.isFinite(c.p99Ms);
    return { adapters: c.adapters, p99: finite ? c.p99Ms : null, interval: finite ? [c.p99Ms - c.p99Ci99[0], c.p99Ci99[1] - c.p99Ms] : [0, 0], upper: finite ? c.p99Upper99Ms : null, meets: c.meets };
  });
  const target = pool.target.p99Ms;
  const colour = CLASS_COLOURS[pool.trafficClass as TrafficClass];
  // Around the figures and the target, not from 0: a tenth of a millisecond must show.
  const values = [...data.flatMap((d) => (d.p99 === null ? [] : [d.p99 - d.interval[0], d.p99 + d.interval[1]])), ...(target === undefined ? [] : [target])];
  const { domain, ticks } = rangeTicks(Math.min(...values), Math.max(...values));
  return (
    <section className="chart sizing-chart" aria-label={title}>
      <header className="chart-header"><h3>{title}</h3></header>
      <LineChart responsive style={CHART_SIZE} data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="adapters" type="number" domain={['dataMin', 'dataMax']} ticks={data.map((d) => d.adapters)} allowDecimals={false} {...AXIS} label={{ value: 'adapters in the pool', position: 'insideBottom', offset: -2, fill: 'var(--text-muted)', fontSize: 14 }} height={40} />
        <YAxis type="number" tickFormatter={(v: number) => `${Number(v.toPrecision(3))}`} {...AXIS} width={52} domain={domain} ticks={ticks} allowDataOverflow />
        <Tooltip formatter={(value, name) => [`${Number(value).toFixed(3)} ms`, name === 'upper' ? 'upper 99 % bound' : 'p99 (mean of replications)']} labelFormatter={(n) => `${String(n)} adapters`} contentStyle={TOOLTIP_STYLE} />
        {target !== undefined && (
          <ReferenceLine y={target} stroke="var(--error)" strokeDasharray="6 4" strokeWidth={2} label={{ value: `target ${target} ms`, position: 'insideTopRight', fill: 'var(--error)', fontSize: 14 }} />
        )}
        {pool.chosen !== null && <ReferenceLine x={pool.chosen} stroke="var(--ok)" strokeWidth={2} label={{ value: 'chosen', position: 'insideTopLeft', fill: 'var(--ok)', fontSize: 14 }} />}
        <Line
          dataKey="p99" stroke={colour} strokeWidth={2.5} isAnimationActive={false} connectNulls
          dot={(props: DotProps) => renderDot(props, colour)}
        >
          <ErrorBar dataKey="interval" width={6} strokeWidth={1.5} stroke={colour} direction="y" />
        </Line>
        <Line dataKey="upper" stroke={colour} strokeDasharray="2 3" strokeWidth={1.5} isAnimationActive={false} dot={false} connectNulls />
      </LineChart>
      <p className="inspector-hint">Each point is the mean p99 of {pool.curve[0]?.p99ByReplication.length ?? 0} replications with its 99 % interval; the dotted line is its upper 99 % bound, which must meet the target. Filled points meet the whole target (p99, utilization{pool.target.nPlusOne ? ', with one adapter failed' : ''}); hollow ones do not.</p>
    </section>
  );
}
