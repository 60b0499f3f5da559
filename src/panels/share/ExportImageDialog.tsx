import { useState } from 'react';
import { formatBytes } from '../../share/index.ts';
import { downloadUrl } from '../../share/fileAccess.ts';
import { imageFileName, type ImageBackground, type ImageFormat, type PngScale } from '../../share/imageExport.ts';
import { useAppStore } from '../../store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { formatCount } from './shareLink.ts';
import { useDiagramImage } from './useDiagramImage.ts';
import './share.css';

const FORMATS: readonly { id: ImageFormat; label: string }[] = [
  { id: 'png', label: 'PNG (slides, documents)' },
  { id: 'svg', label: 'SVG (web pages, sharp at any size)' },
];
const BACKGROUNDS: readonly { id: ImageBackground; label: string }[] = [
  { id: 'light', label: 'Light' }, { id: 'dark', label: 'Dark' }, { id: 'transparent', label: 'Transparent (this theme\u2019s colours)' },
];
const SCALES: readonly { id: '1' | '2'; label: string }[] = [{ id: '1', label: '1×' }, { id: '2', label: '2× (sharp slides)' }];

/** The diagram as a PNG or an SVG drawing, light, dark or transparent, all or the selection, previewed before it is saved. */
export function ExportImageDialog({ onClose }: { onClose(): void }) {
  const topology = useAppStore((s) => s.document);
  const hasSelection = useAppStore((s) => s.selected.length > 0);
  const [format, setFormat] = useState<ImageFormat>('png');
  const theme = useAppStore((s) => s.theme);
  // The theme the person is looking at: the background to begin with, and a transparent image's colours.
  const [shown] = useState<'light' | 'dark'>(() => (theme === 'system' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : theme));
  const [background, setBackground] = useState<ImageBackground>(shown);
  const [scale, setScale] = useState<PngScale>(2);
  const [selectionOnly, setSelectionOnly] = useState(false);
  const state = useDiagramImage({ format, background, theme: shown, scale, selectionOnly: selectionOnly && hasSelection });
  const name = imageFileName(topology, format, background, scale);
  return (
    <Dialog title="Export image" onClose={onClose} wide>
      <div className="export-options">
        <Choice<ImageFormat> legend="Format" name="format" options={FORMATS} value={format} onChange={setFormat} />
        <Choice<ImageBackground> legend="Background" name="background" options={BACKGROUNDS} value={background} onChange={setBackground} />
        {format === 'png' && <Choice<'1' | '2'> legend="Size" name="scale" options={SCALES} value={scale === 2 ? '2' : '1'} onChange={(v) => setScale(v === '2' ? 2 : 1)} />}
        <label>
          <input type="checkbox" checked={selectionOnly && hasSelection} disabled={!hasSelection} onChange={(e) => setSelectionOnly(e.target.checked)} />
          Selected elements only
        </label>
      </div>
      <div className="export-preview" aria-busy={state.status === 'rendering'}>
        {state.status === 'ready' && <img src={state.image.url} alt={`Preview of ${name}`} />}
        {state.status === 'rendering' && <span role="status">Drawing the image…</span>}
        {state.status === 'failed' && <span role="alert">The image could not be made: {state.message}</span>}
      </div>
      <p className="export-size">
        {state.status === 'ready' ? `${formatCount(state.image.width)} × ${formatCount(state.image.height)} pixels, ${formatBytes(state.image.bytes)}` : ' '}
      </p>
      <div className="dialog-footer">
        <button
          type="button" className="button button-primary" data-autofocus disabled={state.status !== 'ready'}
          onClick={() => { if (state.status === 'ready') downloadUrl(state.image.url, name); }}
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
