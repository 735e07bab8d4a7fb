/* The page that shows a diagram full size (hooks/diagrams.py writes it) takes the colour scheme the
 * reader chose on the site with Material's palette switch, which Material keeps in localStorage;
 * without a choice, or without storage, it follows the system's, as the site does. The diagram
 * inherits the scheme and draws itself light or dark to match. */
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script) return;
  try {
    const root = new URL("..", script.src).pathname; // the site's root, as Material scopes its storage
    const palette = JSON.parse(window.localStorage.getItem(`${root}.__palette`));
    const scheme = palette && palette.color && palette.color.scheme;
    if (scheme) document.documentElement.style.colorScheme = scheme === "slate" ? "dark" : "light";
  } catch {
    // unavailable or corrupt: the system's scheme
  }
})();
