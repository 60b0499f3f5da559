import { useState, type KeyboardEvent } from 'react';

/**
 * The text being typed in a field that applies on Enter or when it loses the focus. A refused text
 * stays with its reason (`problem`); Escape puts the value back (and goes no further, so a dialog
 * around the field stays open). `commit` answers why not when the text cannot be applied. `onDone`,
 * when given, runs after Enter applied the text and after Escape: where the focus goes back to.
 */
export function useDraftField(value: string, commit: (text: string) => string | undefined, onDone?: () => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = () => {
    setDraft(null);
    setProblem(null);
  };
  const apply = (text: string | null = draft): boolean => {
    if (text === null || text === value) {
      reset();
      return true;
    }
    const refusal = commit(text);
    if (refusal) {
      setProblem(refusal);
      return false;
    }
    reset();
    return true;
  };
  // The focus leaves a frame later, once the field has rendered without its draft: leaving at once
  // would blur it with the old draft still in hand and apply the text a second time (two undo steps).
  const done = () => { if (onDone) requestAnimationFrame(onDone); };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && apply()) done();
    if (event.key === 'Escape' && (draft !== null || problem || onDone)) {
      event.preventDefault();
      event.stopPropagation();
      reset();
      done();
    }
  };
  return { draft, problem, setDraft, apply, onKeyDown };
}
