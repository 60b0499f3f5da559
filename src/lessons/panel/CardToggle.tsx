import { Icon } from '../../ui/Icon.tsx';

/** Folds a classroom card down to its heading, to see the design under it, and back. */
export function CardToggle({ open, what, onToggle }: { open: boolean; what: string; onToggle(): void }) {
  return (
    <button
      type="button" className={`icon-button card-toggle${open ? '' : ' is-folded'}`} aria-expanded={open}
      aria-label={open ? `Fold the ${what}` : `Unfold the ${what}`} title={open ? `Fold the ${what} (see the design under it)` : `Unfold the ${what}`}
      onClick={onToggle}
    >
      <Icon name="chevron" />
    </button>
  );
}
