import type { Finding } from '../model/index.ts';
import { useCommandContext } from '../commands/useCommands.ts';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** A finding: clicking it selects what it is about and shows it on the canvas. */
export function FindingButton({ finding }: { finding: Finding }) {
  const { store, view } = useCommandContext();
  const ids = [...finding.nodeIds, ...finding.linkIds];
  const show = () => {
    store.getState().select(ids);
    view.frame(ids);
  };
  return (
    <button type="button" className={`finding finding-row-${finding.severity}`} onClick={show}>
      <span className={`finding-badge finding-${finding.severity}`} aria-hidden="true">{finding.severity === 'error' ? '!' : finding.severity === 'warning' ? '▲' : 'i'}</span>
      <span className="visually-hidden">{SEVERITY_WORD[finding.severity]}: </span>
      <span className="finding-message">{finding.message}</span>
    </button>
  );
}
