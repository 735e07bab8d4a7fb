"""Random insertions and deletions of lines in the real pages: whatever the build reports about
questions, the linter reports at the same `path:line`, and nothing else.

The lines inserted are drawn from the kinds of line that make or break a question block (headers,
settings, answers, feedback, fences, block closers, raw HTML, includes, blank lines), so that most
examples produce problems of several kinds.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build
from mkdocs.config import load_config

from quiz_plugin.cli.dry_build import check_site, collected_warnings
from support import ROOT

CHAPTERS = ["overview.md", "pymalloc.md", "gc.md", "gil.md", "debugging.md", "refcount.md", "myths.md"]
LINES = [
    "",
    "/// quiz | fuzz-question",
    "/// quiz | gc-cycle-freed-when",
    "/// quiz",
    "///",
    "/// details | More",
    "    type: multiple",
    "  type: short",
    "numeric: true",
    "    level: apply",
    "- [x] An answer",
    "- [ ] Another answer",
    "- an answer without a box",
    "    > Feedback under an answer.",
    "> Feedback at the margin.",
    "Hint: a hint.",
    "```python",
    "```",
    "~~~",
    "    ```",
    "<div>",
    "</div>",
    "<span>",
    "Some text with [a link](#nowhere) in it.",
    '--8<-- "includes/missing.md"',
    "!!! note",
    "    An indented line.",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the real site, built from its own directory, as contributors build it."""
    copy = tmp_path_factory.mktemp("fuzz") / "site"
    copy.mkdir()
    for name in ("docs", "snippets"):
        shutil.copytree(ROOT / name, copy / name)
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    (copy / "quiz_plugin").symlink_to(ROOT / "quiz_plugin")  # mkdocs.yml watches it
    for name in ("hooks", "overrides"):  # the site's hook and theme overrides, read from mkdocs.yml
        (copy / name).symlink_to(ROOT / name)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")  # Pyodide, which the build copies for Run
    with contextlib.chdir(copy):
        yield copy


def edited(lines: list[str], edits: list[tuple[bool, int, str]]) -> list[str]:
    result = list(lines)
    for insert, position, line in edits:
        at = position % (len(result) + 1)
        if insert:
            result.insert(at, line)
        elif result:
            del result[min(at, len(result) - 1)]
    return result


def build_problems(site: Path) -> list[str]:
    """What a real (not strict) build of the site reports about questions."""
    with collected_warnings("mkdocs.plugins.quiz") as messages:
        build(load_config(str(site / "mkdocs.yml"), site_dir=str(site.parent / "out"), strict=False))
    return sorted(messages)


EDITS = st.lists(
    st.tuples(st.booleans(), st.integers(min_value=0, max_value=2000), st.sampled_from(LINES)), min_size=1, max_size=6
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chapter=st.sampled_from(CHAPTERS), edits=EDITS)
def test_the_linter_reports_exactly_what_the_build_reports(
    site: Path, chapter: str, edits: list[tuple[bool, int, str]]
) -> None:
    page = site / "docs" / chapter
    original = page.read_text(encoding="utf-8")
    try:
        page.write_text("\n".join(edited(original.split("\n"), edits)), encoding="utf-8")
        built = build_problems(site)
        linted = sorted(str(problem) for problem in check_site(str(site / "mkdocs.yml")).problems)
    finally:
        page.write_text(original, encoding="utf-8")
    event(f"{len(built)} problems")
    assert linted == built
