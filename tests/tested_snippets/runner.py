"""Runs tested snippets on real CPython interpreters and compares their output with the recordings.

Interpreters come from, in this order: the `--snippet-python` option and the `SNIPPET_PYTHONS`
variable (paths separated by the OS path separator), pyenv's versions directory, `python3.N` on
PATH, and Pyodide (CPython compiled to WebAssembly) where `npm ci` has installed it and `node` is
on PATH. One interpreter is kept per version (3.12, 3.13t, 3.14-wasm32 ...).

Each interpreter runs `probe.py` once: what it prints names the interpreter and says what it lacks
(threads, processes, pymalloc ...); a snippet whose `# needs:` line asks for one of those is skipped
on it, with the reason.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from quiz_plugin.snippets.recordings import Snippet, Version

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
PROBE = HERE / "probe.py"
PYODIDE_RUNNER = HERE / "pyodide_run.mjs"
PYODIDE_PACKAGE = PROJECT / "node_modules" / "pyodide" / "package.json"
# -I: no user site, PYTHON* variables ignored, no script directory on sys.path; -S: no `site`, so no
# .pth side effects (they change refcounts and GC counters); -X utf8: the same encoding everywhere.
ISOLATION = ("-I", "-S", "-X", "utf8")
DEFAULT_TIMEOUT = 20.0
# Pyodide compiles a 9 MB WebAssembly module and unpacks its standard library before each run.
WASM_TIME_FACTOR = 6.0


@dataclass(frozen=True)
class Interpreter:
    path: str  # the python binary, or the runtime (node) that runs a WebAssembly build
    version: Version
    release: str  # 3.12.1
    command: tuple[str, ...] = ()  # what runs a file: the command, then the file's path
    runtime: str = ""  # Pyodide 314.0.8, for a WebAssembly build
    lacks: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # need -> why

    def __str__(self) -> str:
        if self.version.platform:
            bits = self.version.platform.removeprefix("wasm")
            via = f", via {self.runtime}" if self.runtime else ""
            return f"CPython {self.release}, WebAssembly ({bits}-bit){via}"
        return f"CPython {self.release}{'t' if self.version.free_threaded else ''}"

    @property
    def time_factor(self) -> float:
        return WASM_TIME_FACTOR if self.version.platform.startswith("wasm") else 1.0

    def missing(self, needs: Iterable[str]) -> list[str]:
        """Why it cannot run a snippet with these needs (empty: it can)."""
        return [f"{need}: it {self.lacks[need]}" for need in sorted(needs) if need in self.lacks]


def probe(path: str, command: tuple[str, ...] = ()) -> Interpreter | None:
    """What CPython a path runs (``command`` runs a file with it), or None if it is not a working
    CPython 3."""
    timeout = 180 if command else 60  # a WebAssembly build loads slowly on a busy machine
    command = command or (path, *ISOLATION)
    try:
        result = subprocess.run(
            [*command, str(PROBE)], capture_output=True, text=True, timeout=timeout, env=clean_environment()
        )
        found = json.loads(result.stdout.strip().splitlines()[-1]) if result.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError):
        return None
    if not isinstance(found, dict) or found.get("implementation") != "cpython" or found["version"][0] != 3:
        return None
    major, minor, micro = found["version"]
    platform = f"wasm{found['bits']}" if found["platform"] in ("emscripten", "wasi") else ""
    version = Version(major, minor, found["free_threaded"], platform)
    return Interpreter(path, version, f"{major}.{minor}.{micro}", command, found["runtime"], found["lacks"])


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


def pyodide_command() -> tuple[str, ...] | None:
    """How to run a file on Pyodide, if `npm ci` installed it and Node is there."""
    node = shutil.which("node")
    if node is None or not PYODIDE_PACKAGE.is_file():
        return None
    return (node, str(PYODIDE_RUNNER))


def discover(configured: Iterable[str] = ()) -> list[Interpreter]:
    """One working interpreter per version, in version order."""
    seen: set[str] = set()
    unique = []
    for path in candidate_paths(configured):
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append(path)
    jobs: list[tuple[str, tuple[str, ...]]] = [(path, ()) for path in unique]
    wasm = pyodide_command()
    if wasm is not None:
        jobs.append((wasm[0], wasm))
    with ThreadPoolExecutor(max_workers=8) as pool:
        probed = list(pool.map(lambda job: probe(*job), jobs))
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
            hint = ""
            if self.interpreter.lacks:
                lacks = ", ".join(sorted(self.interpreter.lacks))
                hint = (
                    f"\n(if it needs what this interpreter lacks, say so at its top, for example "
                    f"`# needs: {next(iter(sorted(self.interpreter.lacks)))}`; it lacks: {lacks})"
                )
            return f"{self.name} exited with status {self.returncode}:\n{self.stderr}{hint}"
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
    command = [*(interpreter.command or (interpreter.path, *ISOLATION)), str(snippet.file)]
    timeout *= interpreter.time_factor
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
