import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../flowTypes.ts';
import { FindingBadge } from '../nodes/FindingBadge.tsx';

/** How a label sits next to the end it names: just outside the handle, along the cable. */
const LABEL_PLACEMENT: Readonly<Record<Position, { dx: number; dy: number; transform: string }>> = {
  [Position.Bottom]: { dx: 0, dy: 10, transform: 'translate(-50%, 0)' },
  [Position.Top]: { dx: 0, dy: -10, transform: 'translate(-50%, -100%)' },
  [Position.Left]: { dx: -14, dy: 0, transform: 'translate(-100%, -50%)' },
  [Position.Right]: { dx: 14, dy: 0, transform: 'translate(0, -50%)' },
};

/**
 * A cable: pcie, fc and ethernet differ by colour and dash (CSS, by the edge's class), and each is
 * labelled at its source end with its rate per direction, where labels of neighbouring cables
 * stay apart (they would pile up where cables converge).
 */
export function LinkEdge({ id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<FlowEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const place = LABEL_PLACEMENT[sourcePosition];
  return (
    <>
      <BaseEdge id={id} path={path} />
      {data && (
        <EdgeLabelRenderer>
          <div
            className={`link-label link-label-${data.kind}`} aria-hidden="true"
            style={{ transform: `${place.transform} translate(${sourceX + place.dx}px, ${sourceY + place.dy}px)` }}
          >
            {data.rate}
            <FindingBadge mark={data.mark} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
