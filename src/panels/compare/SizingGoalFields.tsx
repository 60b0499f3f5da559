import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { TextField } from '../../ui/Field.tsx';
import { parseFigure } from './priceRows.ts';

/** A typed figure handed to `apply`, or why it is not one. */
function number(text: string, apply: (v: number) => string | undefined): string | undefined {
  const parsed = parseFigure(text.trim().replace(/\s*(ms|%)$/i, ''));
  if (!parsed.ok || parsed.value === null) return 'Type a number.';
  return apply(parsed.value);
}

/** The right-size target: a p99 per class, a utilization ceiling, and N+1. Refused values stay with their reason. */
export function SizingGoalFields({ disabled }: { disabled: boolean }) {
  const store = useAppStoreApi();
  const goal = useAppStore((s) => s.sizing.goal);
  const set = (change: Parameters<ReturnType<typeof store.getState>['setSizingGoal']>[0]) => {
    const result = store.getState().setSizingGoal(change);
    return result.ok ? undefined : result.reason;
  };
  return (
    <fieldset className="sizing-goal" disabled={disabled}>
      <legend>Target</legend>
      <TextField label="Storage p99" unit="ms" numeric value={String(goal.p99Ms.storage)} commit={(t) => number(t, (v) => set({ p99Ms: { storage: v } }))} />
      <TextField label="Network p99" unit="ms" numeric value={String(goal.p99Ms.network)} commit={(t) => number(t, (v) => set({ p99Ms: { network: v } }))} />
      <TextField label="Utilization ceiling" unit="%" numeric value={String(Math.round(goal.maxUtilization * 1000) / 10)} commit={(t) => number(t, (v) => set({ maxUtilization: v / 100 }))} />
      <label className="sizing-check">
        <input type="checkbox" checked={goal.nPlusOne} onChange={(e) => set({ nPlusOne: e.target.checked })} />
        <span>N+1: meet it with one adapter of each pool failed</span>
      </label>
    </fieldset>
  );
}
