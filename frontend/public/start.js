// The page's only blocking script, loaded in <head> before anything paints.
// 1. It picks the colour scheme the prerendered first screen is drawn in, as
//    Mantine's ColorSchemeScript would (the CSP forbids inline scripts): same
//    localStorage key and values; "auto" follows the system.
// 2. It starts the app's module only after the first screen has painted.
//    The build turns the module's <script> into <link rel="modulepreload"
//    data-app>, so the code is fetched and parsed meanwhile; run at once, it
//    would hold the first paint back until React and Mantine had evaluated.
(function () {
  var scheme = 'light';
  try {
    var saved = window.localStorage.getItem('mantine-color-scheme-value');
    var wanted = saved === 'light' || saved === 'dark' ? saved : 'auto';
    scheme = wanted !== 'auto' ? wanted : window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    // No storage: light until React reads the saved theme.
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);

  var started = false;
  function start() {
    if (started) return;
    started = true;
    var link = document.querySelector('link[rel="modulepreload"][data-app]');
    if (!link) return; // `vite dev` serves the module as a plain <script type="module">
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = link.crossOrigin;
    script.src = link.href;
    document.head.appendChild(script);
  }
  document.addEventListener('DOMContentLoaded', function () {
    // After the next frame has painted; a window that does not paint (hidden,
    // minimised) gets no frames, hence the timer.
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    setTimeout(start, 100);
  });
})();
