/**
 * index.html draws a newcomer's welcome with the page's first paint (public/first-paint.js marks
 * a newcomer on <html>), so the first thing a newcomer reads does not wait for the app's script.
 * It goes once the app's own dialog has taken its place, or as soon as the app shows anything else
 * there (another dialog, none, a link opened, a crash), never leaving a stand-in over the page.
 */
export function removeWelcomeShell(): void {
  document.querySelector('.welcome-shell')?.remove();
  delete document.documentElement.dataset.welcome;
}
