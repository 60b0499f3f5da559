import { useRef } from 'react';
import { adapterUtilization, hasFrame, linkUtilization } from '../../store/simulationSelectors.ts';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import type { AppState } from '../../store/index.ts';
import { setAttributeIfChanged, setStyleIfChanged } from '../../store/liveWrites.ts';
import { roundUtilization, steppedPercent } from '../flowMarkers.ts';
import { formatUtilization, utilizationPaint } from '../utilizationScale.ts';

/** A server's load as one figure: its busiest adapter or PCIe cable in the latest frame. */
export function serverUtilization(state: AppState, adapterIds: readonly string[], linkIds: readonly string[]): number | undefined {
  // Loops, not arrays: it runs for every server of a rack at every frame of a run.
  let busiest: number | undefined;
  for (const id of adapterIds) {
    const u = adapterUtilization(state, id);
    if (u !== undefined) busiest = Math.max(busiest ?? 0, u);
  }
  for (const id of linkIds) {
    const u = linkUtilization(state, id);
    if (u !== undefined) busiest = Math.max(busiest ?? 0, u);
  }
  return roundUtilization(busiest);
}

type Props = { label: string; id: string; adapterIds: readonly string[]; linkIds: readonly string[] };

/**
 * A compact tile's one utilization bar (semantic zoom: a server drawn narrower than 120 px shows
 * its name and this, levelOfDetail.css): the busiest of its adapters and PCIe cables, the
 * percentage in its tooltip and accessible name. Written by the live layer, no render per frame.
 */
export function ServerLoad({ label, id, adapterIds, linkIds }: Props) {
  const live = useAppStore(hasFrame);
  const bar = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  const drawn = useRef<{ percent?: number }>({});
  useLiveWrite((state) => {
    const u = serverUtilization(state, adapterIds, linkIds);
    if (!bar.current || !fill.current || u === undefined) return;
    const percent = formatUtilization(u);
    setAttributeIfChanged(bar.current, 'aria-valuenow', String(Math.round(u * 100)));
    setAttributeIfChanged(bar.current, 'aria-valuetext', percent);
    setAttributeIfChanged(bar.current, 'title', `${label}: ${percent} busy (its busiest adapter or cable)`);
    // The bar in steps that hold while the load jitters (steppedPercent); the figure is exact.
    const shown = (drawn.current.percent = steppedPercent(drawn.current.percent, u));
    setStyleIfChanged(fill.current, 'width', `${shown}%`);
    setStyleIfChanged(fill.current, 'background', utilizationPaint(shown / 100).colour);
  }, [label, adapterIds, linkIds, live]);
  if (!live) return null;
  return (
    <div ref={bar} className="server-load" role="meter" aria-label={`Utilization of ${label} (${id})`} aria-valuemin={0} aria-valuemax={100}>
      <div ref={fill} className="server-load-fill" />
    </div>
  );
}
