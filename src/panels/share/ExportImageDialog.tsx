import { useState } from 'react';
import { downloadUrl } from '../../share/fileAccess.ts';
import { imageFileName, type ImageBackground, type ImageFormat } from '../../share/imageExport.ts';
import { useAppStore } from '../../store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { formatCount } from './shareLink.ts';
import { useDiagramImage } from './useDiagramImage.ts';
import './share.css';

const FORMATS: readonly { id: ImageFormat; label: string }[] = [
  { id: 'png', label: 'PNG (slides, documents)' },
  { id: 'svg', label: 'SVG (web pages, sharp at any size)' },
];
const BACKGROUNDS: readonly { id: ImageBackground; label: string }[] = [{ id: 'light', label: 'Light' }, { id: 'dark', label: 'Dark' }];

/** The diagram as a PNG or an SVG, on a light or dark background, previewed before it is saved. */
export function ExportImageDialog({ onClose }: { onClose(): void }) {
  const topology = useAppStore((s) => s.document);
  const [format, setFormat] = useState<ImageFormat>('png');
  const theme = useAppStore((s) => s.theme);
  // The background the person is looking at, to begin with.
  const [background, setBackground] = useState<ImageBackground>(() => (theme === 'system' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : theme));
  const state = useDiagramImage(format, background);
  const name = imageFileName(topology, format, background);
  return (
    <Dialog title="Export image" onClose={onClose} wide>
      <div className="export-options">
        <Choice<ImageFormat> legend="Format" name="format" options={FORMATS} value={format} onChange={setFormat} />
        <Choice<ImageBackground> legend="Background" name="background" options={BACKGROUNDS} value={background} onChange={setBackground} />
      </div>
      <div className="export-preview" aria-busy={state.status === 'rendering'}>
        {state.status === 'ready' && <img src={state.image.dataUrl} alt={`Preview of ${name}`} />}
        {state.status === 'rendering' && <span role="status">Drawing the image…</span>}
        {state.status === 'failed' && <span role="alert">The image could not be made: {state.message}</span>}
      </div>
      <p className="export-size">
        {state.status === 'ready' ? `${formatCount(state.image.width)} × ${formatCount(state.image.height)} pixels${format === 'png' ? ' (drawn at twice that for sharp slides)' : ''}` : ' '}
      </p>
      <div className="dialog-footer">
        <button
          type="button" className="button button-primary" data-autofocus disabled={state.status !== 'ready'}
          onClick={() => { if (state.status === 'ready') downloadUrl(state.image.dataUrl, name); }}
        >
          Download {name}
        </button>
      </div>
    </Dialog>
  );
}

type ChoiceProps<T extends string> = { legend: string; name: string; options: readonly { id: T; label: string }[]; value: T; onChange(value: T): void };

function Choice<T extends string>({ legend, name, options, value, onChange }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id}>
          <input type="radio" name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
