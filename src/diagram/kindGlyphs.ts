import type { NodeKind } from '../model/index.ts';

/** One simple line drawing per kind, 24 × 24, as SVG markup (stroked, no fill). */
export const KIND_GLYPHS: Readonly<Record<NodeKind, string>> = {
  server: '<rect x="3" y="4" width="18" height="7" rx="1.5"/><rect x="3" y="13" width="18" height="7" rx="1.5"/><path d="M7 7.5h.01M7 16.5h.01M11 7.5h6M11 16.5h6"/>',
  'iov-switch': '<rect x="2" y="8" width="20" height="8" rx="2"/><path d="M5 3v5M9.5 3v5M14.5 3v5M19 3v5M8 16v5M16 16v5"/>',
  'fc-hba': '<path d="M3 6h14v11H3zM17 8h3v7h-3M6 17v3M9 17v3M12 17v3"/><circle cx="10" cy="11.5" r="2.5"/>',
  'eth-nic': '<path d="M3 6h14v11H3zM17 8h3v7h-3M6 17v3M9 17v3M12 17v3"/><path d="M7 9h6v5H7zM9 14v-2M11 14v-2"/>',
  san: '<ellipse cx="12" cy="5" rx="8" ry="3"/><path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3"/>',
  lan: '<circle cx="12" cy="5" r="2.5"/><circle cx="5" cy="18" r="2.5"/><circle cx="19" cy="18" r="2.5"/><path d="M10.8 7.2 6.2 15.8M13.2 7.2l4.6 8.6M7.5 18h9"/>',
};

/**
 * The kinds' accent colours, light and dark: the same as --kind-* in theme.css (a test keeps them
 * equal). Icons are images in those colours, because an inline <svg> per node costs the browser
 * a layer of work at every frame of a drag on a large design.
 */
export const KIND_COLOURS: Readonly<Record<NodeKind, { light: string; dark: string }>> = {
  server: { light: '#2563eb', dark: '#60a5fa' },
  'iov-switch': { light: '#7c3aed', dark: '#a78bfa' },
  'fc-hba': { light: '#c2410c', dark: '#fb923c' },
  'eth-nic': { light: '#047857', dark: '#34d399' },
  san: { light: '#be185d', dark: '#f472b6' },
  lan: { light: '#0e7490', dark: '#22d3ee' },
};
