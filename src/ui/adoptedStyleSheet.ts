/**
 * A stylesheet built at run time and adopted by the document (`document.adoptedStyleSheets`),
 * for styles that depend on data: the Content-Security-Policy refuses injected <style> elements
 * (no 'unsafe-inline'), while constructed stylesheets are part of the CSSOM, which it allows.
 */
export type AdoptedStyleSheet = {
  /** Replaces the sheet's rules. */
  replace(css: string): void;
  /** Takes the sheet off the document. */
  remove(): void;
};

export function adoptStyleSheet(css: string): AdoptedStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    replace: (next) => sheet.replaceSync(next),
    remove: () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
