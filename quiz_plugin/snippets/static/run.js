/* quiz_plugin: a Run button under each tested snippet, which runs its code (or the reader's edit of it)
 * in the reader's browser, on Pyodide: CPython compiled to WebAssembly, served by this site. Nothing is
 * fetched until the first press; each run gets a fresh interpreter in a Web Worker (run-worker.js), and
 * Stop ends it at once. The recorded outputs above stay as they are: a run's output is shown below
 * them, labelled with the interpreter that printed it.
 *
 * The build leaves an empty, hidden <div class="snippet-run" data-snippet="topic/name.py"> after each
 * snippet's outputs; without JavaScript (and in print) it stays hidden. The snippet's source is read
 * from the copy the build puts next to this script. Text only: nothing is ever parsed as HTML. */
(() => {
  "use strict";
  if (window.snippetRun) {
    // Material's instant navigation runs the page's scripts again: set up the new page only.
    window.snippetRun.init();
    return;
  }
  // Written in by the build: the interface strings (text, or a list of text and {v: name}), and where
  // the worker and the snippets' sources are, relative to this script.
  const STRINGS = /*STRINGS*/{};
  const WORKER = /*WORKER*/"run-worker.js";
  const SOURCES = /*SOURCES*/"snippets/";
  const text = (key, values = {}) => {
    const message = key in STRINGS ? STRINGS[key] : key;
    return typeof message === "string"
      ? message
      : message.map((part) => (typeof part === "string" ? part : String(values[part.v] ?? `{${part.v}}`))).join("");
  };
  const script = document.currentScript;
  const here = script ? script.src : document.baseURI;
  const workerUrl = new URL(WORKER, here);
  const sourcesUrl = new URL(SOURCES, here);

  const make = (tag, className, content) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (content !== undefined) element.textContent = content;
    return element;
  };
  const button = (className, label) => {
    const element = make("button", className, label);
    element.type = "button";
    return element;
  };
  const seconds = (value) => value.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 2 });

  // Whether this page may compile WebAssembly: a Content-Security-Policy without 'wasm-unsafe-eval'
  // forbids it (and some locked-down browsers have none). Asked on the first press, not on page load,
  // so that a page whose readers never press Run reports no CSP violation.
  const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
  const wasmRefusal = () => {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") return text("run_unsupported");
    try {
      new WebAssembly.Module(EMPTY_MODULE);
      return "";
    } catch {
      return text("run_blocked");
    }
  };

  const sources = new Map(); // a snippet's path -> its source, once fetched
  const source = async (path) => {
    if (!sources.has(path)) {
      const response = await fetch(new URL(path, sourcesUrl));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      sources.set(path, await response.text());
    }
    return sources.get(path);
  };

  // Workers. Each run takes a worker whose interpreter has run nothing yet, and ends it afterwards. So
  // that a later press need not wait for a new interpreter to load, one is started in the background
  // after each run ends: the spare, shared by every snippet of the page and of the next pages. The
  // first press starts none in advance: a reader who never presses Run fetches nothing.
  // A worker's messages wait in its backlog until a run listens to them (a spare is ready before).
  let runtime = null; // what the last interpreter said it was: a later start is a fresh one, not a download
  let spare = null;
  const spawn = () => {
    const session = { worker: new Worker(workerUrl, { type: "module" }), listener: null, backlog: [] };
    const deliver = (data) => (session.listener ? session.listener(data) : session.backlog.push(data));
    session.worker.onmessage = ({ data }) => deliver(data);
    session.worker.onerror = (event) => {
      event.preventDefault();
      deliver({ type: "failed", message: event.message || text("run_unsupported") });
    };
    return session;
  };
  const take = () => {
    const session = spare || spawn();
    spare = null;
    return session;
  };
  const listen = (session, listener) => {
    session.listener = listener;
    for (const data of session.backlog.splice(0)) listener(data);
  };
  const refill = () => {
    if (spare) return;
    try {
      spare = spawn();
    } catch {
      spare = null; // the next press says why
    }
  };

  let editors = 0; // for the ids that tie each editor to its label

  function setUp(box) {
    box.dataset.snippetReady = "";
    const path = box.dataset.snippet;
    const bar = make("div", "snippet-run__bar");
    const run = button("snippet-run__run", text("run"));
    // Each button stays focusable and only says when it has nothing to do (aria-disabled): focus never
    // jumps, so a second press of Enter or Space lands where the first did and changes nothing.
    const stop = button("snippet-run__stop", text("run_stop"));
    stop.setAttribute("aria-disabled", "true");
    const edit = button("snippet-run__edit", text("run_edit"));
    edit.setAttribute("aria-expanded", "false");
    const status = make("span", "snippet-run__status");
    status.setAttribute("role", "status");
    bar.append(run, stop, edit, status);

    const editor = make("div", "snippet-run__editor");
    editor.hidden = true;
    const field = make("textarea", "snippet-run__code");
    field.id = `snippet-run-code-${++editors}`;
    field.spellcheck = false;
    field.setAttribute("autocapitalize", "off");
    field.setAttribute("autocomplete", "off");
    field.wrap = "off";
    const label = make("label", "snippet-run__label", text("run_code_label"));
    label.htmlFor = field.id;
    const restore = button("snippet-run__restore", text("run_restore"));
    editor.append(label, field, restore);

    const result = make("div", "snippet-run__result");
    result.hidden = true;
    const heading = make("p", "snippet-run__heading");
    const output = make("pre", "snippet-run__output");
    output.tabIndex = 0; // a long output scrolls: the keyboard must reach it
    const code = make("samp"); // a program's output, as the recordings above are
    output.append(code);
    result.append(heading, output);
    // Only the buttons go into the page now: the editor and the output, when first needed.
    box.append(bar);
    box.hidden = false;

    let worker = null;
    let started = 0;

    const say = (message) => {
      status.textContent = message;
    };
    const finish = (message, again = true) => {
      if (worker) worker.terminate(); // its interpreter is never reused: the next run starts afresh
      worker = null;
      if (again) refill();
      run.removeAttribute("aria-disabled");
      stop.setAttribute("aria-disabled", "true");
      box.classList.remove("snippet-run--running");
      say(message);
    };
    const append = (stream, value) => {
      const last = code.lastChild;
      if (last && last.dataset.stream === stream) {
        last.textContent += value;
        return;
      }
      const span = make("span", stream === "stderr" ? "snippet-run__stderr" : "", value);
      span.dataset.stream = stream;
      code.append(span);
    };

    const loadCode = async () => {
      if (!field.value && !field.dataset.loaded) {
        field.value = await source(path);
        field.dataset.loaded = "";
      }
      return field.value;
    };

    edit.addEventListener("click", async () => {
      const open = editor.hidden;
      if (open) {
        try {
          await loadCode();
        } catch (error) {
          say(text("run_failed", { error: error.message }));
          return;
        }
      }
      if (!editor.isConnected) bar.after(editor);
      editor.hidden = !open;
      edit.setAttribute("aria-expanded", String(open));
      if (open) field.focus();
    });
    restore.addEventListener("click", () => {
      field.value = sources.get(path) || field.value;
      field.focus();
    });

    run.addEventListener("click", async () => {
      // A second press while it runs (a double click, a held key) changes nothing.
      if (worker || run.getAttribute("aria-disabled") === "true") return;
      const refusal = wasmRefusal();
      if (refusal) {
        say(refusal);
        run.setAttribute("aria-disabled", "true");
        box.classList.add("snippet-run--refused");
        return;
      }
      run.setAttribute("aria-disabled", "true");
      let program;
      try {
        program = await loadCode();
      } catch (error) {
        finish(text("run_failed", { error: error.message }), false);
        return;
      }
      say(text(runtime ? "run_starting" : "run_loading"));
      code.replaceChildren();
      heading.textContent = "";
      result.hidden = true;
      stop.removeAttribute("aria-disabled");
      box.classList.add("snippet-run--running");
      started = performance.now();
      let current;
      try {
        current = take();
      } catch (error) {
        finish(text("run_failed", { error: error.message }), false);
        return;
      }
      worker = current.worker;
      listen(current, (data) => {
        if (current.worker !== worker) return; // a stopped run's last messages
        if (data.type === "ready") {
          runtime = data.runtime;
          heading.textContent = text("run_yours", { runtime: text("run_runtime", runtime) });
          if (!result.isConnected) box.append(result);
          result.hidden = false;
          say(text("run_running"));
          started = performance.now();
          worker.postMessage({ type: "run", path, code: program });
        } else if (data.type === "output") {
          append(data.stream, data.text);
        } else if (data.type === "cut") {
          append("note", `\n${text("run_cut", { limit: data.limit.toLocaleString() })}\n`);
        } else if (data.type === "done") {
          const key = data.status === 0 ? "run_done" : "run_status";
          finish(text(key, { seconds: seconds(data.seconds), status: data.status }));
        } else if (data.type === "failed") {
          // Not retried in the background: what failed once (a policy, a missing file) fails again.
          finish(data.blocked ? text("run_blocked") : text("run_failed", { error: data.message }), false);
        }
      });
    });

    stop.addEventListener("click", () => {
      if (!worker) return;
      finish(text("run_stopped", { seconds: seconds((performance.now() - started) / 1000) }));
    });
  }

  const init = () => {
    for (const box of document.querySelectorAll(".snippet-run[data-snippet]:not([data-snippet-ready])")) setUp(box);
  };
  window.snippetRun = { init };
  init();
})();
