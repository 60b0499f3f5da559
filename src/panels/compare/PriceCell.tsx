import { useId } from 'react';
import { useDraftField } from '../../ui/useDraftField.ts';

type PriceCellProps = { label: string; value: number | undefined; estimate: number; unit: string; disabled: boolean; commit(text: string): string | undefined };

/**
 * One figure of the price table: applied on Enter or leaving the field; the estimate shows as the
 * placeholder, a reset button beside a figure of the design's own; a refused figure stays with its reason.
 */
export function PriceCell({ label, value, estimate, unit, disabled, commit }: PriceCellProps) {
  const id = useId();
  const shown = value === undefined ? '' : String(value);
  const { draft, problem, setDraft, apply, onKeyDown } = useDraftField(shown, commit);
  return (
    <div className={`price-cell${problem ? ' has-problem' : ''}${value !== undefined ? ' is-own' : ''}`}>
      <input
        id={id} type="text" inputMode="decimal" autoComplete="off" aria-label={`${label} (${unit})`} disabled={disabled}
        value={draft ?? shown} placeholder={estimate.toLocaleString('en-US')} data-dirty={draft !== null || undefined}
        aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : `${id}-estimate`}
        onChange={(event) => setDraft(event.target.value)} onBlur={() => apply()} onKeyDown={onKeyDown}
      />
      <span id={`${id}-estimate`} className="visually-hidden">Catalog estimate {estimate.toLocaleString('en-US')} {unit}</span>
      {value !== undefined && !disabled && (
        <button type="button" className="link-button" aria-label={`Reset ${label.toLowerCase()} to the estimate`} title={`Back to the estimate (${estimate.toLocaleString('en-US')})`} onClick={() => apply('')}>
          Reset
        </button>
      )}
      {problem && <p id={`${id}-problem`} className="field-problem" role="alert">{problem}</p>}
    </div>
  );
}
