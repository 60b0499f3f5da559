import { COMPARED_SIDES, type ComparisonRun } from '../../store/comparisonSlice.ts';
import { COMPARISON_WORDS } from './comparisonWords.ts';

/** Both runs' progress while they go on side by side, and a way to stop them. */
export function CompareProgress({ run, onCancel }: { run: ComparisonRun; onCancel(): void }) {
  return (
    <section className="compare-progress no-print" aria-label="Simulating both designs">
      {COMPARED_SIDES.map((side) => {
        const percent = Math.round(run.progress[side] * 100);
        const words = COMPARISON_WORDS[run.kind];
        return (
          <label key={side} className="compare-progress-row">
            <span>{words.sides[side]}</span>
            <progress max={100} value={percent} aria-label={`Simulating ${words.designs[side]}`} />
            <span className="sim-progress-value">{percent} %</span>
          </label>
        );
      })}
      <p className="inspector-hint">Both designs run with seed {run.seed} for {run.duration} s of simulated time, in two workers; the page stays usable.</p>
      <button type="button" className="button" onClick={onCancel}>Cancel</button>
    </section>
  );
}
