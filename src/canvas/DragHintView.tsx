import { useStore } from 'zustand';
import { dragFeedback } from './dragFeedback.ts';

const selectHint = (s: typeof dragFeedback extends { getState(): infer S } ? S : never) => s.hint;

/**
 * The hint beside the pointer during a drag: what releasing would do, or the model's reason why it
 * cannot. Announced politely, so a screen reader user dragging hears the reason as well.
 */
export function DragHintView() {
  const hint = useStore(dragFeedback, selectHint);
  return (
    <div className="drag-hint-live" role="status" aria-live="polite">
      {hint && (
        <div className={`drag-hint tone-${hint.tone}`} style={{ transform: `translate(${hint.x + 16}px, ${hint.y + 18}px)` }}>
          {hint.text}
        </div>
      )}
    </div>
  );
}
