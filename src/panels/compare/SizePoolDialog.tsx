import { lazy, Suspense, useMemo } from 'react';
import { indexOf, TRAFFIC_CLASSES } from '../../model/index.ts';
import { DEFAULT_REPLICATIONS } from '../../sim/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { SizingRun } from '../../store/sizingSlice.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SizingGoalFields } from './SizingGoalFields.tsx';
import { applyLabel, changesDesign, pooledSwitches, recommendation } from './sizingWords.ts';
import './compare.css';

// recharts is large: its code loads when a sizing first has a chart to show.
const SizingChart = lazy(() => import('./SizingChart.tsx'));

const CLASS_TITLE = { storage: 'Storage pool (HBAs)', network: 'Network pool (NICs)' } as const;

/**
 * Right-size: the smallest pools of HBAs and NICs that meet a p99 per class and a utilization
 * ceiling, with one adapter failed or not. The analytic estimate is the first guess; the
 * simulation (in workers) decides. One click applies the sizes, as one undo step.
 */
export function SizePoolDialog({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const sizing = useAppStore((s) => s.sizing);
  const document = useAppStore((s) => s.document);
  const switches = useMemo(() => pooledSwitches(document), [document]);
  const running = sizing.status === 'running';
  return (
    <Dialog title="Size the pools" onClose={onClose} wide className="size-dialog">
      {switches.length === 0 ? (
        <div className="compare-status" role="status">
          <p>This design has no IOV switch pool to size: its servers have adapters of their own. Virtualize it first, then size the pool it gets.</p>
          <button type="button" className="button button-primary" onClick={() => store.getState().openDialog({ type: 'virtualize' })}>Virtualize the design…</button>
        </div>
      ) : (
        <>
          <p className="inspector-hint">The smallest pools that keep the worst server’s p99 under the target and the pool under the ceiling. Each size is simulated in {DEFAULT_REPLICATIONS} replications of {document.settings.duration} s (seeds derived from the design’s seed, {document.settings.seed}) and accepted only if the upper 99 % bound of its p99 meets the target.</p>
          <SizingGoalFields disabled={running} />
          <div className="dialog-actions">
            {running
              ? <button type="button" className="button" onClick={() => store.getState().cancelSizing()}>Cancel</button>
              : <button type="button" className="button button-primary" onClick={() => store.getState().sizeDesignPools()}>{sizing.status === 'idle' ? 'Size the pools' : 'Size again'}</button>}
          </div>
          <SizingOutcome sizing={sizing} />
        </>
      )}
    </Dialog>
  );
}

function SizingOutcome({ sizing }: { sizing: SizingRun }) {
  const store = useAppStoreApi();
  const document = useAppStore((s) => s.document);
  if (sizing.status === 'running') {
    const fraction = TRAFFIC_CLASSES.reduce((sum, c) => sum + sizing.progress[c], 0) / TRAFFIC_CLASSES.length;
    return (
      <section className="compare-progress" aria-label="Sizing">
        {/* No value until a first size is simulated: how many sizes the search needs is not known in advance. */}
        <progress max={100} value={fraction > 0 ? Math.round(fraction * 100) : undefined} aria-label="Sizing the pools" />
        <p aria-live="polite">{sizing.note ? `Simulated ${sizing.note}` : 'Simulating the first guess of each pool…'}</p>
      </section>
    );
  }
  if (sizing.status === 'failed') return <p className="compare-status is-problem" role="alert">{sizing.error}</p>;
  if (sizing.status === 'cancelled') return <p className="compare-status" role="status">The sizing was cancelled.</p>;
  if (sizing.status !== 'done' || !sizing.source) return null;
  const label = applyLabel(sizing.pools);
  const applied = sizing.applied !== null && sizing.applied === document;
  const stale = sizing.source !== document && !applied;
  const labelOf = (id: string) => indexOf(sizing.source!).node(id)?.label ?? id;
  return (
    <section className="sizing-outcome" aria-label="Recommended sizes">
      {stale && <p className="compare-status is-stale" role="status">The design changed since this sizing: size the pools again before applying.</p>}
      {TRAFFIC_CLASSES.map((cls) => (sizing.pools[cls] ?? []).map((pool) => (
        <div key={`${cls}-${pool.switchId}`} className="sizing-pool">
          <p className="sizing-words">{recommendation(pool, `${CLASS_TITLE[cls]} of ${labelOf(pool.switchId)}`)}</p>
          <Suspense fallback={<p className="inspector-hint">Loading the chart…</p>}>
            <SizingChart pool={pool} title={`${cls === 'storage' ? 'Storage' : 'Network'} p99 (ms) against ${cls === 'storage' ? 'HBAs' : 'NICs'} in the pool of ${labelOf(pool.switchId)}`} />
          </Suspense>
        </div>
      )))}
      {applied ? (
        <p className="compare-status is-ok" role="status">Applied. Undo puts the pools back as they were.</p>
      ) : label ? (
        <div className="dialog-actions">
          {!changesDesign(sizing.pools) && <p className="inspector-hint">The pools already have these sizes.</p>}
          <button type="button" className="button button-primary" disabled={stale || !changesDesign(sizing.pools)} onClick={() => store.getState().applyPoolSizes()}>{label}</button>
        </div>
      ) : null}
    </section>
  );
}
