import { useId, useState } from 'react';
import { useDraftField } from './useDraftField.ts';

type TextFieldProps = {
  label: string;
  value: string;
  unit?: string;
  /** Shown when the selected elements differ here. */
  placeholder?: string;
  numeric?: boolean;
  /** One sentence on what the field does, under it (and its input's description). */
  help?: string;
  /** Apply the text; answers why not when it cannot be applied, and the value then stays as it was. */
  commit(text: string): string | undefined;
  /** After Enter applied the text, or Escape: where the focus goes back to (none: it stays). */
  onDone?(): void;
};

/**
 * A text field that applies on Enter or when it loses the focus. A refused value stays in the field
 * with the reason under it (aria-invalid, described by the reason); Escape puts the value back.
 */
export function TextField({ label, value, unit, placeholder, numeric = false, help, commit, onDone }: TextFieldProps) {
  const id = useId();
  const { draft, problem, setDraft, apply, onKeyDown } = useDraftField(value, commit, onDone);
  const describedBy = [problem && `${id}-problem`, help && `${id}-help`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}{unit && <span className="field-unit"> ({unit})</span>}</label>
      <input
        id={id} type="text" inputMode={numeric ? 'decimal' : 'text'} autoComplete="off" spellCheck={!numeric}
        value={draft ?? value} placeholder={placeholder} data-dirty={draft !== null || undefined}
        aria-invalid={problem ? true : undefined} aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)} onBlur={() => apply()} onKeyDown={onKeyDown}
      />
      {help && <p id={`${id}-help`} className="field-help">{help}</p>}
      {problem && <p id={`${id}-problem`} className="field-problem" role="alert">{problem}</p>}
    </div>
  );
}

type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The selected elements differ here: the first entry says so. */
  mixed?: boolean;
  help?: string;
  commit(value: string): string | undefined;
};

/** A list of allowed values; applies on change, and says why when the model refuses. */
export function SelectField({ label, value, options, mixed = false, help, commit }: SelectFieldProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const describedBy = [problem && `${id}-problem`, help && `${id}-help`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id} value={mixed ? '' : value} aria-invalid={problem ? true : undefined} aria-describedby={describedBy}
        onChange={(event) => setProblem(commit(event.target.value) ?? null)}
      >
        {mixed && <option value="" disabled>Mixed</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      {help && <p id={`${id}-help`} className="field-help">{help}</p>}
      {problem && <p id={`${id}-problem`} className="field-problem" role="alert">{problem}</p>}
    </div>
  );
}
