/**
 * A script run in the page before React loads (Playwright's addInitScript): a stand-in for React
 * DevTools' global hook, which React DOM (production builds included) calls at every commit of
 * every root. It counts them in window.reactCommits: a render counter that needs no change to the
 * app. A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
 */
export const COMMIT_COUNTER = `
window.reactCommits = 0;
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, isDisabled: false, renderers: new Map(),
  inject: function () { return 1; },
  checkDCE: function () {},
  onScheduleFiberRoot: function () {},
  onCommitFiberRoot: function () { window.reactCommits++; },
  onPostCommitFiberRoot: function () {},
  onCommitFiberUnmount: function () {},
};`;
