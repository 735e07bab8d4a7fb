"""Runs tested snippets on real CPython interpreters and compares their output with the recordings.

Interpreters come from, in this order: the `--snippet-python` option and the `SNIPPET_PYTHONS`
variable (paths separated by the OS path separator), pyenv's versions directory, and `python3.N` on
PATH. One interpreter is kept per feature version (3.12, 3.13t ...).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from quiz_plugin.snippets.recordings import Snippet, Version

PROBE = (
    "import sys, sysconfig; print(sys.implementation.name, *sys.version_info[:3], "
    "int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))))"
)
# -I: no user site, PYTHON* variables ignored, no script directory on sys.path; -S: no `site`, so no
# .pth side effects (they change refcounts and GC counters); -X utf8: the same encoding everywhere.
ISOLATION = ("-I", "-S", "-X", "utf8")
DEFAULT_TIMEOUT = 20.0


@dataclass(frozen=True)
class Interpreter:
    path: str
    version: Version
    release: str  # 3.12.1

    def __str__(self) -> str:
        return f"CPython {self.release}{'t' if self.version.free_threaded else ''}"


def probe(path: str) -> Interpreter | None:
    """What CPython a path runs, or None if it is not a working CPython 3."""
    try:
        result = subprocess.run([path, "-I", "-S", "-c", PROBE], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    fields = result.stdout.split()
    if result.returncode != 0 or len(fields) != 5 or fields[0] != "cpython" or fields[1] != "3":
        return None
    version = Version(3, int(fields[2]), fields[4] == "1")
    return Interpreter(path, version, f"3.{fields[2]}.{fields[3]}")


def candidate_paths(configured: Iterable[str] = ()) -> list[str]:
    paths = [p for p in configured if p]
    paths += [p for p in os.environ.get("SNIPPET_PYTHONS", "").split(os.pathsep) if p]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for version_dir in sorted((pyenv_root / "versions").glob("*")):
        for name in ("python3", "python"):
            if (version_dir / "bin" / name).exists():
                paths.append(str(version_dir / "bin" / name))
                break
    for minor in range(6, 30):
        found = shutil.which(f"python3.{minor}")
        if found:
            paths.append(found)
    return paths


def discover(configured: Iterable[str] = ()) -> list[Interpreter]:
    """One working interpreter per feature version, in version order."""
    seen: set[str] = set()
    unique = []
    for path in candidate_paths(configured):
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append(path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        probed = list(pool.map(probe, unique))
    by_version: dict[Version, Interpreter] = {}
    for interpreter in probed:
        if interpreter is not None:
            by_version.setdefault(interpreter.version, interpreter)
    return [by_version[version] for version in sorted(by_version)]


@dataclass(frozen=True)
class Run:
    snippet: Snippet
    interpreter: Interpreter
    stdout: str
    stderr: str
    returncode: int | None  # None when it timed out
    seconds: float
    timeout: float

    @property
    def name(self) -> str:
        return f"snippets/{self.snippet.path} on {self.interpreter}"

    def failure(self) -> str | None:
        """Why this run does not match its recording, or None if it does."""
        if self.returncode is None:
            return f"{self.name} did not finish within {self.timeout:g} s"
        if self.returncode != 0:
            return f"{self.name} exited with status {self.returncode}:\n{self.stderr}"
        recording = self.snippet.recording_file(self.interpreter.version)
        if not recording.exists():
            return f"{self.name}: no recording {recording.name} (run `./dev test --update-snippets` and review it)"
        expected = recording.read_text(encoding="utf-8")
        if self.stdout == expected:
            return None
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            self.stdout.splitlines(keepends=True),
            fromfile=f"recorded {recording.name}",
            tofile=f"printed by {self.interpreter}",
        )
        return f"{self.name} printed something else than it did when recorded:\n{''.join(diff)}"


def clean_environment() -> dict[str, str]:
    """What a snippet (and any interpreter it starts) sees: nothing of ours, no PYTHON* variables."""
    return {"PATH": os.environ.get("PATH", os.defpath), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


def run(snippet: Snippet, interpreter: Interpreter, timeout: float = DEFAULT_TIMEOUT) -> Run:
    command = [interpreter.path, *ISOLATION, str(snippet.file)]
    start = time.perf_counter()
    try:
        result = subprocess.run(
            command, capture_output=True, timeout=timeout, cwd=snippet.file.parent, env=clean_environment()
        )
    except subprocess.TimeoutExpired as expired:
        stderr = (expired.stderr or b"").decode("utf-8", "replace")
        return Run(snippet, interpreter, "", stderr, None, time.perf_counter() - start, timeout)
    return Run(
        snippet,
        interpreter,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
        result.returncode,
        time.perf_counter() - start,
        timeout,
    )


def run_all(
    pairs: Iterable[tuple[Snippet, Interpreter]], timeout: float = DEFAULT_TIMEOUT, workers: int | None = None
) -> dict[tuple[str, Version], Run]:
    """Run every pair in parallel; the result is keyed by (snippet path, version)."""
    pairs = list(pairs)
    workers = workers or (os.cpu_count() or 2) + 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        runs = pool.map(lambda pair: run(pair[0], pair[1], timeout), pairs)
        return {(run_.snippet.path, run_.interpreter.version): run_ for run_ in runs}


def record(runs: Iterable[Run]) -> list[Path]:
    """Write the output of every successful run as its recording; return the files that changed."""
    changed = []
    for run_ in runs:
        if run_.returncode != 0:
            continue
        target = run_.snippet.recording_file(run_.interpreter.version)
        if not target.exists() or target.read_text(encoding="utf-8") != run_.stdout:
            target.write_text(run_.stdout, encoding="utf-8")
            changed.append(target)
    return changed
