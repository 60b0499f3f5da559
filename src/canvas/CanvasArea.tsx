import { ReactFlowProvider } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import type { CanvasViewHolder } from '../commands/canvasViewHolder.ts';
import { Canvas } from './Canvas.tsx';
import { useCanvasView } from './useCanvasView.ts';

/**
 * The canvas with React Flow's provider: the one part of the editor that needs React Flow (about a
 * third of the page's JavaScript), so App.tsx loads it after the page's frame is drawn. Once drawn,
 * it hands its view to the commands' stand-in (commands/canvasViewHolder.ts).
 */
export function CanvasArea({ colorMode, holder }: { colorMode: 'light' | 'dark' | 'system'; holder: CanvasViewHolder }) {
  return (
    <ReactFlowProvider>
      <ViewHandOver holder={holder} />
      <Canvas colorMode={colorMode} />
    </ReactFlowProvider>
  );
}

function ViewHandOver({ holder }: { holder: CanvasViewHolder }) {
  const view = useCanvasView();
  // Before the canvas's own effects (its first fit) and before the browser paints.
  useLayoutEffect(() => {
    holder.attach(view);
    return () => holder.attach(null);
  }, [holder, view]);
  return null;
}
