import { useState, type KeyboardEvent } from 'react';

/**
 * The text being typed in a field that applies on Enter or when it loses the focus. A refused text
 * stays with its reason (`problem`); Escape puts the value back (and goes no further, so a dialog
 * around the field stays open). `commit` answers why not when the text cannot be applied.
 */
export function useDraftField(value: string, commit: (text: string) => string | undefined) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = () => {
    setDraft(null);
    setProblem(null);
  };
  const apply = (text: string | null = draft) => {
    if (text === null || text === value) return reset();
    const refusal = commit(text);
    if (refusal) return setProblem(refusal);
    reset();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') apply();
    if (event.key === 'Escape' && (draft !== null || problem)) {
      event.preventDefault();
      event.stopPropagation();
      reset();
    }
  };
  return { draft, problem, setDraft, apply, onKeyDown };
}
