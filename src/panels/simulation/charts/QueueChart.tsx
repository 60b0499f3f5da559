import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { AppState } from '../../../store/index.ts';
import { useAppStore, useThrottledAppStore } from '../../../store/hooks.ts';
import { csvFileName, toCsv } from '../csv.ts';
import { downloadCsv } from '../downloadCsv.ts';
import { formatSeconds } from '../formatFigures.ts';
import { labelsOf } from '../labels.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { axisTicks, largestValue, timeTicks } from './chartTicks.ts';
import { AXIS, CHART_SIZE, REDRAW_MS, seriesStyle, TOOLTIP_STYLE } from './chartStyle.ts';
import { queueSeriesNames } from './queueSeriesNames.ts';

const TITLE = 'I/Os waiting, at the servers and in the pools';
const selectRows = (s: AppState) => s.simulation.queues?.rows() ?? [];
const count = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Where I/Os wait over simulated time, for a run with a server that holds its own back (a queue
 * depth or a QoS cap): a capped noisy neighbour's queue grows at the server while the pool's stays
 * short. The key says each one now, in words.
 */
export function QueueChart() {
  const rows = useThrottledAppStore(selectRows, REDRAW_MS);
  const time = useThrottledAppStore((s) => s.simulation.time, REDRAW_MS);
  const duration = useAppStore((s) => s.simulation.duration || s.document.settings.duration);
  const queues = useAppStore((s) => s.simulation.queues);
  const layout = useAppStore((s) => s.simulation.layout);
  const document = useAppStore((s) => s.simulation.runDocument ?? s.document);
  if (!queues || !layout) return null;
  const names = queueSeriesNames(queues.names, layout.pools, labelsOf(document));
  const ids = queues.names;
  const last = rows.at(-1);
  const valueAxis = axisTicks(largestValue(rows, ids));
  const download = () => downloadCsv(csvFileName(document.name, 'queues'), toCsv(
    [{ key: 'time', header: 'time (s)' }, ...ids.map((id) => ({ key: id, header: `${names.get(id)} (I/Os)` }))], rows,
  ));
  return (
    <ChartFrame title={TITLE} onDownload={rows.length > 0 ? download : undefined}>
      {rows.length === 0 ? <p className="inspector-hint">Appears as the run plays.</p> : (
        <LineChart responsive style={CHART_SIZE} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="time" type="number" domain={[0, duration]} ticks={timeTicks(duration)} tickFormatter={(t: number) => `${Number(t.toPrecision(3))}`} unit=" s" {...AXIS} />
          <YAxis domain={valueAxis.domain} ticks={valueAxis.ticks} tickFormatter={count} {...AXIS} width={64} />
          <Tooltip formatter={(value) => count(Number(value))} labelFormatter={(t) => formatSeconds(Number(t))} contentStyle={TOOLTIP_STYLE} />
          {ids.map((id, i) => <Line key={id} dataKey={id} name={names.get(id)} dot={false} isAnimationActive={false} {...seriesStyle(i)} strokeWidth={2} />)}
          <ReferenceLine x={time} stroke="var(--text)" strokeDasharray="4 3" />
        </LineChart>
      )}
      <ul className="chart-key" aria-label="Waiting now">
        {ids.map((id, i) => (
          <li key={id}>
            <span className="swatch" style={{ background: seriesStyle(i).stroke }} aria-hidden="true" />
            {names.get(id)}: {last ? count(last[id] ?? 0) : '—'}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
