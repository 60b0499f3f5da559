import type { SimulationResult } from '../../sim/index.ts';
import { StageTable } from './StageTable.tsx';
import { dedicatedRows, poolRows } from './summaryRows.ts';

/** Dedicated adapters past this many port stages start folded: a classic rack has 32. */
const FOLD_AFTER = 6;

/** Per pool, and per dedicated adapter, class and direction: the analytic estimate beside the simulated value. */
export function PoolSummary({ result, labels }: { result: SimulationResult; labels: ReadonlyMap<string, string> }) {
  const pools = poolRows(result);
  const dedicated = dedicatedRows(result, labels);
  if (pools.length === 0 && dedicated.length === 0) return <p className="inspector-hint">No adapter carried I/O: nothing to estimate.</p>;
  const dedicatedTable = <StageTable caption="Dedicated adapters: mean port response (wait + service)" rows={dedicated} />;
  return (
    <>
      {pools.length > 0 && <StageTable caption="Switch pools: mean port response (wait + service)" rows={pools} />}
      {dedicated.length > FOLD_AFTER ? (
        <details className="sim-details">
          <summary>Dedicated adapters: {dedicated.length} port stages</summary>
          {dedicatedTable}
        </details>
      ) : dedicated.length > 0 && dedicatedTable}
    </>
  );
}
