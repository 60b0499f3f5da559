import type { Finding } from '../model/index.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { shownFinding, subjectLabels } from '../store/index.ts';
import { useAppStore } from '../store/hooks.ts';
import './findings.css';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * A finding: pressing it selects every element it concerns, which the canvas outlines, and frames
 * them; pressing it again lets them go. A grouped finding names its elements under the message.
 */
export function FindingButton({ finding }: { finding: Finding }) {
  const { store, view } = useCommandContext();
  const shown = useAppStore((s) => shownFinding(s) === finding);
  const names = useAppStore((s) => subjectLabels(s.document, finding));
  const ids = [...finding.nodeIds, ...finding.linkIds];
  const toggle = () => {
    if (shown) return store.getState().clearSelection();
    store.getState().select(ids);
    view.frame(ids);
  };
  return (
    <button type="button" className={`finding finding-row-${finding.severity}`} aria-pressed={shown} onClick={toggle}>
      <span className={`finding-badge finding-${finding.severity}`} aria-hidden="true">{finding.severity === 'error' ? '!' : finding.severity === 'warning' ? '▲' : 'i'}</span>
      <span className="finding-body">
        <span className="visually-hidden">{SEVERITY_WORD[finding.severity]}: </span>
        <span className="finding-message">{finding.message}</span>
        {names && <span className="finding-subjects">{names}</span>}
      </span>
    </button>
  );
}
