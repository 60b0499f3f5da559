// The theme chosen in this browser, on <html> before the first paint: the page's frame is drawn
// from index.html before the app's script has arrived, and a dark choice must not flash light.
// A plain script (no module, no inline code: the Content-Security-Policy allows only files of the
// site). The key and the values are src/useTheme.ts's.
try {
  var choice = localStorage.getItem('iov-studio:theme');
  if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
} catch (refused) {
  // Storage refused (a private mode): the system's theme, as the app itself does then.
}
