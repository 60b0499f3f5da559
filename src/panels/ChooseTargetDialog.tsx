import { useAppStore } from '../store/hooks.ts';
import { cableChoices, placeChoices, type TargetOption } from '../commands/targets.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { Dialog } from '../ui/Dialog.tsx';

/**
 * "Connect to…" and "Place in…", the keyboard's way to cable and to place: the targets the model
 * allows now, first one focused; choosing one does it. With none, the model's reasons.
 */
export function ChooseTargetDialog({ mode, id, onClose }: { mode: 'connect' | 'place'; id: string; onClose(): void }) {
  const { store, view } = useCommandContext();
  const document = useAppStore((s) => s.document);
  const node = document.nodes.find((n) => n.id === id);
  if (!node) return null;
  const choices = mode === 'connect' ? cableChoices(document, id) : placeChoices(document, id);
  const isAdapter = node.kind === 'fc-hba' || node.kind === 'eth-nic';
  const title = mode === 'connect' ? `Connect ${node.label} to…` : isAdapter ? `Place ${node.label} in…` : `Place an adapter in ${node.label}…`;
  const choose = (option: TargetOption) => {
    const state = store.getState();
    if (mode === 'connect') state.connect(id, option.id);
    else if (option.id === '') state.unplaceAdapter(id, outsideParent(document, id));
    else if (isAdapter) state.placeAdapter(id, option.id);
    else state.placeAdapter(option.id, id);
    onClose();
    // Back to what was connected or placed, where it is drawn now (an adapter placed is a new slot).
    view.focus(id);
  };
  return (
    <Dialog title={title} onClose={onClose}>
      {choices.options.length > 0 && (
        <ul className="choice-list" aria-label={mode === 'connect' ? 'Possible ends' : 'Possible places'}>
          {choices.options.map((option, i) => (
            <li key={option.id || 'out'}>
              <button type="button" className="choice" data-autofocus={i === 0 ? true : undefined} onClick={() => choose(option)}>
                <span className="choice-label">{option.label}</span>
                <span className="choice-detail">{option.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices.reasons.length > 0 && (
        <div className="choice-reasons">
          <h3>{choices.options.length > 0 ? 'Not possible now' : 'Nothing possible now'}</h3>
          <ul>{choices.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
        </div>
      )}
    </Dialog>
  );
}

/** Where an adapter taken out by keyboard lands: just below its parent. */
function outsideParent(document: { nodes: readonly { id: string; position: { x: number; y: number }; parentId?: string }[] }, id: string) {
  const adapter = document.nodes.find((n) => n.id === id);
  const parent = document.nodes.find((n) => n.id === adapter?.parentId);
  return parent ? { x: parent.position.x, y: parent.position.y - 140 } : { x: 0, y: 0 };
}
