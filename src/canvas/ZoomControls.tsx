import { ControlButton, Panel, useReactFlow } from '@xyflow/react';
import { useRef } from 'react';
import { markFitted, measuredFitPadding } from './overlayRoom.ts';

const ICON = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

/**
 * Zoom in, zoom out, fit the design. React Flow's own <Controls> puts an aria-label on a div with
 * no role (axe: aria-prohibited-attr); this is the same panel with the same styles, as a named group.
 */
export function ZoomControls({ fitViewOptions }: { fitViewOptions: { padding: number } }) {
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  const panel = useRef<HTMLDivElement>(null);
  const fit = () => {
    const padding = measuredFitPadding(panel.current?.closest<HTMLElement>('.react-flow') ?? null);
    markFitted(true, padding);
    void fitView({ ...fitViewOptions, padding: padding ?? fitViewOptions.padding });
  };
  // In a row: a low band along the bottom edge is all a fit must leave free for it.
  return (
    <Panel ref={panel} position="bottom-left" className="react-flow__controls horizontal" role="group" aria-label="Zoom">
      <ControlButton onClick={() => zoomIn()} aria-label="Zoom in" title="Zoom in">
        <svg {...ICON}><path d="M8 2v12M2 8h12" /></svg>
      </ControlButton>
      <ControlButton onClick={() => zoomOut()} aria-label="Zoom out" title="Zoom out">
        <svg {...ICON}><path d="M2 8h12" /></svg>
      </ControlButton>
      <ControlButton onClick={fit} aria-label="Fit the design in view" title="Fit the design in view">
        <svg {...ICON}><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
      </ControlButton>
    </Panel>
  );
}
