// What this browser's choices change in the page's first paint, put on <html> before it: the page's
// frame is drawn from index.html before the app's script has arrived. A plain script (no module, no
// inline code: the Content-Security-Policy allows only files of the site).
// - The theme chosen here: a dark choice must not flash light. The key and values are src/useTheme.ts's.
// - A newcomer on a plain address (no link in it) sees the welcome at once, drawn by index.html
//   until the app's own dialog takes its place (src/panels/welcome/welcomeShell.ts); the key is
//   src/store/welcome.ts's. Storage that cannot be read counts as seen, as in the app.
try {
  var choice = localStorage.getItem('iov-studio:theme');
  if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
  if (localStorage.getItem('iov-studio:welcome-dismissed') === null && (location.hash === '' || location.hash === '#')) {
    document.documentElement.dataset.welcome = 'newcomer';
  }
} catch (refused) {
  // Storage refused (a private mode): the system's theme and no welcome, as the app itself does then.
}
