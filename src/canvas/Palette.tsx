import { KindIcon } from './KindIcon.tsx';
import { PALETTE_ITEMS, type PaletteItem } from './paletteItems.ts';
import { usePaletteDrag } from './usePaletteDrag.ts';

/**
 * The six kinds, to drag onto the canvas (an adapter onto a server or a switch), or to press:
 * a click or Enter adds one at the middle of the view and selects it.
 */
export function Palette({ onAdd, onClose }: { onAdd(kind: PaletteItem['kind']): void; onClose?: () => void }) {
  return (
    <aside id="palette" className={`palette${onClose ? ' is-drawer' : ''}`} aria-label="Palette">
      <div className="drawer-header">
        <h2 className="panel-title">Add</h2>
        {onClose && <button type="button" className="icon-button" aria-label="Close the palette" onClick={onClose}>×</button>}
      </div>
      <ul>
        {PALETTE_ITEMS.map((item) => <PaletteButton key={item.kind} item={item} onAdd={onAdd} />)}
      </ul>
      <p className="palette-tip">{onClose ? 'Tap to add in the middle of the view.' : 'Drag onto the canvas, or press Enter to add in the middle.'}</p>
    </aside>
  );
}

function PaletteButton({ item, onAdd }: { item: PaletteItem; onAdd(kind: PaletteItem['kind']): void }) {
  const { onPointerDown, consumeDragClick } = usePaletteDrag(item.kind);
  return (
    <li>
      <button
        type="button" className={`palette-item kind-${item.kind}`} aria-label={`Add ${item.name}`} title={item.hint}
        onPointerDown={onPointerDown} onClick={() => { if (!consumeDragClick()) onAdd(item.kind); }}
      >
        <span className="palette-icon"><KindIcon kind={item.kind} size={24} /></span>
        <span className="palette-text">
          <span className="palette-name">{item.name}</span>
          <span className="palette-hint">{item.hint}</span>
        </span>
      </button>
    </li>
  );
}
