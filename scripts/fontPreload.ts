// The welcome's font, asked for with the page. A newcomer's first paint (index.html's welcome)
// waits for Inter (welcome.css, font-display block: no reflow, no later larger paint), and a font
// is found only once the stylesheet is parsed and the page laid out: a round trip after the
// stylesheet's, on a slow phone network the largest paint's last wait (Lighthouse). Preloaded, it
// comes beside the stylesheet.
import type { Plugin } from 'vite';

/** The weights index.html's welcome draws in (welcome.css): its words, its title and choices, its heading. */
const WELCOME_FONT = /(^|\/)inter-latin-(400|600|700)-normal-[\w-]+\.woff2$/;

/** The preload links of the built font files `fileNames` the welcome uses, in weight order. */
export function welcomeFontPreloads(fileNames: readonly string[], base: string) {
  return fileNames
    .filter((name) => WELCOME_FONT.test(name))
    .toSorted()
    .map((name) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${name}` }, injectTo: 'head' as const }));
}

/** Adds the preloads to the app's page (not the self-check pages) of a build; the dev server has none. */
export function fontPreloadPlugin(base: string): Plugin {
  return {
    name: 'iov-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => (context.path.endsWith('/index.html') && context.bundle ? welcomeFontPreloads(Object.keys(context.bundle), base) : []),
    },
  };
}
