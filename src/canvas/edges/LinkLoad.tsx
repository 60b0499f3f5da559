import { EdgeLabelRenderer } from '@xyflow/react';
import { useEffect } from 'react';
import type { LinkKind } from '../../model/index.ts';
import { faultTargetName } from '../../store/faultTarget.ts';
import { isLinkDownNow, linkUtilization } from '../../store/simulationSelectors.ts';
import { useAppStore } from '../../store/hooks.ts';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion.ts';
import { setMarkerTrack } from '../flowMarkerTracks.ts';
import { linkCapacities } from '../linkCapacity.ts';
import { loadWidth, markerPeriod, markerRate, roundUtilization } from '../flowMarkers.ts';
import { formatUtilization, utilizationPaint } from '../utilizationScale.ts';
import { loadLabelId } from '../labelPlacements.ts';
import { useLabelPlacement } from '../useLabelPlacement.ts';
import '../simulationOverlay.css';

type LinkLoadProps = { id: string; kind: LinkKind; path: string };

/**
 * A cable's live load over its drawing: coloured and widened by utilization, with the percentage at
 * its middle and markers moving at a rate that follows its throughput (■ storage, ● network). With
 * reduced motion, or once failed, no markers. Nothing without a run.
 */
export function LinkLoad({ id, kind, path }: LinkLoadProps) {
  const place = useLabelPlacement(loadLabelId(id));
  const utilization = useAppStore((s) => roundUtilization(linkUtilization(s, id)));
  const failed = useAppStore((s) => isLinkDownNow(s, id));
  const capacity = useAppStore((s) => linkCapacities(s.simulation.runDocument ?? s.document).get(id) ?? 0);
  const name = useAppStore((s) => faultTargetName(s.document, id));
  const reduced = usePrefersReducedMotion();
  const paint = utilizationPaint(utilization ?? 0);
  const width = loadWidth(utilization ?? 0);
  const period = markerPeriod(markerRate(((utilization ?? 0) * capacity) / 1e6));
  const showMarkers = utilization !== undefined && !reduced && !failed && period > 0;
  // The marker layer draws every cable's markers in one loop; this cable says what it carries.
  useEffect(() => {
    setMarkerTrack(id, showMarkers ? { kind, path, period, size: width + 4 } : null);
  }, [id, kind, path, period, width, showMarkers]);
  useEffect(() => () => setMarkerTrack(id, null), [id]);
  if (utilization === undefined) return null;
  return (
    <>
      <path
        d={path} className={`link-load link-load-${kind}${failed ? ' is-failed' : ''}`}
        style={failed ? undefined : { stroke: paint.colour, strokeWidth: width }}
      />
      {place && <EdgeLabelRenderer>
        <div
          className={`link-load-label${failed ? ' is-failed' : ''}`} role="meter" aria-label={`Utilization of ${name}`}
          aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(utilization * 100)}
          aria-valuetext={failed ? 'down: failed' : formatUtilization(utilization)}
          style={{ transform: `translate(-50%, -50%) translate(${place.x}px, ${place.y}px)`, ...(failed ? {} : { background: paint.colour, color: paint.text }) }}
        >
          {failed ? '✕ Down' : formatUtilization(utilization)}
        </div>
      </EdgeLabelRenderer>}
    </>
  );
}
