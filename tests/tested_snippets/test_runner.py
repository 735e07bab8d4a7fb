"""The snippet runner itself, on snippets written for each test into a temporary directory."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quiz_plugin.snippets.recordings import RECORDING_RE, SnippetError, SnippetStore, Version, VersionSpec
from tested_snippets.runner import Interpreter, probe, pyodide_command, record, run
from tested_snippets.session import missing_lines, orphaned_recordings


@pytest.fixture(scope="module")
def current() -> Interpreter:
    interpreter = probe(sys.executable)
    assert interpreter is not None
    return interpreter


def snippet(tmp_path: Path, name: str, code: str):
    (tmp_path / name).write_text(code, encoding="utf-8")
    return SnippetStore(tmp_path).get(name)


def test_a_snippet_that_prints_its_recording_passes(tmp_path: Path, current: Interpreter) -> None:
    hello = snippet(tmp_path, "hello.py", "print('hello')\n")
    hello.recording_file(current.version).write_text("hello\n", encoding="utf-8")
    assert run(hello, current).failure() is None


def test_a_different_output_fails_with_a_diff_naming_the_snippet_and_version(
    tmp_path: Path, current: Interpreter
) -> None:
    hello = snippet(tmp_path, "hello.py", "print('hello')\n")
    hello.recording_file(current.version).write_text("goodbye\n", encoding="utf-8")
    failure = run(hello, current).failure()
    assert failure is not None
    assert failure.startswith(f"snippets/hello.py on CPython {current.release} printed something else")
    assert "-goodbye\n" in failure and "+hello\n" in failure


def test_a_snippet_that_hangs_fails_after_the_timeout(tmp_path: Path, current: Interpreter) -> None:
    hang = snippet(tmp_path, "hang.py", "import time\ntime.sleep(60)\n")
    result = run(hang, current, timeout=1.0)
    assert result.seconds < 10
    assert result.failure() == f"snippets/hang.py on CPython {current.release} did not finish within 1 s"


def test_a_snippet_that_exits_with_an_error_fails_with_its_stderr(tmp_path: Path, current: Interpreter) -> None:
    crash = snippet(tmp_path, "crash.py", "raise SystemExit('boom')\n")
    crash.recording_file(current.version).write_text("", encoding="utf-8")
    failure = run(crash, current).failure()
    assert failure is not None and "exited with status 1" in failure and "boom" in failure


def test_a_missing_recording_fails_and_says_how_to_record_it(tmp_path: Path, current: Interpreter) -> None:
    fresh = snippet(tmp_path, "fresh.py", "print(1)\n")
    failure = run(fresh, current).failure()
    assert failure is not None and "./dev test --update-snippets" in failure


def test_each_version_is_compared_with_its_own_recording(tmp_path: Path, current: Interpreter) -> None:
    versioned = snippet(tmp_path, "versioned.py", "import sys\nprint(sys.version_info[:2])\n")
    other = Version(current.version.major, current.version.minor + 1)
    versioned.recording_file(current.version).write_text(f"{tuple(sys.version_info[:2])}\n", encoding="utf-8")
    versioned.recording_file(other).write_text("(3, 99)\n", encoding="utf-8")
    assert run(versioned, current).failure() is None
    assert set(versioned.recordings()) == {current.version, other}


def test_a_version_spec_limits_where_a_snippet_runs() -> None:
    def includes(spec: str, version: str) -> bool:
        return VersionSpec.parse(spec).includes(Version.parse(version))

    assert includes("", "3.9") and includes("", "3.13t")  # no spec: every version
    assert includes("3.12+", "3.12") and includes("3.12+", "3.13t") and not includes("3.12+", "3.11")
    assert includes("3.9-3.11", "3.9") and not includes("3.9-3.11", "3.12")
    assert includes("3.13t", "3.13t") and not includes("3.13t", "3.13")
    assert includes("3.10, 3.13", "3.13") and not includes("3.10, 3.13", "3.12")
    with pytest.raises(SnippetError):
        VersionSpec.parse("3.12 and up")


def test_a_snippet_declares_its_versions_in_a_comment_at_its_top(tmp_path: Path) -> None:
    only_new = snippet(tmp_path, "new.py", "# versions: 3.13+\nprint(1)\n")
    assert only_new.spec.includes(Version(3, 13)) and not only_new.spec.includes(Version(3, 12))


def test_a_snippet_that_says_nothing_applies_to_the_sites_default_versions(tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("print(1)\n", encoding="utf-8")
    plain = SnippetStore(tmp_path, default_versions="3.10+").get("plain.py")
    assert plain.spec.includes(Version(3, 10)) and not plain.spec.includes(Version(3, 9))


def test_runs_are_isolated_from_the_environment(
    tmp_path: Path, current: Interpreter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.setenv("PYTHONSTARTUP", str(tmp_path / "startup.py"))
    probe_code = (
        "import os, sys\n"
        "print(sys.flags.isolated, sys.flags.no_site, 'site' in sys.modules)\n"
        "print(sorted(k for k in os.environ if k.startswith('PYTHON')))\n"
    )
    result = run(snippet(tmp_path, "env.py", probe_code), current)
    assert result.stdout == "1 1 False\n[]\n"


def test_recording_writes_outputs_and_orphans_are_found(tmp_path: Path, current: Interpreter) -> None:
    hello = snippet(tmp_path, "hello.py", "print('hi')\n")
    assert record([run(hello, current)]) == [hello.recording_file(current.version)]
    assert record([run(hello, current)]) == []  # unchanged output: nothing rewritten
    gone = tmp_path / "deleted.3.12.out"
    gone.write_text("x\n", encoding="utf-8")
    old = hello.recording_file(Version(3, 9))
    old.write_text("hi\n", encoding="utf-8")
    assert orphaned_recordings(SnippetStore(tmp_path, "3.10+")) == sorted([gone, old])
    assert orphaned_recordings(SnippetStore(tmp_path, "3.10+"), [current]) == [gone]


def test_a_recording_of_an_interpreter_that_lacks_what_the_snippet_needs_is_an_orphan(
    tmp_path: Path, current: Interpreter
) -> None:
    threads = snippet(tmp_path, "threads.py", "# needs: threads\nprint(1)\n")
    recording = threads.recording_file(current.version)
    recording.write_text("1\n", encoding="utf-8")
    without_threads = replace(current, lacks={"threads": "cannot start threads"})
    assert orphaned_recordings(SnippetStore(tmp_path), [current]) == []
    assert orphaned_recordings(SnippetStore(tmp_path), [without_threads]) == [recording]


def test_needs_are_read_from_the_top_of_a_snippet(tmp_path: Path) -> None:
    both = snippet(tmp_path, "both.py", "# versions: 3.12+\n# needs: threads, processes\nprint(1)\n")
    assert both.needs == {"threads", "processes"}
    assert snippet(tmp_path, "none.py", "print(1)\n").needs == frozenset()
    with pytest.raises(SnippetError, match="`# needs:` takes words"):
        _ = snippet(tmp_path, "bad.py", "# needs: two threads\nprint(1)\n").needs


def test_an_interpreter_names_what_it_lacks_for_a_snippet(current: Interpreter) -> None:
    wasm = replace(
        current,
        version=Version(3, 14, platform="wasm32"),
        release="3.14.2",
        runtime="Pyodide 314.0.8",
        lacks={"threads": "cannot start threads", "processes": "cannot start processes"},
    )
    assert str(wasm) == "CPython 3.14.2, WebAssembly (32-bit), via Pyodide 314.0.8"
    assert wasm.missing({"threads", "pymalloc"}) == ["threads: it cannot start threads"]
    assert wasm.missing(set()) == []


def test_a_platform_version_is_its_own_recording_and_follows_feature_ranges() -> None:
    wasm = Version.parse("3.14-wasm32")
    assert (wasm.major, wasm.minor, wasm.platform, str(wasm)) == (3, 14, "wasm32", "3.14-wasm32")
    assert VersionSpec.parse("3.10+").includes(wasm) and not VersionSpec.parse("3.10-3.13").includes(wasm)
    assert VersionSpec.parse("3.14-wasm32").includes(wasm)
    assert not VersionSpec.parse("3.14-wasm32").includes(Version(3, 14))
    assert RECORDING_RE.match("gc/threshold.3.14-wasm32.out")["version"] == "3.14-wasm32"


def test_versions_recorded_but_not_found_here_are_named_with_how_to_get_them(
    tmp_path: Path, current: Interpreter
) -> None:
    hello = snippet(tmp_path, "hello.py", "print('hi')\n")
    hello.recording_file(Version.parse("3.14-wasm32")).write_text("hi\n", encoding="utf-8")
    hello.recording_file(current.version).write_text("hi\n", encoding="utf-8")
    lines = missing_lines(SnippetStore(tmp_path), [current])
    assert lines == [
        "snippets: no interpreter for 3.14-wasm32 here: its 1 recordings are not checked; "
        "`npm ci` installs Pyodide (and `node` must be on PATH)"
    ]


@pytest.fixture(scope="module")
def pyodide() -> Interpreter:
    command = pyodide_command()
    if command is None:
        pytest.skip("Pyodide is not installed here (`npm ci` installs it; `node` must be on PATH)")
    interpreter = probe(command[0], command)
    assert interpreter is not None, "Pyodide is installed but does not run probe.py"
    return interpreter


def test_pyodide_is_cpython_3_14_on_32_bit_webassembly_without_threads_or_processes(pyodide: Interpreter) -> None:
    assert str(pyodide.version) == "3.14-wasm32" and pyodide.release.startswith("3.14.")
    assert str(pyodide).startswith("CPython 3.14.") and str(pyodide).endswith(
        "WebAssembly (32-bit), via Pyodide 314.0.8"
    )
    assert {"threads", "processes", "pymalloc"} <= set(pyodide.lacks)


def test_pyodide_runs_a_file_like_python_does(tmp_path: Path, pyodide: Interpreter) -> None:
    code = (
        "import os, sys\n"
        "print(__name__, os.path.basename(__file__), os.getcwd() == os.path.dirname(__file__))\n"
        "print('to stderr', file=sys.stderr)\n"
        "sys.stdout.write('no newline')\n"
    )
    result = run(snippet(tmp_path, "where.py", code), pyodide)
    assert (result.returncode, result.stdout) == (0, "__main__ where.py True\nno newline")
    assert result.stderr == "to stderr\n"


def test_pyodide_passes_on_c_level_stderr_and_the_exit_status(tmp_path: Path, pyodide: Interpreter) -> None:
    code = "import sys\nsys._debugmallocstats()\nraise SystemExit(3)\n"
    result = run(snippet(tmp_path, "stats.py", code), pyodide)
    assert result.returncode == 3 and "free PyFloatObjects" in result.stderr


def test_pyodide_reports_an_exception_with_its_traceback(tmp_path: Path, pyodide: Interpreter) -> None:
    result = run(snippet(tmp_path, "boom.py", "def f():\n    1 / 0\nf()\n"), pyodide)
    assert result.returncode == 1
    assert 'boom.py", line 2, in f' in result.stderr and "ZeroDivisionError" in result.stderr
