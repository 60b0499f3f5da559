import { useId, useState } from 'react';
import { segmentText } from '../../curriculum/glossary.ts';

/**
 * A lesson text with its glossary words as buttons: pressing one shows its definition under the
 * text (one at a time), pressing it again hides it.
 */
export function GlossaryText({ text }: { text: string }) {
  const [open, setOpen] = useState<string | null>(null);
  const id = useId();
  const segments = segmentText(text);
  const shown = segments.find((s) => 'term' in s && s.term === open);
  return (
    <>
      <p className="lesson-text">
        {segments.map((segment, i) => ('term' in segment ? (
          <button
            key={i} type="button" className="glossary-term" aria-expanded={open === segment.term} aria-controls={`${id}-definition`}
            onClick={() => setOpen(open === segment.term ? null : segment.term)}
          >
            {segment.text}
          </button>
        ) : <span key={i}>{segment.text}</span>))}
      </p>
      <p id={`${id}-definition`} className="glossary-definition" role="note" hidden={!shown}>
        {shown && 'term' in shown && <><strong>{shown.term}:</strong> {shown.definition}</>}
      </p>
    </>
  );
}
