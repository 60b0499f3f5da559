import type { NodeKind } from '../model/index.ts';
import { adoptStyleSheet } from '../ui/adoptedStyleSheet.ts';
import { kindIconStyles } from './kindGlyphs.ts';

// Once, in the task after the first icon module loads (before the page's first render, which
// waits for storage): the icons' images for both themes. Adopted while the start's modules run, the
// sheet (its images are long data URLs) added ~15 ms to that one long task.
if (typeof document !== 'undefined') setTimeout(() => adoptStyleSheet(kindIconStyles()));

/** A kind's line drawing in its accent colour. Decorative: what it belongs to is named. */
export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return <span className={`kind-icon kind-icon-${kind}`} style={{ width: size, height: size }} aria-hidden="true" />;
}
