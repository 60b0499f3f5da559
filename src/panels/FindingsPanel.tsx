import { SEVERITIES, type Severity } from '../model/index.ts';
import { selectFindings } from '../store/index.ts';
import { useAppStore } from '../store/hooks.ts';
import { FindingButton } from './FindingButton.tsx';

export const SEVERITY_TITLES: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/**
 * The design rules' findings, live: grouped by severity, errors first. Each says what to do;
 * clicking one selects what it is about and frames it on the canvas.
 */
export function FindingsPanel() {
  const findings = useAppStore(selectFindings);
  if (findings.length === 0) {
    return <p className="findings-empty">No findings: the design passes every rule.</p>;
  }
  return (
    <div className="findings">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-label={`${SEVERITY_TITLES[severity]} (${group.length})`}>
            <h3 className={`findings-heading finding-text-${severity}`}>{SEVERITY_TITLES[severity]} <span className="count">{group.length}</span></h3>
            <ul className="finding-list">
              {group.map((finding) => <li key={`${finding.rule}:${finding.message}`}><FindingButton finding={finding} /></li>)}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
