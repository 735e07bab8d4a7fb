"""Predict before you see: a question may not ask for what a snippet block above it already printed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import markdown
import pytest

from quiz_plugin import QuizExtension
from quiz_plugin.core.model import LocatedProblem

SHOWN = "/// snippet | demo/same.py\n///\n"
ASKED = """
/// quiz | sum-prints
    snippet: demo/same.py
    version: 3.12
What does this print?

- [x] `6`
- [ ] `[1, 2, 3]`
///
"""
ABOUT_OUTPUT = """
/// quiz | threshold-value
What does `gc.get_threshold()` return on CPython 3.12?

- [x] `(700, 10, 10)`
- [ ] `(2000, 10, 10)`
///
"""


@pytest.fixture
def snippets(tmp_path: Path) -> Path:
    demo = tmp_path / "demo"
    demo.mkdir()
    (demo / "same.py").write_text("print(sum([1, 2, 3]))\n", encoding="utf-8")
    (demo / "same.3.12.out").write_text("6\n", encoding="utf-8")
    (demo / "threshold.py").write_text("import gc\nprint(gc.get_threshold())\n", encoding="utf-8")
    (demo / "threshold.3.12.out").write_text("(700, 10, 10)\n", encoding="utf-8")
    return tmp_path


def problems(source: str, snippets: Path, predict_first: bool = True) -> list[str]:
    found: list[LocatedProblem] = []
    extension = QuizExtension(path="page.md", snippets_dir=str(snippets), predict_first=predict_first)
    extension.report = found.append
    markdown.Markdown(extensions=[extension, "pymdownx.superfences"]).convert(textwrap.dedent(source))
    return [str(problem) for problem in found]


def test_a_question_about_a_snippet_whose_output_is_shown_above_is_reported_at_its_header(snippets: Path) -> None:
    assert problems(SHOWN + ASKED, snippets) == [
        "page.md:4: this question asks about `demo/same.py`, whose output the snippet block at line 1 already "
        "shows: ask before the output is shown (put the question first), or mark the question `recap: true`"
    ]


def test_the_same_question_before_the_output_is_fine(snippets: Path) -> None:
    assert problems(ASKED + "\n" + SHOWN, snippets) == []


def test_a_question_marked_recap_may_ask_about_what_was_shown(snippets: Path) -> None:
    assert (
        problems(SHOWN + ASKED.replace("    version: 3.12\n", "    version: 3.12\n    recap: true\n"), snippets) == []
    )


def test_a_right_answer_printed_above_by_another_snippet_is_reported_at_the_answer(snippets: Path) -> None:
    assert problems("/// snippet | demo/threshold.py\n///\n" + ABOUT_OUTPUT, snippets) == [
        "page.md:7: the right answer `(700, 10, 10)` is printed by `demo/threshold.py`, shown above at line 1: "
        "ask before the output is shown (put the question first), or mark the question `recap: true`"
    ]


def test_a_one_character_answer_printed_above_is_taken_for_a_coincidence(snippets: Path) -> None:
    assert problems(SHOWN + ABOUT_OUTPUT.replace("`(700, 10, 10)`", "`6`"), snippets) == []


def test_an_output_shown_only_as_code_gives_nothing_away(snippets: Path) -> None:
    assert problems("/// snippet | demo/same.py\n    show: code\n///\n" + ASKED, snippets) == []


def test_sites_that_do_not_ask_for_the_check_do_not_get_it(snippets: Path) -> None:
    assert problems(SHOWN + ASKED, snippets, predict_first=False) == []
