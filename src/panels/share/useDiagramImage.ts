import { useEffect, useState } from 'react';
import { renderDiagramImage, type DiagramImage, type ImageBackground, type ImageFormat, type PngScale } from '../../share/imageExport.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { liveFiguresNow } from '../../store/liveFigures.ts';
import { diagramFontFaces } from './diagramFonts.ts';

export type ImageState = { status: 'rendering' } | { status: 'ready'; image: DiagramImage } | { status: 'failed'; message: string };
export type ImageOptions = { format: ImageFormat; background: ImageBackground; theme: 'light' | 'dark'; scale: PngScale; selectionOnly: boolean };

/**
 * The diagram drawn as an image (src/diagram/svg, then a canvas for a PNG), again whenever the
 * options change: the design, the selection and the run's frame as they are when the dialog opens.
 */
export function useDiagramImage(options: ImageOptions): ImageState {
  const store = useAppStoreApi();
  const { format, background, theme, scale, selectionOnly } = options;
  const key = `${format}/${background}/${theme}/${scale}/${selectionOnly}`;
  const [done, setDone] = useState<{ key: string; state: ImageState } | null>(null);
  useEffect(() => {
    let current = true;
    let url: string | undefined;
    const state = store.getState();
    const live = liveFiguresNow(state);
    const request = {
      format, background, theme, scale, exportedAt: new Date(), fontFaces: diagramFontFaces,
      ...(live ? { live } : {}), ...(selectionOnly ? { only: new Set(state.selected) } : {}),
    };
    renderDiagramImage(state.document, request).then(
      (image) => {
        url = image.url;
        if (current) setDone({ key, state: { status: 'ready', image } });
        else URL.revokeObjectURL(image.url);
      },
      (error: unknown) => current && setDone({ key, state: { status: 'failed', message: error instanceof Error ? error.message : 'the browser could not draw it.' } }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [key, format, background, theme, scale, selectionOnly, store]);
  return done?.key === key ? done.state : { status: 'rendering' };
}
