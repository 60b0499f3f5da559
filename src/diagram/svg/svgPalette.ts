import { KIND_COLOURS } from '../kindGlyphs.ts';
import type { LinkKind, NodeKind } from '../../model/index.ts';
import type { Theme } from '../utilizationScale.ts';

/**
 * The app's colours (theme.css) as plain values for a drawing: an SVG file has no CSS variables
 * of the app, and light-dark() is not understood by editors. A test keeps them equal to theme.css.
 */
export type SvgPalette = {
  canvas: string;
  surface: string;
  surface2: string;
  text: string;
  muted: string;
  border: string;
  warning: string;
  error: string;
  info: string;
  kind: Readonly<Record<NodeKind, string>>;
  link: Readonly<Record<LinkKind, string>>;
};

const kinds = (theme: Theme) => Object.fromEntries(Object.entries(KIND_COLOURS).map(([kind, c]) => [kind, c[theme]])) as Record<NodeKind, string>;

function palette(theme: Theme, base: Omit<SvgPalette, 'kind' | 'link'>): SvgPalette {
  const kind = kinds(theme);
  return { ...base, kind, link: { pcie: kind['iov-switch'], fc: kind['fc-hba'], ethernet: kind['eth-nic'] } };
}

export const SVG_PALETTES: Readonly<Record<Theme, SvgPalette>> = {
  light: palette('light', {
    canvas: '#f6f8fa', surface: '#ffffff', surface2: '#f2f4f7', text: '#161a20', muted: '#4b5462',
    border: '#cfd5de', warning: '#a16207', error: '#b91c1c', info: '#1d4ed8',
  }),
  dark: palette('dark', {
    canvas: '#11151a', surface: '#1a1f26', surface2: '#222831', text: '#e8ebf0', muted: '#a9b2bf',
    border: '#3a424e', warning: '#facc15', error: '#f87171', info: '#93c5fd',
  }),
};
