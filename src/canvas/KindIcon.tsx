import type { NodeKind } from '../model/index.ts';
import { adoptStyleSheet } from '../ui/adoptedStyleSheet.ts';
import { kindIconStyles } from './kindGlyphs.ts';

// Once, when the first icon module loads: the icons' images for both themes.
if (typeof document !== 'undefined') adoptStyleSheet(kindIconStyles());

/** A kind's line drawing in its accent colour. Decorative: what it belongs to is named. */
export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return <span className={`kind-icon kind-icon-${kind}`} style={{ width: size, height: size }} aria-hidden="true" />;
}
