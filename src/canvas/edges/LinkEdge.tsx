import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../flowTypes.ts';
import { FindingBadge } from '../nodes/FindingBadge.tsx';
import { LinkLoad } from './LinkLoad.tsx';

type Placement = { dx: number; dy: number; justifyContent: string; alignItems: string };

/**
 * How a label sits next to the end it names: just outside the handle, along the cable. The label
 * hangs from a zero-size anchor by flex alignment rather than by a transform: 250 transforms are
 * work for the browser at every frame of a drag on a large design.
 */
const LABEL_PLACEMENT: Readonly<Record<Position, Placement>> = {
  [Position.Bottom]: { dx: 0, dy: 10, justifyContent: 'center', alignItems: 'flex-start' },
  [Position.Top]: { dx: 0, dy: -10, justifyContent: 'center', alignItems: 'flex-end' },
  [Position.Left]: { dx: -14, dy: 0, justifyContent: 'flex-end', alignItems: 'center' },
  [Position.Right]: { dx: 14, dy: 0, justifyContent: 'flex-start', alignItems: 'center' },
};

/**
 * A cable: pcie, fc and ethernet differ by colour and dash (CSS, by the edge's class), and each is
 * labelled at its source end with its rate per direction, where labels of neighbouring cables
 * stay apart (they would pile up where cables converge).
 */
export function LinkEdge({ id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const place = LABEL_PLACEMENT[sourcePosition];
  return (
    <>
      <BaseEdge id={id} path={path} />
      {data && <LinkLoad id={id} kind={data.kind} path={path} labelX={labelX} labelY={labelY} />}
      {data && (
        <EdgeLabelRenderer>
          <div
            className="link-label-anchor" aria-hidden="true"
            style={{ left: sourceX + place.dx, top: sourceY + place.dy, justifyContent: place.justifyContent, alignItems: place.alignItems }}
          >
            <div className={`link-label link-label-${data.kind}`}>
              {data.rate}
              <FindingBadge mark={data.mark} />
            </div>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
