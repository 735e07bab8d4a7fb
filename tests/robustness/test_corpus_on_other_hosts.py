"""The whole corpus of malformed and odd blocks on hosts without pymdown-extensions: MkDocs' default
extensions, Python-Markdown's own extensions, and no extension at all.

Such a host renders some valid cases differently (no superfences, no admonitions), so the cases' exact
problems are not asserted here; what bad input may never do is: raise, or put a question's source on
the page as text without a problem that says so.
"""

from __future__ import annotations

import markdown
import pytest
from corpus import HEADER_TEXT_RE, Case, text_outside_code
from rendered import parse_html
from test_contributor_mistakes import GENERATED, HAND_WRITTEN
from test_malformed_blocks import CORPUS

from quiz_plugin import QuizExtension
from quiz_plugin.core.model import LocatedProblem

HOSTS = {
    "MkDocs' defaults": ["toc", "tables", "fenced_code"],
    "Python-Markdown's own extensions": ["extra", "admonition", "toc", "sane_lists", "codehilite"],
    "no extension": [],
}
CASES = {**CORPUS, **HAND_WRITTEN, **GENERATED}


@pytest.mark.parametrize("extensions", HOSTS.values(), ids=HOSTS.keys())
def test_no_case_raises_or_shows_a_question_as_text_unreported(extensions: list[str]) -> None:
    shown: list[str] = []
    for name, case in CASES.items():
        problems: list[LocatedProblem] = []
        extension = QuizExtension(path="case.md")
        extension.report = problems.append
        html = markdown.Markdown(extensions=[*extensions, extension]).convert(case.source)
        if HEADER_TEXT_RE.search(text_outside_code(parse_html(html))) and not problems:
            shown.append(name)
    assert shown == []


def test_the_corpus_is_all_here() -> None:
    assert len(CASES) == len(CORPUS) + len(HAND_WRITTEN) + len(GENERATED) >= 190
    assert all(isinstance(case, Case) for case in CASES.values())
