import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { selectFindingCounts } from '../store/index.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The findings in the toolbar, counted by severity; pressing it opens the findings list. */
export function FindingCounts({ narrow }: { narrow: boolean }) {
  const store = useAppStoreApi();
  const counts = useAppStore(selectFindingCounts);
  const name = `Findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  const open = () => store.getState().showFindings(narrow);
  return (
    <button type="button" className="finding-counts" aria-label={name} title={name} onClick={open}>
      <span className={`count-chip finding-error${counts.error === 0 ? ' is-zero' : ''}`} aria-hidden="true">! {counts.error}</span>
      <span className={`count-chip finding-warning${counts.warning === 0 ? ' is-zero' : ''}`} aria-hidden="true">▲ {counts.warning}</span>
      <span className={`count-chip finding-info${counts.info === 0 ? ' is-zero' : ''}`} aria-hidden="true">i {counts.info}</span>
    </button>
  );
}
