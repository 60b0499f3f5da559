import type { FindingMark } from '../flowTypes.ts';

const SYMBOL = { error: '!', warning: '▲', info: 'i' } as const;

/**
 * The badge of an element's worst finding. Decorative: the element's accessible name already
 * says it (findingText.ts), so a screen reader does not hear it twice.
 */
export function FindingBadge({ mark }: { mark: FindingMark | undefined }) {
  if (!mark) return null;
  return (
    <span className={`finding-badge finding-${mark.severity}`} aria-hidden="true">
      {SYMBOL[mark.severity]}
      {mark.count > 1 && <span className="finding-count">{mark.count}</span>}
    </span>
  );
}
