import { CartesianGrid, ErrorBar, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakEven } from '../../sim/index.ts';
import { axisTicks, largestValue } from '../simulation/charts/chartTicks.ts';
import { AXIS, CHART_SIZE, seriesStyle, TOOLTIP_STYLE } from '../simulation/charts/chartStyle.ts';
import '../simulation/charts/charts.css';
import { breakEvenRows, type BreakEvenRow } from './breakEvenSeries.ts';

type Panel = { id: string; title: string; keys: [keyof BreakEvenRow, keyof BreakEvenRow]; unit: string; crossAt: number | null; errors?: [keyof BreakEvenRow, keyof BreakEvenRow] };

const compact = (v: number) => (v >= 1e6 ? `${Number((v / 1e6).toPrecision(3))}M` : v >= 1e3 ? `${Number((v / 1e3).toPrecision(3))}k` : `${Number(v.toPrecision(3))}`);
const SIDES = ['dedicated', 'virtualized'] as const;

function BreakEvenPanel({ rows, panel }: { rows: BreakEvenRow[]; panel: Panel }) {
  const data = panel.errors ? rows.filter((r) => r[panel.keys[0]] !== null) : rows;
  const errors = panel.errors;
  const highest = errors
    ? Math.max(0, ...data.flatMap((r) => panel.keys.map((key, i) => Number(r[key]) + (r[errors[i]!] as [number, number])[1])))
    : largestValue(data, [...panel.keys]);
  const { domain, ticks } = axisTicks(highest);
  const serverTicks = rows.filter((r) => r.p99Dedicated !== null).map((r) => r.servers);
  return (
    <section className="chart break-even-chart" aria-label={panel.title}>
      <header className="chart-header"><h3>{panel.title}</h3></header>
      <LineChart responsive style={CHART_SIZE} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="servers" type="number" scale="log" domain={['dataMin', 'dataMax']} ticks={serverTicks} {...AXIS} height={36} label={{ value: 'servers', position: 'insideBottomRight', offset: -2, fill: 'var(--text-muted)', fontSize: 14 }} />
        <YAxis type="number" domain={domain} ticks={ticks} tickFormatter={compact} {...AXIS} width={48} allowDataOverflow />
        <Tooltip formatter={(value, name) => [`${compact(Number(value))} ${panel.unit}`, String(name)]} labelFormatter={(n) => `${String(n)} servers`} contentStyle={TOOLTIP_STYLE} />
        <Legend wrapperStyle={{ fontSize: 14 }} />
        {panel.crossAt !== null && <ReferenceLine x={panel.crossAt} stroke="var(--ok)" strokeWidth={2} />}
        {SIDES.map((side, i) => (
          <Line key={side} name={side} dataKey={panel.keys[i]!} {...seriesStyle(i)} strokeWidth={2.25} isAnimationActive={false} dot={{ r: 3 }} connectNulls>
            {panel.errors && <ErrorBar dataKey={panel.errors[i]!} width={5} strokeWidth={1.5} stroke={seriesStyle(i).stroke} direction="y" />}
          </Line>
        ))}
      </LineChart>
    </section>
  );
}

/** I/O cost, I/O power and storage p99 (with its 99 % interval) of both sides as the rack grows: loaded with recharts only when first shown. */
export default function BreakEvenChart({ result }: { result: BreakEven }) {
  const rows = breakEvenRows(result);
  const panels: Panel[] = [
    { id: 'cost', title: 'I/O cost (USD) against servers', keys: ['costDedicated', 'costVirtualized'], unit: 'USD', crossAt: result.breakEven.cost },
    { id: 'power', title: 'I/O power (W) against servers', keys: ['powerDedicated', 'powerVirtualized'], unit: 'W', crossAt: result.breakEven.power },
    { id: 'p99', title: 'Storage p99 (ms, 99 % interval) against servers', keys: ['p99Dedicated', 'p99Virtualized'], unit: 'ms', crossAt: null, errors: ['p99DedicatedError', 'p99VirtualizedError'] },
  ];
  return <div className="break-even-charts">{panels.map((panel) => <BreakEvenPanel key={panel.id} rows={rows} panel={panel} />)}</div>;
}
