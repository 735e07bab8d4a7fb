/* The CPython version a reader picks in a snippet's output tabs stays picked: in every other tab set
 * of the page, on the next page and on the next visit.
 *
 * A tab set is a version tab set when each of its labels lists CPython versions, as
 * quiz_plugin/snippet_block.py writes them ("3.13", "3.12 and 3.13", "3.10, 3.11 and 3.12").
 * Material's content.tabs.link is not enough here: it links only labels that are equal, and labels
 * differ from snippet to snippet because each groups the versions whose output is the same. So this
 * script keeps the versions of the reader's picks in localStorage and opens, in each version tab set,
 * the tab that shares the most versions with them (ties: the first tab, the newest). Without a pick,
 * or without JavaScript, every set stays on its first tab, the newest version.
 *
 * A pick is also sent to the quiz script as a "cpython-version" event (questions that follow the
 * reader's version switch with it), and a version picked in a question's menu opens its tabs here.
 *
 * It runs under a strict CSP (no inline code), needs no storage to work within a page, and follows
 * Material's instant navigation through its document$ observable. */
(() => {
  "use strict";
  const VERSION = /^\d+\.\d+t?(-[a-z0-9]+)?$/; // 3.12, 3.13t, 3.14-wasm32
  // Kept per site, as the quiz's progress is: sites that share an origin stay apart.
  const script = document.currentScript;
  const scope = script ? new URL(script.src).pathname.replace(/javascripts\/[^/]*$/, "") : "/";
  const KEY = `cpython-version:${scope}`;

  const read = () => {
    try {
      const value = JSON.parse(window.localStorage.getItem(KEY));
      return Array.isArray(value) ? value.filter((name) => typeof name === "string" && VERSION.test(name)) : [];
    } catch {
      return []; // unavailable, blocked or corrupt: the newest version, as without a pick
    }
  };
  let picked = read(); // also kept here, for when storage is unavailable

  const write = (versions) => {
    picked = versions;
    try {
      window.localStorage.setItem(KEY, JSON.stringify(versions));
    } catch {
      // full or unavailable: the pick holds on this page only
    }
  };

  // The versions a label lists, or null when it is not a list of versions.
  const versionsOf = (label) => {
    // A label names a build for another platform as "3.14 (wasm32)": its version is 3.14-wasm32.
    const names = label.textContent.trim().split(/, | and /).map((name) => name.replace(/ \(([a-z0-9]+)\)$/, "-$1"));
    return names.every((name) => VERSION.test(name)) ? names : null;
  };

  // [input, versions, label] for each tab of a version tab set, or null for any other set.
  const tabsOf = (set) => {
    const tabs = [];
    for (const input of set.querySelectorAll(":scope > input[type=radio]")) {
      const label = set.querySelector(`:scope > .tabbed-labels > label[for="${input.id}"], :scope > label[for="${input.id}"]`);
      const versions = label && versionsOf(label);
      if (!versions) return null;
      tabs.push([input, versions, label]);
    }
    return tabs.length ? tabs : null;
  };

  const choose = (tabs) => {
    let best = null;
    let bestShared = 0;
    for (const tab of tabs) {
      const shared = tab[1].filter((name) => picked.includes(name)).length;
      if (shared > bestShared) [best, bestShared] = [tab, shared];
    }
    return best;
  };

  let opening = false; // the change events of this script's own clicks are not a reader's pick
  const open = (set, tab) => {
    const [input, , label] = tab;
    if (input.checked) return;
    if (set.querySelector(".tabbed-labels--linked")) {
      // Mounted by Material: a click moves its tab indicator; the attribute tells Material's own
      // linking that this switch is not a reader's pick (it neither links nor stores it).
      label.setAttribute("data-md-switching", "");
      opening = true;
      try {
        input.click();
      } finally {
        opening = false;
      }
    } else {
      input.checked = true; // before Material mounts the set: it reads the checked tab then
    }
  };

  const applyAll = (except = null) => {
    if (!picked.length) return;
    for (const set of document.querySelectorAll(".tabbed-set")) {
      if (set === except) continue;
      const tabs = tabsOf(set);
      const tab = tabs && choose(tabs);
      if (tab) open(set, tab);
    }
  };

  document.addEventListener("change", (event) => {
    const input = event.target;
    // Only a reader's pick (a click, a tap, an arrow key), not this script's switches. (The change
    // event of a script's input.click() is trusted too.) Material's linking of equal labels switches
    // to the same versions, which changes nothing here.
    if (opening || !(input instanceof HTMLInputElement) || !input.checked) return;
    const set = input.parentElement;
    if (!set || !set.classList.contains("tabbed-set")) return;
    const tab = (tabsOf(set) || []).find(([candidate]) => candidate === input);
    if (!tab) return;
    // Narrow the pick down: a reader on 3.12 who picks "3.12 and 3.13", then "3.10, 3.11 and 3.12",
    // has said 3.12. A pick that shares nothing with the earlier ones starts afresh.
    const shared = tab[1].filter((name) => picked.includes(name));
    write(shared.length ? shared : tab[1]);
    // Questions that follow the reader's version (the quiz script) follow the pick too.
    document.dispatchEvent(new CustomEvent("cpython-version", { detail: { versions: picked, from: "tabs" } }));
    // Other sets above may change height: keep the one the reader clicked where it is on screen.
    const top = set.getBoundingClientRect().top;
    applyAll(set);
    window.scrollBy(0, set.getBoundingClientRect().top - top);
  });

  // A version picked in a question's menu opens the tabs of that version too.
  document.addEventListener("cpython-version", (event) => {
    const { versions, from } = event.detail || {};
    if (from === "tabs" || !Array.isArray(versions)) return;
    const valid = versions.filter((name) => typeof name === "string" && VERSION.test(name));
    if (!valid.length) return;
    write(valid);
    applyAll();
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    // Each page, the first and each one instant navigation brings, before Material mounts its tabs.
    window.document$.subscribe(() => applyAll());
  } else {
    applyAll();
  }
})();
