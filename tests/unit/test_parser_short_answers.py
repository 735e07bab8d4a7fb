"""An answer of one line (with at most one line of feedback) is read by a shorter path than the
general one: both must give the same model and the same problems, on every page of this site and on
the edge cases of such an answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz_plugin.core import parser
from quiz_plugin.core.parser import ParseResult, parse

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").rglob("*.md"))
EDGE_CASES = {
    "feedback": "- [x] Right\n    > Because.\n- [ ] Wrong\n    > Not so.\n",
    "quote without a space": "- [x] Right\n    >Because.\n- [ ] Wrong\n",
    "empty quote": "- [x] Right\n    >\n- [ ] Wrong\n",
    "empty answer": "- [x]\n- [ ] Wrong\n",
    "blank lines after": "- [x] Right\n    > Because.\n\n\n- [ ] Wrong\n",
    "quote indented two spaces": "- [x] Right\n  > Because.\n- [ ] Wrong\n",
    "lazy continuation": "- [x] Right\nand more\n- [ ] Wrong\n",
    "indented second line": "- [x] Right\n    more of it\n- [ ] Wrong\n",
    "two lines of feedback": "- [x] Right\n    > Because\n    > of it.\n- [ ] Wrong\n",
}


def _by_the_general_path(text: str, monkeypatch: pytest.MonkeyPatch) -> ParseResult:
    with monkeypatch.context() as patch:
        patch.setattr(parser, "_one_line_choice", lambda item, problems: None)
        return parse(text)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_page_of_the_site_parses_the_same_by_both_paths(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = page.read_text(encoding="utf-8")
    assert parse(text) == _by_the_general_path(text, monkeypatch)


@pytest.mark.parametrize("answers", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_an_edge_case_parses_the_same_by_both_paths(answers: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"/// quiz | q\nWhich one?\n\n{answers}\nHint: Look.\n///\n"
    assert parse(text) == _by_the_general_path(text, monkeypatch)
