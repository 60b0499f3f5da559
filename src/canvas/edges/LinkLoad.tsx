import { EdgeLabelRenderer, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { LinkKind } from '../../model/index.ts';
import { faultTargetName } from '../../store/faultTarget.ts';
import { hasFrame, isLinkDownNow, linkUtilization } from '../../store/simulationSelectors.ts';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import type { AppState } from '../../store/index.ts';
import { setAttributeIfChanged, setStyleIfChanged, setTextIfChanged } from '../../store/liveWrites.ts';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion.ts';
import { setMarkerTrack } from '../flowMarkerTracks.ts';
import { cableLoad } from '../cableLoad.ts';
import { smallFigureHidden } from '../figuresShown.ts';
import { loadWidth, markerPeriod, markerRate, roundUtilization, steppedPercent, strokeStep } from '../flowMarkers.ts';
import { formatUtilization, utilizationPaint } from '../utilizationScale.ts';
import { loadLabelId } from '../labelPlacements.ts';
import { useLabelPlacement } from '../useLabelPlacement.ts';
import '../simulationOverlay.css';

const selectDocument = (s: AppState) => s.document;
const selectStep = (s: { transform: [number, number, number] }) => strokeStep(s.transform[2]);

/** A bundle of cables (semantic zoom): its label ("48 × PCIe Gen3 x8") and its cables. */
type Bundle = { label: string; members: readonly string[] };
type LinkLoadProps = { id: string; kind: LinkKind; path: string; bundle?: Bundle | undefined };
/** The elements drawn, and the load their stroke shows (steppedPercent), kept between frames. */
type Drawn = { line: SVGPathElement | null; label: HTMLElement | null; shown: { percent?: number } };
type Cable = Omit<LinkLoadProps, 'bundle'> & { members: readonly string[] | undefined; failed: boolean; reduced: boolean; step: number };

/** A cable's colour, width, figure and markers for the run's latest frame, written without a render. */
function writeLinkLoad({ line, label, shown }: Drawn, state: AppState, cable: Cable) {
  const load = cableLoad(state, cable.id, cable.members);
  const utilization = roundUtilization(load?.utilization);
  if (!load || utilization === undefined) return;
  // Colour and width in steps that hold while the load jitters; the figure is exact.
  const drawn = (shown.percent = steppedPercent(shown.percent, utilization, cable.step));
  const paint = utilizationPaint(drawn / 100);
  const width = loadWidth(drawn / 100);
  const period = markerPeriod(markerRate(load.throughput / 1e6));
  const moving = !cable.reduced && !cable.failed && period > 0;
  // The marker layer draws every cable's markers in one loop; this cable says what it carries.
  setMarkerTrack(cable.id, moving ? { kind: cable.kind, path: cable.path, period, size: width + 4 } : null);
  // Down, the CSS of `.is-failed` draws it: no colour of a load over it.
  const colour = cable.failed ? '' : paint.colour;
  if (line) {
    setStyleIfChanged(line, 'stroke', colour);
    const stroke = cable.failed ? '' : `${width}px`;
    setStyleIfChanged(line, 'stroke-width', stroke);
  }
  if (label && !smallFigureHidden(label)) {
    const percent = formatUtilization(utilization);
    setTextIfChanged(label, cable.failed ? '✕ Down' : percent);
    setAttributeIfChanged(label, 'aria-valuenow', cable.failed ? '0' : String(Math.round(utilization * 100)));
    setAttributeIfChanged(label, 'aria-valuetext', cable.failed ? 'down: failed' : percent);
    setStyleIfChanged(label, 'background', colour);
    const text = cable.failed ? '' : paint.text;
    setStyleIfChanged(label, 'color', text);
  }
}

/**
 * A cable's live load over its drawing: coloured and widened by utilization, with the percentage at
 * its middle and markers moving at a rate that follows its throughput (■ storage, ● network). With
 * reduced motion, or once failed, no markers. Nothing without a run. React draws the path and the
 * figure when the run's first frame comes, or the cable goes down; each frame's colour, width,
 * figure and markers are written by the live layer (store/liveWrites.ts), with no render.
 */
export function LinkLoad({ id, kind, path, bundle }: LinkLoadProps) {
  const place = useLabelPlacement(loadLabelId(id));
  const members = bundle?.members;
  const shown = useAppStore((s) => (members ? hasFrame(s) : linkUtilization(s, id) !== undefined));
  const failed = useAppStore((s) => !members && isLinkDownNow(s, id));
  // Named from the document when it changes, not at each store update: a search of the cables
  // for every cable at every frame of a run showed on a 1,000-server design's profile.
  const document = useAppStore(selectDocument);
  const name = useMemo(() => (bundle ? `the busiest of ${bundle.label}` : faultTargetName(document, id)), [bundle, document, id]);
  const reduced = usePrefersReducedMotion();
  const step = useStore(selectStep);
  const line = useRef<SVGPathElement>(null);
  const label = useRef<HTMLDivElement>(null);
  const drawnStroke = useRef<{ percent?: number }>({});
  const placed = place !== null && place !== undefined;
  useLiveWrite((state) => writeLinkLoad({ line: line.current, label: label.current, shown: drawnStroke.current }, state, { id, kind, path, members, failed, reduced, step }), [id, kind, path, members, failed, reduced, step, shown, placed]);
  useEffect(() => () => setMarkerTrack(id, null), [id]);
  useEffect(() => {
    if (!shown) setMarkerTrack(id, null);
  }, [id, shown]);
  if (!shown) return null;
  return (
    <>
      <path ref={line} d={path} className={`link-load link-load-${kind}${failed ? ' is-failed' : ''}`} />
      {place && <EdgeLabelRenderer>
        <div
          ref={label} className={`link-load-label${failed ? ' is-failed' : ''}`} role="meter" aria-label={`Utilization of ${name}`}
          aria-valuemin={0} aria-valuemax={100}
          style={{ transform: `translate(-50%, -50%) translate(${place.x}px, ${place.y}px)` }}
        />
      </EdgeLabelRenderer>}
    </>
  );
}
