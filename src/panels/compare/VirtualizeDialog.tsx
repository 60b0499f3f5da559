import { useId, useMemo, useState } from 'react';
import { virtualizeWithRoom } from '../../model/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { switchChoices, virtualizePreview } from './virtualizePreview.ts';
import './compare.css';

const NEW_SWITCH = '';

/** Pool every server's own adapters in a new IOV switch or a chosen one, seeing first what will change. */
export function VirtualizeDialog({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const document = useAppStore((s) => s.document);
  const choices = useMemo(() => switchChoices(document), [document]);
  const [choice, setChoice] = useState(NEW_SWITCH);
  const switchId = choice === NEW_SWITCH ? undefined : choice;
  const preview = useMemo(() => virtualizePreview(document, switchId), [document, switchId]);
  const previewId = useId();
  const apply = () => {
    const result = store.getState().applyOperation((t) => virtualizeWithRoom(t, switchId));
    if (!result.ok) return;
    onClose();
    store.getState().notify('info', 'The servers now share a pool of adapters in the IOV switch. Undo gives them their own adapters back.');
  };
  return (
    <Dialog title="Virtualize the design" onClose={onClose}>
      <div className="transform-dialog">
        <p className="inspector-hint">Every server’s own HBAs and NICs give way to a shared pool in an IOV switch, and each server is cabled to it once over PCIe.</p>
        <fieldset className="choice-list">
          <legend>Pool the adapters in</legend>
          <label>
            <input type="radio" name="virtualize-switch" checked={choice === NEW_SWITCH} onChange={() => setChoice(NEW_SWITCH)} data-autofocus />
            <span>A new IOV switch</span>
          </label>
          {choices.map((sw) => (
            <label key={sw.id}>
              <input type="radio" name="virtualize-switch" checked={choice === sw.id} onChange={() => setChoice(sw.id)} />
              <span>{sw.label} ({sw.id}) <span className="field-unit">{sw.free} free server port{sw.free === 1 ? '' : 's'}</span></span>
            </label>
          ))}
        </fieldset>
        <section id={previewId} aria-label="What will change" className={preview.ok ? 'preview' : 'preview is-problem'}>
          {preview.ok ? <ul>{preview.lines.map((line) => <li key={line}>{line}</li>)}</ul> : <p role="alert">{preview.reason}</p>}
        </section>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="button" className="button button-primary" disabled={!preview.ok} aria-describedby={previewId} onClick={apply}>Virtualize</button>
        </div>
      </div>
    </Dialog>
  );
}
