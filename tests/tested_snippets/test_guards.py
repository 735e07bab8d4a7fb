"""Guards: every include and snippet reference in docs/ resolves, and recordings match the snippets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from quiz_plugin.core.fences import FenceMap
from quiz_plugin.core.parser import normalise_line, parse
from quiz_plugin.snippets.recordings import SnippetError
from quiz_plugin.snippets.snippet_block import SNIPPET_HEADER_RE
from tested_snippets.session import SNIPPETS, SnippetSession, interpreters, orphaned_recordings, site_store

ROOT = SNIPPETS.parent
DOCS = ROOT / "docs"
INCLUDE_RE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(?P<quote>["'])(?P<target>.+?)(?P=quote)\s*$""")
SECTION_RE = re.compile(r"^(?P<path>.*?)(?::(?P<section>[a-z][-_0-9a-z]*))?$", re.IGNORECASE)


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def snippet_base_paths() -> list[Path]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for extension in config["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            return [ROOT / base for base in extension["pymdownx.snippets"].get("base_path", ["."])]
    return [ROOT]


def test_every_snippet_include_in_the_docs_exists_with_its_section() -> None:
    missing = []
    bases = snippet_base_paths()
    for page in pages():
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE_RE.match(line)
            if not match:
                continue
            parts = SECTION_RE.match(match["target"])
            assert parts is not None
            found = next((base / parts["path"] for base in bases if (base / parts["path"]).is_file()), None)
            where = f"{page.relative_to(ROOT)}:{number}"
            if found is None:
                missing.append(f"{where}: no file {parts['path']}")
            elif parts["section"] and f"[start:{parts['section']}]" not in found.read_text(encoding="utf-8"):
                missing.append(f"{where}: no section {parts['section']} in {parts['path']}")
    assert missing == []


def snippet_references() -> list[tuple[str, str]]:
    """(where, snippet path) of every /// snippet block and every code-output question in docs/."""
    references = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        lines = [normalise_line(line) for line in text.splitlines()]
        fences = FenceMap(lines)
        for number, line in enumerate(lines, 1):
            header = None if fences.is_code(number - 1) else SNIPPET_HEADER_RE.match(line)
            if header:
                references.append((f"{page.relative_to(ROOT)}:{number}", header["path"] or ""))
        for block in parse(text).blocks:
            if block.question is not None and "snippet" in block.question.settings:
                setting = block.question.settings["snippet"]
                references.append((f"{page.relative_to(ROOT)}:{setting.line}", setting.value))
    return references


def test_every_snippet_named_in_the_docs_exists() -> None:
    store = site_store()
    missing = []
    for where, path in snippet_references():
        try:
            store.get(path)
        except SnippetError as error:
            missing.append(f"{where}: {error}")
    assert missing == []


def test_every_snippet_is_shown_on_a_page_or_in_a_question() -> None:
    used = {path.strip() for _, path in snippet_references()}
    unused = [s.path for s in site_store().all() if s.path not in used]
    assert unused == []


def test_every_snippet_has_a_recording_for_every_version_that_ran_and_applies(snippet_session: SnippetSession) -> None:
    missing = [
        f"snippets/{snippet.path} has no recording for CPython {interpreter.version}"
        for snippet in site_store().all()
        for interpreter in snippet_session.interpreters
        if snippet.spec.includes(interpreter.version)
        and not interpreter.missing(snippet.needs)
        and not snippet.recording_file(interpreter.version).exists()
    ]
    assert missing == []


def test_no_recording_is_orphaned() -> None:
    orphans = [str(path.relative_to(ROOT)) for path in orphaned_recordings(site_store())]
    assert orphans == []


def test_what_pages_say_of_a_build_for_another_platform_is_what_the_runner_found(
    pytestconfig: pytest.Config,
) -> None:
    """mkdocs.yml's `version_notes` name the release and runtime by hand ("CPython 3.14.2, WebAssembly
    (32-bit), via Pyodide"); when Pyodide is updated in package.json, this says which note to change."""
    notes = site_store().version_notes
    found = [interpreter for interpreter in interpreters(pytestconfig) if interpreter.version.platform]
    if not found:
        pytest.skip("no interpreter for another platform here (`npm ci` installs Pyodide)")
    for interpreter in found:
        described = str(interpreter).rsplit(" ", 1)[0]  # without the runtime's own version number
        assert notes.get(str(interpreter.version)) == described, f"version_notes for {interpreter.version}"
