import { useStore } from '@xyflow/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { detailLevel, smallestLegibleText, summaryZoom } from './levelOfDetail.ts';

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
  const level = detailLevel(zoom, smallestLegibleText(width));
  const scale = level === 'summary' ? summaryZoom(zoom) : 1;
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const flow = marker.current?.closest<HTMLElement>('.react-flow');
    if (!flow) return;
    flow.setAttribute('data-detail', level);
    flow.style.setProperty('--lod-zoom', String(scale));
  }, [level, scale]);
  return <span ref={marker} hidden />;
}
