import { CartesianGrid, ErrorBar, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SweepSummaryRow } from '../../sim/index.ts';
import { axisTicks } from '../simulation/charts/chartTicks.ts';
import { AXIS, CHART_SIZE, CLASS_COLOURS, seriesStyle, TOOLTIP_STYLE } from '../simulation/charts/chartStyle.ts';
import '../simulation/charts/charts.css';

type Row = { value: number; storage: number; network: number; storageError: [number, number]; networkError: [number, number]; cost: number };

const errorOf = (f: { mean: number; ci99: [number, number] }): [number, number] => [f.mean - Math.max(0, f.ci99[0]), f.ci99[1] - f.mean];
const compact = (v: number) => (v >= 1e3 ? `${Number((v / 1e3).toPrecision(3))}k` : `${Number(v.toPrecision(3))}`);

/** p99 per class (mean of the replications, 99 % interval) and I/O cost against the varied parameter: loaded with recharts only when first shown. */
export default function SweepChart({ rows, parameterLabel }: { rows: SweepSummaryRow[]; parameterLabel: string }) {
  const data: Row[] = rows.map((r) => ({
    value: r.value, storage: r.storageP99.mean, network: r.networkP99.mean, storageError: errorOf(r.storageP99), networkError: errorOf(r.networkP99), cost: r.ioPriceUsd,
  }));
  const p99 = axisTicks(Math.max(0, ...rows.flatMap((r) => [r.storageP99.ci99[1], r.networkP99.ci99[1]])));
  const cost = axisTicks(Math.max(0, ...rows.map((r) => r.ioPriceUsd)));
  const xTicks = data.map((d) => d.value);
  return (
    <>
      <section className="chart sweep-chart" aria-label={`p99 against ${parameterLabel}`}>
        <header className="chart-header"><h3>p99 (ms, 99 % interval) against {parameterLabel}</h3></header>
        <LineChart responsive style={CHART_SIZE} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="value" type="number" domain={['dataMin', 'dataMax']} ticks={xTicks} {...AXIS} height={28} />
          <YAxis type="number" domain={p99.domain} ticks={p99.ticks} tickFormatter={compact} {...AXIS} width={48} allowDataOverflow />
          <Tooltip formatter={(value, name) => [`${Number(value).toFixed(3)} ms`, `${String(name)} p99`]} labelFormatter={(v) => `${parameterLabel} ${String(v)}`} contentStyle={TOOLTIP_STYLE} />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          {(['storage', 'network'] as const).map((cls) => (
            <Line key={cls} name={cls} dataKey={cls} stroke={CLASS_COLOURS[cls]} strokeWidth={2.25} isAnimationActive={false} dot={{ r: 3 }}>
              <ErrorBar dataKey={`${cls}Error`} width={5} strokeWidth={1.5} stroke={CLASS_COLOURS[cls]} direction="y" />
            </Line>
          ))}
        </LineChart>
      </section>
      <section className="chart sweep-chart" aria-label={`I/O cost against ${parameterLabel}`}>
        <header className="chart-header"><h3>I/O cost (USD) against {parameterLabel}</h3></header>
        <LineChart responsive style={CHART_SIZE} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="value" type="number" domain={['dataMin', 'dataMax']} ticks={xTicks} {...AXIS} height={28} />
          <YAxis type="number" domain={cost.domain} ticks={cost.ticks} tickFormatter={compact} {...AXIS} width={48} allowDataOverflow />
          <Tooltip formatter={(value) => [`$${Math.round(Number(value)).toLocaleString('en-US')}`, 'I/O cost']} labelFormatter={(v) => `${parameterLabel} ${String(v)}`} contentStyle={TOOLTIP_STYLE} />
          <Line name="I/O cost" dataKey="cost" {...seriesStyle(1)} strokeWidth={2.25} isAnimationActive={false} dot={{ r: 3 }} />
        </LineChart>
      </section>
    </>
  );
}
