"""What the site's search index holds: each question's text, never its answers (search_view)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import ROOT, build_site

PROJECT = ROOT / "tests" / "bank" / "project"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("search"))


@pytest.fixture(scope="module")
def indexed(site: Path) -> dict[str, str]:
    """The text search holds for each page, all its sections together."""
    documents = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    pages: dict[str, str] = {}
    for document in documents:
        page = document["location"].split("#")[0]
        pages[page] = pages.get(page, "") + " " + document["title"] + " " + document["text"]
    return pages


def test_search_finds_the_text_of_every_question(indexed: dict[str, str]) -> None:
    assert "What does this print on CPython 3.13?" in indexed["gc/"]
    assert "On which versions does this print <code>(700, 10, 10)</code>?" in indexed["gc/"]
    # A code-output question's code is part of its text.
    assert "gc.get_threshold()" in indexed["gc/"]


def test_search_never_shows_an_answer_feedback_hint_or_explanation(indexed: dict[str, str]) -> None:
    text = indexed["gc/"]
    for revealing in (
        "Correct answer",
        "3.13 raised the first threshold",
        "The first threshold changed in 3.13",
    ):
        assert revealing not in text
    assert "The default changed in 3.13." not in text  # an explanation
    assert "(2000, 10, 10)" not in text  # an answer


def test_the_text_around_the_questions_is_indexed_as_usual(indexed: dict[str, str]) -> None:
    assert "Thresholds" in indexed["gc/"]


def test_the_published_page_still_holds_every_answer(site: Path) -> None:
    page = (site / "gc" / "index.html").read_text(encoding="utf-8")
    assert "3.13 raised the first threshold." in page
    assert page.count('class="quiz"') == 4


def test_the_all_questions_page_is_not_searched(indexed: dict[str, str], site: Path) -> None:
    assert (site / "questions" / "index.html").exists()
    assert "questions/" not in indexed
