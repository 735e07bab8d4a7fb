"""`python -m quiz_plugin lint`: each authoring mistake at its file and line, without building, and
exactly the problems the strict build reports for the same pages.

Each file under mistakes/ holds one kind of mistake. The tests copy them into docs/mistakes/ of the
bank fixture site (which has a snippet with recordings for 3.12 and 3.13) and lint them there.
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from quiz_plugin.cli.main import main
from support import ROOT, build_site

HERE = Path(__file__).resolve().parent
CLEAN_PROJECT = HERE.parent / "bank" / "project"
MISSING_SNIPPET = "no snippet `demo/missing.py` in {snippets}"

EXPECTED: dict[str, list[tuple[int, str]]] = {
    "misspelt-header": [
        (3, "`/// Quiz | misspelt` is not a quiz header: write `/// quiz | <id>` (three slashes, lower case)")
    ],
    "missing-id": [(5, "quiz block has no id: write `/// quiz | <id>` (letters a-z, digits, -)")],  # after front matter
    "bad-id": [(1, "quiz id `Bad_Id` may only contain lower-case letters a-z, digits and -")],
    "unclosed-block": [(1, "quiz block is not closed: add a line `///` after its last line")],
    "unknown-setting": [
        (
            2,
            "unknown setting `kind` (known settings: level, numeric, prints, recap, shuffle, snippet, tolerance, type, version)",
        )
    ],
    "unknown-type": [(2, "unknown question type `essay` (choose one of: single, multiple, true-false, short, order)")],
    "setting-twice": [(3, "setting `type` is given twice (first at line 2)")],
    "no-answer-marked-correct": [(10, "no answer is marked correct: tick the right one with `[x]`")],
    "two-right-answers-in-single-choice": [
        (
            5,
            "a single-choice question has 2 answers marked correct (this one and line 4): keep one, or add `type: multiple` under the header at line 1",
        )
    ],
    "no-answer-list": [
        (1, "the question has no answer list: add its answers as a task list: `- [x] right` and `- [ ] wrong`")
    ],
    "no-question-text": [(1, "the question has no text: write it between the header and the answer list")],
    "one-answer-only": [(4, "a choice question needs at least two answers: add another below this one")],
    "true-false-labels": [(5, "a true-false question has exactly two answers, `True` and `False`; found `Yes`, `No`")],
    "numeric-not-a-number": [(6, "`five hundred and twelve` is not a number, but the question is `numeric: true`")],
    "numeric-on-choice-question": [(2, "`numeric: true` only applies to `type: short`")],
    "short-answer-on-two-lines": [(5, "a short answer must fit on one line")],
    "feedback-under-no-answer": [(5, "this feedback belongs to no answer: indent it under the answer it explains")],
    "answer-without-box": [(5, "every item of the answer list needs a `[ ]` or `[x]` box")],
    "hint-before-answers": [(4, "the hint goes after the answer list, not before it")],
    "order-out-of-sequence": [
        (
            6,
            "the steps of an ordering question are written in their right order and numbered in sequence: "
            "this one should be `2.`, not `3.`",
        )
    ],
    "order-with-boxes": [
        (
            5,
            "an ordering question writes its steps as a numbered list in their right order, without boxes: "
            "`1. First step`",
        )
    ],
    "order-two-steps": [
        (
            5,
            "an ordering question needs at least 3 steps (with two, it is a true-false question): add another",
        )
    ],
    "order-same-steps": [
        (7, "this step reads the same as the one at line 6: readers cannot tell them apart"),
    ],
    "tolerance-without-numeric": [
        (3, "`tolerance` only applies to numeric short answers: `type: short` and `numeric: true`")
    ],
    "tolerance-not-a-number": [
        (4, "`tolerance` must be a number (such as `0.5`) or a percentage (such as `1%`), not `a little`")
    ],
    "tolerance-negative": [(4, "`tolerance` cannot be negative: write `2%`")],
    "tolerance-reaches-a-wrong-answer": [
        (
            8,
            "`500` is within the tolerance (10) of the accepted answer `512` at line 7: a reader who types a "
            "number between them would get both verdicts; narrow `tolerance` or drop one of the answers",
        )
    ],
    "shuffle-on-true-false": [(3, "`shuffle` only applies to single- and multiple-choice questions")],
    "shuffle-all-of-the-above": [
        (
            7,
            "this answer names other answers by their place, which shuffling changes for each reader: "
            "remove `shuffle: true` (line 2)",
        )
    ],
    "summary-twice": [(11, "a page has one summary; the first is at line 8")],
    "summary-not-closed": [(8, "a page summary holds nothing: close it with `///` on the next line")],
    "summary-without-questions": [(3, "this page has no questions for its summary to count")],
    "empty-feedback": [(5, "the feedback of the answer at line 4 is empty")],
    "text-after-feedback": [
        (7, "text after the feedback of the answer at line 4: put it inside the `>` feedback or above it")
    ],
    "quiz-inside-quiz": [(4, "a quiz block cannot contain another quiz block (this one opens at line 1)")],
    "duplicate-id": [(1, "duplicate quiz id `gc-disable`: already used at docs/gc.md:37")],
    "answer-disagrees-with-recording": [
        (6, "this answer is marked wrong, but it is what `demo/threshold.py` prints on CPython 3.12"),
        (7, "this answer is marked right, but `demo/threshold.py` prints `(700, 10, 10)` on CPython 3.12"),
    ],
    "version-without-recording": [(3, "snippet `demo/threshold.py` has no recording for CPython 3.11: record it")],
    "versions-ticked-wrongly": [
        (8, "`demo/threshold.py` does not print `(700, 10, 10)` on CPython 3.13: mark this answer `[ ]`")
    ],
    "snippet-that-does-not-exist": [(2, MISSING_SNIPPET)],
    "broken-anchor-in-question": [
        (10, "the link `#nowhere` leads to no heading or element `#nowhere` on this page (in question `broken-anchor`)")
    ],
    "link-to-a-missing-page": [
        (
            7,
            "the link `missing.md` leads to `mistakes/missing.md`, which is not a page of the site "
            "(in question `missing-page`)",
        )
    ],
    "anchor-missing-on-another-page": [
        (
            4,
            "the link `../gc.md#limits` leads to no heading or element `#limits` on `gc.md` (in question `anchor-elsewhere`)",
        )
    ],
    "recording-not-utf-8": [
        (
            4,
            "demo/latin1.py's recording latin1.3.12.out is not UTF-8 text (byte 3): record it again",
        )
    ],
    "version-without-snippet": [(2, "`version:` needs a `snippet:` setting naming the snippet it is about")],
    "snippet-block-that-does-not-exist": [(3, MISSING_SNIPPET)],
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bank fixture site with every mistake file under docs/mistakes/."""
    root = Path(shutil.copytree(CLEAN_PROJECT, tmp_path_factory.mktemp("lint") / "project"))
    shutil.copytree(HERE / "mistakes", root / "docs" / "mistakes")
    return root


