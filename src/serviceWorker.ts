/**
 * After one visit the app works with no network: a service worker (vite-plugin-pwa, vite.config.ts)
 * precaches every built file. Its first install fetches and stores them all (5.5 MB), and begun at
 * the page's load event it ran beside the start: the page's main thread shared two cores with its
 * fetches and its cache's writes, and a newcomer's start blocked ~1,135 ms by wall time (8 traced
 * starts, median; what Lighthouse's blocking time counts) against ~474 ms with it registered after.
 * It is registered once the page has been quiet a moment instead.
 */
const QUIET_MS = 3000;

export function registerServiceWorkerWhenQuiet(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Not offline-ready this visit (a private mode, a file:// page): the app works as before.
    });
  };
  const later = () => setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: QUIET_MS });
    else register();
  }, QUIET_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
