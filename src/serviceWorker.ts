/**
 * After one visit the app works with no network: a service worker (vite-plugin-pwa, vite.config.ts)
 * precaches every built file. Its first install fetches and stores them all (5.5 MB), and begun at
 * the page's load event it ran beside the start: on two cores the start's tasks took 1.6× their
 * wall time with it (the page's main thread shared the processor with its fetches and its
 * cache's writes), the time Lighthouse's blocking time counts. It is registered once the page has
 * been quiet a moment instead.
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
