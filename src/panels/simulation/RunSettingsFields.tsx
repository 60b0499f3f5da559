import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { TextField } from '../../ui/Field.tsx';

/** Duration and seed: the numbers depend on them, so they are the design's (saved, shared, undoable). */
export function RunSettingsFields() {
  const store = useAppStoreApi();
  const { seed, duration, warmup } = useAppStore((s) => s.document.settings);
  const commit = (change: { seed?: number; duration?: number }) => {
    const result = store.getState().setRunSettings(change, { quiet: true });
    return result.ok ? undefined : result.reason;
  };
  return (
    <fieldset className="field-group">
      <legend>Run</legend>
      <TextField label="Duration" unit="s of simulated time" numeric value={String(duration)} commit={(text) => commit({ duration: Number(text) })} />
      <TextField label="Seed" numeric value={String(seed)} commit={(text) => commit({ seed: text.trim() === '' ? Number.NaN : Number(text) })} />
      <p className="field-help">The first {warmup} s are warm-up, left out of the figures. The same seed gives the same numbers.</p>
    </fieldset>
  );
}
