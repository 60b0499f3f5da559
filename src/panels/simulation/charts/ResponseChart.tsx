import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResult } from '../../../sim/index.ts';
import { percentileBars } from '../chartData.ts';
import { csvFileName, toCsv } from '../csv.ts';
import { downloadCsv } from '../downloadCsv.ts';
import { formatMs } from '../formatFigures.ts';
import { serverRows } from '../summaryRows.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { axisTicks, largestValue } from './chartTicks.ts';
import { AXIS, CHART_SIZE, PERCENTILE_COLOURS, TOOLTIP_STYLE } from './chartStyle.ts';

const PERCENTILES = ['p50', 'p95', 'p99'] as const;

/** End-to-end response per server, p50, p95 and p99, for storage or network: the figures of a finished run. */
export function ResponseChart({ result, labels, designName }: { result: SimulationResult | null; labels: ReadonlyMap<string, string>; designName: string }) {
  const [trafficClass, setTrafficClass] = useState<'storage' | 'network'>('storage');
  if (!result) {
    return (
      <ChartFrame title="Response time per server, ms">
        <p className="inspector-hint">Percentiles need the whole run: run it to the end.</p>
      </ChartFrame>
    );
  }
  const bars = percentileBars(serverRows(result, labels), trafficClass);
  const download = () => downloadCsv(csvFileName(designName, `${trafficClass}-response`), toCsv(
    [{ key: 'id', header: 'id' }, { key: 'server', header: 'server' }, ...PERCENTILES.map((p) => ({ key: p, header: `${p} (ms)` }))], bars,
  ));
  return (
    <ChartFrame title="Response time per server, ms" onDownload={download}>
      <div className="segmented" role="radiogroup" aria-label="Traffic class">
        {(['storage', 'network'] as const).map((c) => (
          <label key={c}><input type="radio" name="response-class" checked={trafficClass === c} onChange={() => setTrafficClass(c)} />{c}</label>
        ))}
      </div>
      <BarChart responsive style={CHART_SIZE} data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="id" {...AXIS} interval={0} />
        <YAxis {...axisTicks(largestValue(bars, PERCENTILES))} tickFormatter={(v: number) => `${Number(v.toPrecision(2))} ms`} {...AXIS} width={60} />
        <Tooltip
          formatter={(value) => formatMs(Number(value))} contentStyle={TOOLTIP_STYLE} cursor={{ fill: 'var(--surface-2)' }}
          labelFormatter={(id) => { const bar = bars.find((b) => b.id === id); return bar ? `${bar.server} (${bar.id})` : String(id); }}
        />
        <Legend wrapperStyle={{ fontSize: 14 }} />
        {PERCENTILES.map((p) => <Bar key={p} dataKey={p} fill={PERCENTILE_COLOURS[p]} isAnimationActive={false} />)}
      </BarChart>
    </ChartFrame>
  );
}
