"""The snippet runs of one test session: which interpreters, which runs, and what to report."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from quiz_plugin.snippets.recordings import RECORDING_RE, SnippetStore, Version
from tested_snippets.runner import Interpreter, Run, discover, record, run_all

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets"


def site_store() -> SnippetStore:
    """The site's snippets, with the versions they apply to by default as mkdocs.yml sets them."""
    config = yaml.safe_load((SNIPPETS.parent / "mkdocs.yml").read_text(encoding="utf-8"))
    options = next(
        (
            entry["quizblocks"]
            for entry in config.get("plugins", [])
            if isinstance(entry, dict) and "quizblocks" in entry
        ),
        {},
    )
    return SnippetStore(
        SNIPPETS,
        options.get("snippet_versions", ""),
        options.get("snippet_record_command", ""),
        options.get("reader_version", ""),
        options.get("version_notes", {}),
    )


@dataclass
class SnippetSession:
    interpreters: list[Interpreter]
    runs: dict[tuple[str, Version], Run] = field(default_factory=dict)
    seconds: float = 0.0
    changed: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


_KEY = pytest.StashKey[SnippetSession]()


def interpreters(config: pytest.Config) -> list[Interpreter]:
    if _KEY not in config.stash:
        config.stash[_KEY] = SnippetSession(discover(config.getoption("--snippet-python")))
    return config.stash[_KEY].interpreters


def run_session(config: pytest.Config, store: SnippetStore) -> SnippetSession:
    """Run every snippet on every interpreter it applies to (once per test session)."""
    session = config.stash.get(_KEY, None)
    if session is None:
        interpreters(config)
        session = config.stash[_KEY]
    if session.runs:
        return session
    pairs = [
        (s, i)
        for s in store.all()
        for i in session.interpreters
        if s.spec.includes(i.version) and not i.missing(s.needs)
    ]
    start = time.perf_counter()
    session.runs = run_all(pairs, timeout=config.getoption("--snippet-timeout"))
    session.seconds = time.perf_counter() - start
    if config.getoption("--update-snippets"):
        session.changed = record(session.runs.values())
        session.removed = remove_orphans(store, session.interpreters)
    return session


def orphaned_recordings(store: SnippetStore, ran: list[Interpreter] | None = None) -> list[Path]:
    """Recordings of no snippet, of a version their snippet does not apply to, or of an interpreter
    that lacks what the snippet needs.

    With ``ran``, only recordings of those interpreters' versions are considered (a recording of a
    version this machine lacks is kept: another machine made it).
    """
    by_version = {interpreter.version: interpreter for interpreter in ran or []}
    orphans = []
    for recording in sorted(store.root.rglob("*.out")):
        match = RECORDING_RE.match(recording.name)
        code = recording.with_name(f"{match['stem']}.py") if match else None
        if match is None or code is None or not code.exists():
            orphans.append(recording)
            continue
        version = Version.parse(match["version"])
        if ran is not None and version not in by_version:
            continue
        snippet = store.get(code.relative_to(store.root).as_posix())
        if not snippet.spec.includes(version) or (ran is not None and by_version[version].missing(snippet.needs)):
            orphans.append(recording)
    return orphans


def remove_orphans(store: SnippetStore, ran: list[Interpreter]) -> list[Path]:
    orphans = orphaned_recordings(store, ran)
    for orphan in orphans:
        orphan.unlink()
    return orphans


def unchecked_versions(store: SnippetStore, found: list[Interpreter]) -> dict[Version, int]:
    """Versions that recordings exist for but no interpreter here runs: how many recordings each."""
    have = {interpreter.version for interpreter in found}
    unchecked: dict[Version, int] = {}
    for recording in store.root.rglob("*.out"):
        match = RECORDING_RE.match(recording.name)
        if match:
            version = Version.parse(match["version"])
            if version not in have:
                unchecked[version] = unchecked.get(version, 0) + 1
    return dict(sorted(unchecked.items()))


def missing_lines(store: SnippetStore, found: list[Interpreter]) -> list[str]:
    """One line per version whose recordings go unchecked here, saying how to get its interpreter."""
    lines = []
    for version, count in unchecked_versions(store, found).items():
        if version.platform.startswith("wasm"):
            how = "`npm ci` installs Pyodide (and `node` must be on PATH)"
        else:
            how = f"install CPython {version} (pyenv, or --snippet-python=PATH)"
        lines.append(f"snippets: no interpreter for {version} here: its {count} recordings are not checked; {how}")
    return lines


def summary_lines(config: pytest.Config) -> list[str]:
    session = config.stash.get(_KEY, None)
    if session is None or not session.runs:
        return []
    used = {version for _, version in session.runs}
    names = "; ".join(str(i) for i in session.interpreters if i.version in used)
    unused = "; ".join(str(i) for i in session.interpreters if i.version not in used)
    lines = [f"snippets: {len(session.runs)} runs on {names} in {session.seconds:.2f} s"]
    lines += missing_lines(site_store(), session.interpreters)
    if unused:
        lines.append(f"snippets: found but needed by no snippet: {unused}")
    root = SNIPPETS.parent
    lines += [f"snippets: recorded {path.relative_to(root)}" for path in session.changed]
    lines += [f"snippets: removed {path.relative_to(root)}" for path in session.removed]
    return lines
