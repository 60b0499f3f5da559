import type { ComparisonRun } from '../../store/comparisonSlice.ts';

/** Both runs' progress while they go on side by side, and a way to stop them. */
export function CompareProgress({ run, onCancel }: { run: ComparisonRun; onCancel(): void }) {
  return (
    <section className="compare-progress no-print" aria-label="Simulating both designs">
      {(['dedicated', 'virtualized'] as const).map((side) => {
        const percent = Math.round(run.progress[side] * 100);
        return (
          <label key={side} className="compare-progress-row">
            <span>{side === 'dedicated' ? 'Dedicated' : 'Virtualized'}</span>
            <progress max={100} value={percent} aria-label={`Simulating the ${side} design`} />
            <span className="sim-progress-value">{percent} %</span>
          </label>
        );
      })}
      <p className="inspector-hint">Both designs run with seed {run.seed} for {run.duration} s of simulated time, in two workers; the page stays usable.</p>
      <button type="button" className="button" onClick={onCancel}>Cancel</button>
    </section>
  );
}
