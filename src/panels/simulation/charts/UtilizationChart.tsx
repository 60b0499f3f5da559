import { useState } from 'react';
import type { AppState } from '../../../store/index.ts';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useAppStore, useThrottledAppStore } from '../../../store/hooks.ts';
import { utilizationRows } from '../chartData.ts';
import { csvFileName, toCsv } from '../csv.ts';
import { downloadCsv } from '../downloadCsv.ts';
import { formatSeconds } from '../formatFigures.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { timeTicks } from './chartTicks.ts';
import { AXIS, CHART_SIZE, REDRAW_MS, seriesStyle, TOOLTIP_STYLE } from './chartStyle.ts';

const percent = (u: number) => `${Math.round(u * 100)} %`;


const selectRows = (s: AppState) => utilizationRows(s.simulation.result, () => s.simulation.series?.rows() ?? []);

/** Busy from none to all of the time; the axis reaches a little past 100 % for its label's sake. */
const UTILIZATION_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Each adapter's utilization over simulated time: adapters can be hidden, the one selected on the
 * diagram is drawn thick, and a line marks the time reached.
 */
export function UtilizationChart() {
  // The live series is mutable: its rows are read again at each (throttled) change of the store.
  const rows = useThrottledAppStore(selectRows, REDRAW_MS);
  const time = useThrottledAppStore((s) => s.simulation.time, REDRAW_MS);
  const duration = useAppStore((s) => s.simulation.duration || s.document.settings.duration);
  const result = useAppStore((s) => s.simulation.result);
  const series = useAppStore((s) => s.simulation.series);
  const selected = useAppStore((s) => s.selected);
  const designName = useAppStore((s) => s.document.name);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const ids = result ? Object.keys(result.series.adapters) : (series?.names ?? []);
  const highlighted = ids.filter((id) => selected.includes(id));
  const toggle = (id: string) => setHidden((old) => { const next = new Set(old); if (!next.delete(id)) next.add(id); return next; });
  const download = () => downloadCsv(csvFileName(designName, 'utilization'), toCsv(
    [{ key: 'time', header: 'time (s)' }, ...ids.map((id) => ({ key: id, header: `${id} utilization` }))], rows,
  ));
  if (ids.length === 0) return null;
  return (
    <ChartFrame title="Utilization of each adapter" onDownload={rows.length > 0 ? download : undefined}>
      <LineChart responsive style={CHART_SIZE} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="time" type="number" domain={[0, duration]} ticks={timeTicks(duration)} tickFormatter={(t: number) => `${Number(t.toPrecision(3))}`} unit=" s" {...AXIS} />
        {/* Headroom above 100 %: the top tick's label is drawn whole, not cut by the chart's edge. */}
        <YAxis domain={[0, 1.1]} ticks={UTILIZATION_TICKS} tickFormatter={percent} {...AXIS} width={52} />
        <Tooltip formatter={(value) => percent(Number(value))} labelFormatter={(t) => formatSeconds(Number(t))} contentStyle={TOOLTIP_STYLE} />
        {ids.map((id, i) => hidden.has(id) ? null : (
          <Line
            key={id} dataKey={id} name={id} dot={false} isAnimationActive={false} {...seriesStyle(i)}
            strokeWidth={highlighted.includes(id) ? 4 : 2} strokeOpacity={highlighted.length > 0 && !highlighted.includes(id) ? 0.35 : 1}
          />
        ))}
        <ReferenceLine x={time} stroke="var(--text)" strokeDasharray="4 3" label={{ value: 'now', position: 'insideTopRight', fill: 'var(--text-muted)', fontSize: 14 }} />
      </LineChart>
      <ul className="chart-toggles" aria-label="Adapters shown">
        {ids.map((id, i) => (
          <li key={id}>
            <label className={highlighted.includes(id) ? 'is-highlighted' : undefined}>
              <input type="checkbox" checked={!hidden.has(id)} onChange={() => toggle(id)} />
              <span className="swatch" style={{ background: seriesStyle(i).stroke }} aria-hidden="true" />
              {id}
            </label>
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}

