import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { TRAFFIC_CLASSES } from '../../../model/index.ts';
import type { AppState } from '../../../store/index.ts';
import { useAppStore, useThrottledAppStore } from '../../../store/hooks.ts';
import { csvFileName, toCsv } from '../csv.ts';
import { downloadCsv } from '../downloadCsv.ts';
import { formatMBps, formatSeconds } from '../formatFigures.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { axisTicks, largestValue, timeTicks } from './chartTicks.ts';
import { AXIS, CHART_SIZE, CLASS_COLOURS, REDRAW_MS, TOOLTIP_STYLE } from './chartStyle.ts';

const selectRows = (s: AppState) => s.simulation.throughput?.rows() ?? [];
const NAMES = { storage: 'Storage (FC)', network: 'Network (Ethernet)' } as const;

/** MB/s moved per traffic class over simulated time, from the frames of the run. */
export function ThroughputChart() {
  const rows = useThrottledAppStore(selectRows, REDRAW_MS);
  const time = useThrottledAppStore((s) => s.simulation.time, REDRAW_MS);
  const duration = useAppStore((s) => s.simulation.duration || s.document.settings.duration);
  const designName = useAppStore((s) => s.document.name);
  const valueAxis = axisTicks(largestValue(rows, TRAFFIC_CLASSES));
  const download = () => downloadCsv(csvFileName(designName, 'throughput'), toCsv(
    [{ key: 'time', header: 'time (s)' }, ...TRAFFIC_CLASSES.map((c) => ({ key: c, header: `${c} MB/s` }))], rows,
  ));
  return (
    <ChartFrame title="Throughput per class, MB/s" onDownload={rows.length > 0 ? download : undefined}>
      {rows.length === 0 ? <p className="inspector-hint">Appears as the run plays.</p> : (
        <LineChart responsive style={CHART_SIZE} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="time" type="number" domain={[0, duration]} ticks={timeTicks(duration)} tickFormatter={(t: number) => `${Number(t.toPrecision(3))}`} unit=" s" {...AXIS} />
          <YAxis domain={valueAxis.domain} ticks={valueAxis.ticks} tickFormatter={(v: number) => `${Number(v.toPrecision(3)).toLocaleString('en-US')} MB/s`} {...AXIS} width={80} />
          <Tooltip formatter={(value) => formatMBps(Number(value))} labelFormatter={(t) => formatSeconds(Number(t))} contentStyle={TOOLTIP_STYLE} />
          {TRAFFIC_CLASSES.map((c) => (
            <Line key={c} dataKey={c} name={NAMES[c]} dot={false} isAnimationActive={false} stroke={CLASS_COLOURS[c]} strokeWidth={2} strokeDasharray={c === 'network' ? '6 3' : undefined} />
          ))}
          <ReferenceLine x={time} stroke="var(--text)" strokeDasharray="4 3" />
        </LineChart>
      )}
      <ul className="chart-key" aria-hidden="true">
        {TRAFFIC_CLASSES.map((c) => <li key={c}><span className={`swatch swatch-${c}`} style={{ background: CLASS_COLOURS[c] }} />{NAMES[c]}</li>)}
      </ul>
    </ChartFrame>
  );
}
