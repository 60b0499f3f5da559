import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useRef } from 'react';
import { linkUtilization } from '../../store/simulationSelectors.ts';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import type { AppState } from '../../store/index.ts';
import { setAttributeIfChanged, setStyleIfChanged, setTextIfChanged } from '../../store/liveWrites.ts';
import { hasFrame } from '../../store/simulationSelectors.ts';
import { KindIcon } from '../KindIcon.tsx';
import type { GroupFlowNode } from '../flowTypes.ts';
import { HANDLE } from '../handles.ts';
import { expandGroup } from '../groupExpansion.ts';
import { formatUtilization, utilizationPaint } from '../utilizationScale.ts';
import { steppedPercent } from '../flowMarkers.ts';
import { nodeFigureHidden } from '../figuresShown.ts';
import './serverGroup.css';

/** Mean and max utilization of the group's servers' cables in the latest frame, or undefined before a run. */
export function groupLoad(state: AppState, linkIds: readonly string[]): { mean: number; max: number } | undefined {
  let sum = 0;
  let max = 0;
  let count = 0;
  for (const id of linkIds) {
    const u = linkUtilization(state, id);
    if (u === undefined) continue;
    sum += u;
    max = Math.max(max, u);
    count++;
  }
  return count === 0 ? undefined : { mean: sum / count, max };
}

/** The bar's width (the mean) and colour (the max) as drawn, in steps (steppedPercent). */
type DrawnBar = { mean?: number; max?: number };

function writeGroupLoad(bar: HTMLElement | null, fill: HTMLElement | null, figures: HTMLElement | null, state: AppState, linkIds: readonly string[], drawn: DrawnBar) {
  const load = groupLoad(state, linkIds);
  if (!bar || !fill || !figures || !load) return;
  const text = `mean ${formatUtilization(load.mean)} · max ${formatUtilization(load.max)}`;
  if (!nodeFigureHidden(figures)) setTextIfChanged(figures, text);
  setAttributeIfChanged(bar, 'aria-valuenow', String(Math.round(load.mean * 100)));
  setAttributeIfChanged(bar, 'aria-valuetext', text);
  // In steps that hold while the loads jitter: each new fill repaints the tiles around it.
  const mean = (drawn.mean = steppedPercent(drawn.mean, load.mean));
  const max = (drawn.max = steppedPercent(drawn.max, load.max));
  setStyleIfChanged(fill, 'width', `${mean}%`);
  setStyleIfChanged(fill, 'background', utilizationPaint(max / 100).colour);
}

/**
 * Alike servers of a large design drawn as one node at the default fit ("48 × Web, 8 GFC each"),
 * with their cables' mean and max utilization in a run. A click (or Enter on its button) shows each server;
 * zooming in far enough shows every group's.
 */
export function ServerGroupNode({ data }: NodeProps<GroupFlowNode>) {
  const live = useAppStore(hasFrame);
  const bar = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  const figures = useRef<HTMLSpanElement>(null);
  const drawn = useRef<DrawnBar>({});
  useLiveWrite((state) => writeGroupLoad(bar.current, fill.current, figures.current, state, data.linkIds, drawn.current), [data.linkIds, live]);
  return (
    <div className="iov-node kind-server kind-server-group">
      <button type="button" className="group-expand nodrag" onClick={() => expandGroup(data.id)} aria-label={`Show the ${data.serverIds.length} servers of ${data.label}`}>
        <div className="node-header">
          <span className="node-icon"><KindIcon kind="server" size={22} /></span>
          <span className="node-title"><span className="node-label">{data.label}</span></span>
        </div>
      </button>
      {live && (
        <div ref={bar} className="group-load" role="meter" aria-label={`Utilization of ${data.label}`} aria-valuemin={0} aria-valuemax={100}>
          <div className="group-load-bar"><div ref={fill} className="group-load-fill" /></div>
          <span ref={figures} className="group-load-figures" />
        </div>
      )}
      <Handle type="source" id={HANDLE.pcieOut} position={Position.Bottom} className="pcie-handle" isConnectable={false} />
      <Handle type="source" id={HANDLE.fabricOut} position={Position.Bottom} className="fabric-handle" isConnectable={false} />
    </div>
  );
}
