import type { Finding } from '../model/index.ts';
import { FindingButton } from './FindingButton.tsx';

/** The findings about the selected elements, in the inspector, where the person is looking. */
export function ElementFindings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="inspector-section" aria-label="Findings about the selection">
      <h3>Findings</h3>
      <ul className="finding-list">
        {findings.map((finding) => <li key={`${finding.rule}:${finding.message}`}><FindingButton finding={finding} /></li>)}
      </ul>
    </section>
  );
}
