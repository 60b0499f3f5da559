import { catalog, NODE_KINDS, type Topology } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { TextField } from '../ui/Field.tsx';
import { useTouchScreen } from '../ui/useTouchScreen.ts';

/** With nothing selected: the design's name, what it holds, and how to begin. */
export function DesignSummary({ document }: { document: Topology }) {
  const store = useAppStoreApi();
  const touch = useTouchScreen();
  const counts = NODE_KINDS.map((kind) => [kind, document.nodes.filter((n) => n.kind === kind).length] as const).filter(([, n]) => n > 0);
  return (
    <>
      <TextField
        label="Design name" value={document.name}
        commit={(text) => { const result = store.getState().renameDesign(text, { quiet: true }); return result.ok ? undefined : result.reason; }}
      />
      <dl className="summary-list">
        {counts.map(([kind, n]) => <div key={kind}><dt>{catalog[kind].name}</dt><dd>{n}</dd></div>)}
        <div><dt>Cables</dt><dd>{document.links.length}</dd></div>
      </dl>
      <p className="inspector-hint">
        {hint(document.nodes.length === 0, touch)}
      </p>
    </>
  );
}

/** How to begin, or how to select: by touch, what a finger does; otherwise the keys and the mouse. */
function hint(empty: boolean, touch: boolean): string {
  if (touch) return empty ? 'Tap Add to put parts in the design. Then cable them by dragging from a port.' : 'Tap a part or a cable to edit it.';
  return empty
    ? 'Drag parts from the palette, or focus one and press Enter. Then cable them by dragging from a port.'
    : 'Select a part or a cable to edit it. Ctrl+click or Shift+drag selects several.';
}
