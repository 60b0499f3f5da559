import { useStore } from '@xyflow/react';
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/hooks.ts';
import { dashZoom, detailLevel, smallestDiagramText, summaryTextScale, summaryZoom } from './levelOfDetail.ts';

const selectPresenting = (s: { presenting: boolean }) => s.presenting;

const selectZoom = (s: { transform: [number, number, number] }) => s.transform[2];

function subscribeToResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const windowWidth = () => window.innerWidth;

/**
 * Marks the canvas with its level of detail (levelOfDetail.ts) for levelOfDetail.css: written on
 * React Flow's own element, found from this one inside it, so that zooming re-renders no node.
 */
export function LevelOfDetail() {
  const zoom = useStore(selectZoom);
  const width = useSyncExternalStore(subscribeToResize, windowWidth, () => 1280);
  const presenting = useAppStore(selectPresenting);
  const level = detailLevel(zoom, smallestDiagramText(width, presenting));
  const scale = level === 'summary' ? summaryZoom(zoom) : 1;
  const textScale = summaryTextScale(width, presenting);
  const dashes = level === 'summary' ? dashZoom(zoom) : 1;
  const marker = useRef<HTMLSpanElement>(null);
  // Before the browser paints the zoom it is for: in a passive effect, the first fit of a rack was
  // painted a frame (on a loaded machine, several) with its names sized for the full level of
  // detail, a 64-server rack's at 5 px on a phone.
  useLayoutEffect(() => {
    const flow = marker.current?.closest<HTMLElement>('.react-flow');
    if (!flow) return;
    flow.setAttribute('data-detail', level);
    flow.style.setProperty('--lod-zoom', String(scale));
    flow.style.setProperty('--lod-scale', String(textScale));
    flow.style.setProperty('--dash-zoom', String(dashes));
  }, [level, scale, textScale, dashes]);
  return <span ref={marker} hidden />;
}
