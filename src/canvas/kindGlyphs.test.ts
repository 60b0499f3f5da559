import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glyphUrl, KIND_COLOURS, kindIconStyles } from './kindGlyphs.ts';

describe('kind icons', () => {
  it('are drawn in the accent colours of theme.css, light and dark', () => {
    const theme = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
    for (const [kind, { light, dark }] of Object.entries(KIND_COLOURS)) {
      expect(theme, kind).toContain(`--kind-${kind}: light-dark(${light}, ${dark});`);
    }
  });

  it('are images per theme, switched with the theme', () => {
    expect(glyphUrl('san', '#be185d')).toMatch(/^url\("data:image\/svg\+xml,%3Csvg.*stroke%3D%22%23be185d%22/);
    const css = kindIconStyles();
    expect(css).toContain(":root[data-theme='dark'] { --icon-server: url(");
    expect(css).toContain('.kind-icon-lan { background-image: var(--icon-lan); }');
  });
});
