import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useEffect } from 'react';
import { rateLabelId, setCableLabels } from '../labelPlacements.ts';
import { useLabelPlacement } from '../useLabelPlacement.ts';
import type { FlowEdge } from '../flowTypes.ts';
import { FindingBadge } from '../nodes/FindingBadge.tsx';
import { LinkLoad } from './LinkLoad.tsx';

/**
 * A cable: pcie, fc and ethernet differ by colour and dash (CSS, by the edge's class). Its rate per
 * direction is a label that the placement pass (LabelPlacement.tsx) puts along the cable where it
 * covers no node and no other label, or hides (the rate stays in the cable's accessible name). The
 * label hangs centred from a zero-size anchor by flex alignment rather than by a transform: 250
 * transforms are work for the browser at every frame of a drag on a large design.
 */
export function LinkEdge({ id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<FlowEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const rate = data?.rate;
  useEffect(() => {
    setCableLabels(id, rate === undefined ? null : { path, rate });
  }, [id, path, rate]);
  useEffect(() => () => setCableLabels(id, null), [id]);
  const place = useLabelPlacement(rateLabelId(id));
  return (
    <>
      <BaseEdge id={id} path={path} />
      {data && <LinkLoad id={id} kind={data.kind} path={path} bundle={data.members && { label: data.rate, members: data.members }} />}
      {data && place && (
        <EdgeLabelRenderer>
          <div
            className="link-label-anchor" aria-hidden="true"
            style={{ left: place.x, top: place.y }}
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
