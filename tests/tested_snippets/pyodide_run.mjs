// Runs one Python file on Pyodide (CPython compiled to WebAssembly) the way the snippet runner runs a
// native interpreter with `python -I -S -X utf8 FILE`: the file's directory is the working directory and
// sys.path[0], the file runs as __main__, its stdout and stderr (C-level writes included) pass through
// byte for byte, and the exit status is the script's. Usage: node pyodide_run.mjs FILE
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
const status = pyodide.runPython(`
def _run(path):
    import os, sys, traceback, __main__
    sys.argv[:] = [path]
    sys.path.insert(0, os.path.dirname(path))
    __main__.__file__ = path
    try:
        with open(path, encoding="utf-8") as source:
            code = compile(source.read(), path, "exec")
        del globals()["_run"], globals()["_snippet_file"]
        exec(code, __main__.__dict__)
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        # What a native interpreter does as it exits and Pyodide, which stays loaded, does not: the
        # functions registered with atexit run (weakref.finalize's among them).
        import atexit
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    return 0
_run(_snippet_file)
`);
process.exitCode = status;
