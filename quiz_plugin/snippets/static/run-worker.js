/* quiz_plugin: runs one snippet in Pyodide (CPython compiled to WebAssembly), in a Web Worker, so that
 * a runaway loop never freezes the page: the page ends it by terminating the worker. Each run gets a
 * worker of its own, and so a fresh interpreter: nothing one run leaves behind (modules, gc settings,
 * objects kept alive) reaches the next.
 *
 * The build writes in where Pyodide's files are (copied from the pinned npm package into the site)
 * and the driver that the test suite's recordings were made with (run_snippet.py).
 *
 * Messages out: {type: "ready", runtime: {version, bits, pyodide}}, {type: "output", stream, text}
 * (batched), {type: "done", status, seconds} or {type: "failed", message, blocked}. In: {type: "run",
 * path, code}. */
const PYODIDE = /*PYODIDE*/"../pyodide/";
const DRIVER = /*DRIVER*/"";
// More output than a page can usefully show (a `while True: print()`): the rest is counted, not sent.
const LIMIT = 200000;
// Output is sent at most this often (ms), so that a loop that prints floods neither thread.
const BATCH = 50;

let pending = "";
let pendingStream = "stdout";
let lastSent = 0;
let sent = 0;
let cut = false;

const flush = () => {
  if (pending) postMessage({ type: "output", stream: pendingStream, text: pending });
  pending = "";
  lastSent = performance.now();
};

const writer = (stream) => {
  const decoder = new TextDecoder();
  return {
    write(bytes) {
      if (sent >= LIMIT) {
        if (!cut) {
          cut = true;
          flush();
          postMessage({ type: "cut", limit: LIMIT });
        }
        return bytes.length;
      }
      const text = decoder.decode(bytes, { stream: true });
      if (stream !== pendingStream) flush();
      pendingStream = stream;
      pending += text.slice(0, LIMIT - sent);
      sent += text.length;
      if (performance.now() - lastSent >= BATCH || pending.length > 16384) flush();
      return bytes.length;
    },
  };
};

// Whether an error says the browser refused WebAssembly (a Content-Security-Policy without
// 'wasm-unsafe-eval'), as Chromium, Firefox and Safari word it.
const refused = (message) => /Content.Security.Policy|unsafe-eval|CSP/i.test(message);

const started = (async () => {
  const base = new URL(PYODIDE, import.meta.url).href;
  const { loadPyodide } = await import(`${base}pyodide.mjs`);
  const pyodide = await loadPyodide({ indexURL: base, env: { HOME: "/home/pyodide", LANG: "C.UTF-8" } });
  pyodide.setStdout(writer("stdout"));
  pyodide.setStderr(writer("stderr"));
  pyodide.setStdin({ error: true }); // input() has no reader here: it raises EOFError at once
  const [version, bits] = pyodide
    .runPython("import platform, struct; (platform.python_version(), struct.calcsize('P') * 8)")
    .toJs();
  postMessage({ type: "ready", runtime: { version, bits, pyodide: pyodide.version } });
  return pyodide;
})().catch((error) => {
  const message = String((error && error.message) || error);
  postMessage({ type: "failed", message, blocked: refused(message) });
  return null;
});

self.onmessage = async ({ data }) => {
  if (!data || data.type !== "run") return;
  const pyodide = await started;
  if (!pyodide) return;
  // The snippet's own path inside the interpreter's file system, as the recordings' runs had one.
  const file = `/home/pyodide/${String(data.path).replace(/[^\w./-]/g, "_").replace(/\.\.+/g, ".")}`;
  const directory = file.slice(0, file.lastIndexOf("/"));
  pyodide.FS.mkdirTree(directory);
  pyodide.FS.writeFile(file, String(data.code));
  pyodide.FS.chdir(directory);
  pyodide.globals.set("_snippet_file", file);
  const start = performance.now();
  let status = 1;
  try {
    status = pyodide.runPython(`${DRIVER}\n_run(_snippet_file)\n`);
  } catch (error) {
    pending += String((error && error.message) || error);
  }
  flush();
  postMessage({ type: "done", status, seconds: (performance.now() - start) / 1000 });
};
