import type { NodeKind } from '../model/index.ts';
import { KIND_COLOURS, KIND_GLYPHS } from '../diagram/kindGlyphs.ts';

export { KIND_COLOURS, KIND_GLYPHS };

export function glyphUrl(kind: NodeKind, colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${KIND_GLYPHS[kind]}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** The stylesheet that gives each `.kind-icon-<kind>` its image, following the theme as theme.css does. */
export function kindIconStyles(): string {
  const kinds = Object.keys(KIND_GLYPHS) as NodeKind[];
  const variables = (theme: 'light' | 'dark') => kinds.map((kind) => `--icon-${kind}: ${glyphUrl(kind, KIND_COLOURS[kind][theme])};`).join('\n');
  return [
    `:root { ${variables('light')} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { ${variables('dark')} } }`,
    `:root[data-theme='dark'] { ${variables('dark')} }`,
    ...kinds.map((kind) => `.kind-icon-${kind} { background-image: var(--icon-${kind}); }`),
  ].join('\n');
}
