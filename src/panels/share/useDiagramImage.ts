import { getNodesBounds, useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { renderDiagramImage, type DiagramImage, type ImageBackground, type ImageFormat } from '../../share/imageExport.ts';

export type ImageState = { status: 'rendering' } | { status: 'ready'; image: DiagramImage } | { status: 'failed'; message: string };

/**
 * The diagram rendered as an image, again whenever the options change. One render at a time: each
 * briefly repaints the canvas in the chosen scheme, and two at once would mix them.
 */
export function useDiagramImage(format: ImageFormat, background: ImageBackground): ImageState {
  const { getNodes } = useReactFlow();
  const key = `${format}/${background}`;
  // The state of the options it was made for: other options mean "rendering" until theirs is done.
  const [done, setDone] = useState<{ key: string; state: ImageState } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    let current = true;
    const render = async () => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const nodes = getNodes();
      if (!viewport || nodes.length === 0) throw new Error('the design is empty: add something to the canvas first.');
      return renderDiagramImage(viewport, getNodesBounds(nodes), format, background);
    };
    const next = queue.current.then(() => (current ? render() : undefined));
    queue.current = next.catch(() => undefined);
    next.then(
      (image) => current && image && setDone({ key, state: { status: 'ready', image } }),
      (error: unknown) => current && setDone({ key, state: { status: 'failed', message: error instanceof Error ? error.message : 'the browser could not draw it.' } }),
    );
    return () => {
      current = false;
    };
  }, [key, format, background, getNodes]);
  return done?.key === key ? done.state : { status: 'rendering' };
}