def expected_lines(project: Path, kind: str) -> list[str]:
    snippets = project / "snippets"
    return [f"docs/mistakes/{kind}.md:{line}: {message.format(snippets=snippets)}" for line, message in EXPECTED[kind]]


def run_lint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as a contributor runs it, in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "lint", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def lint_here(cwd: Path, *args: str) -> tuple[int, list[str]]:
    """The same command in this process (faster, for the many cases)."""
    output = io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(output), contextlib.redirect_stderr(io.StringIO()):
        status = main(["lint", *args])
    return status, output.getvalue().splitlines()


def test_every_mistake_file_has_its_expected_problems() -> None:
    assert sorted(path.stem for path in (HERE / "mistakes").glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_the_linter_reports_the_mistake_with_its_path_line_and_message(project: Path, kind: str) -> None:
    assert lint_here(project, f"docs/mistakes/{kind}.md") == (1, expected_lines(project, kind))


def test_a_clean_site_passes_with_exit_status_0() -> None:
    result = run_lint(CLEAN_PROJECT)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr
    assert "quiz lint: 3 files, 8 questions, no problems" in result.stderr


def test_the_real_site_passes() -> None:
    result = run_lint(ROOT)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_without_paths_the_linter_checks_the_whole_site_and_lists_problems_in_file_order(project: Path) -> None:
    result = run_lint(project)
    assert result.returncode == 1
    everything = [line for kind in sorted(EXPECTED) for line in expected_lines(project, kind)]
    assert result.stdout.splitlines() == everything


def test_an_id_shared_with_another_page_is_reported_whichever_of_the_two_is_linted(project: Path) -> None:
    duplicate = expected_lines(project, "duplicate-id")
    assert lint_here(project, "docs/gc.md") == (1, duplicate)
    assert lint_here(project, "docs/guide/counting.md") == (0, [])


def test_a_directory_is_linted_file_by_file(project: Path) -> None:
    status, lines = lint_here(project, "docs/mistakes")
    assert (status, len(lines)) == (1, sum(len(problems) for problems in EXPECTED.values()))


def test_a_path_that_does_not_exist_is_an_error_not_a_pass(project: Path) -> None:
    result = run_lint(project, "docs/nothing.md")
    assert result.returncode == 2
    assert "no such file or directory: docs/nothing.md" in result.stderr


def test_the_linter_and_the_build_report_the_same_problems(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    with pytest.raises(Abort):
        build_site(project / "mkdocs.yml", project.parent / "site")
    built = sorted(record.getMessage() for record in caplog.records if record.name == "mkdocs.plugins.quiz")
    linted = sorted(run_lint(project).stdout.splitlines())
    assert built == linted
    assert len(linted) == sum(len(problems) for problems in EXPECTED.values())
