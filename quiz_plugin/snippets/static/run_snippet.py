# Runs a snippet in Pyodide (CPython compiled to WebAssembly) the way the snippet tests run a native
# interpreter with `python -I -S -X utf8 FILE`: the file runs as __main__ from its own directory, a
# traceback goes to stderr, and the functions registered with atexit run at the end (a native
# interpreter runs them as it exits; Pyodide stays loaded and would not). The caller sets
# `_snippet_file` and evaluates `_run(_snippet_file)`, which returns the exit status.
#
# Shared by the test suite's runner (tests/tested_snippets/pyodide_run.mjs) and the site's Run button
# (run-worker.js), so that a reader's run and the recording the tests check start alike.


def _run(path: str) -> int:
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
        import atexit

        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    return 0
