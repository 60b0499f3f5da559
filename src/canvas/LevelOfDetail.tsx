import { useStore } from '@xyflow/react';
import { useEffect, useSyncExternalStore } from 'react';
import { detailLevel, smallestLegibleText, summaryZoom } from './levelOfDetail.ts';

const selectZoom = (s: { transform: [number, number, number] }) => s.transform[2];
const selectDomNode = (s: { domNode: HTMLDivElement | null }) => s.domNode;

function subscribeToResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const windowWidth = () => window.innerWidth;

/**
 * Marks the canvas with its level of detail (levelOfDetail.ts) for canvas.css: written on React
 * Flow's own element, so that zooming re-renders no node.
 */
export function LevelOfDetail() {
  const zoom = useStore(selectZoom);
  const domNode = useStore(selectDomNode);
  const width = useSyncExternalStore(subscribeToResize, windowWidth, () => 1280);
  const level = detailLevel(zoom, smallestLegibleText(width));
  const scale = level === 'summary' ? summaryZoom(zoom) : 1;
  useEffect(() => {
    if (!domNode) return;
    domNode.dataset.detail = level;
    domNode.style.setProperty('--lod-zoom', String(scale));
  }, [domNode, level, scale]);
  return null;
}
