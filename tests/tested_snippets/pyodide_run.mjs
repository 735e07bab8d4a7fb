// Runs one Python file on Pyodide (CPython compiled to WebAssembly) the way the snippet runner runs a
// native interpreter with `python -I -S -X utf8 FILE`: the file's directory is the working directory and
// sys.path[0], the file runs as __main__, its stdout and stderr (C-level writes included) pass through
// byte for byte, and the exit status is the script's. Usage: node pyodide_run.mjs FILE
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const file = resolve(process.argv[2]);
const directory = dirname(file);
const pyodide = await loadPyodide({ env: { HOME: "/home/pyodide", LANG: "C.UTF-8" } });
const passOn = (stream) => ({
  write(bytes) {
    stream.write(bytes);
    return bytes.length;
  },
});
pyodide.setStdout(passOn(process.stdout));
pyodide.setStderr(passOn(process.stderr));
// The file's directory, and only it, is visible inside, at the same path as outside.
pyodide.FS.mkdirTree(directory);
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: directory }, directory);
pyodide.FS.chdir(directory);
pyodide.globals.set("_snippet_file", file);
// The driver the site's Run button uses too: the file runs as __main__, atexit functions at the end.
const driver = readFileSync(new URL("../../quiz_plugin/snippets/static/run_snippet.py", import.meta.url), "utf8");
const status = pyodide.runPython(`${driver}\n_run(_snippet_file)\n`);
process.exitCode = status;
