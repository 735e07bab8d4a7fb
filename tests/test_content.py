"""The chapters: enough questions of every kind, enough of them checked against real output."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from quiz_plugin.model import QuestionType
from quiz_plugin.parser import parse
from support import ROOT

CHAPTERS = {
    "overview.md": 0,
    "pymalloc.md": 12,
    "large-allocations.md": 9,
    "large-allocations-rss.md": 10,
    "refcount.md": 12,
    "gc.md": 12,
    "gil.md": 12,
    "debugging.md": 12,
    "myths.md": 0,
}
TOTAL_AT_LEAST = 70


def questions_of(page: str):
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return [block.question for block in parse(text).blocks if block.question is not None]


def chapter_pages() -> list[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    chapters = next(item["Chapters"] for item in config["nav"] if isinstance(item, dict) and "Chapters" in item)
    return [next(iter(entry.values())) for entry in chapters]


def test_every_chapter_is_in_the_navigation() -> None:
    assert sorted(chapter_pages()) == sorted(CHAPTERS)


@pytest.mark.parametrize(("page", "minimum"), CHAPTERS.items())
def test_each_chapter_has_its_minimum_number_of_questions(page: str, minimum: int) -> None:
    assert len(questions_of(page)) >= minimum


@pytest.mark.parametrize("page", [page for page, minimum in CHAPTERS.items() if minimum])
def test_each_quiz_chapter_mixes_every_question_type(page: str) -> None:
    kinds = Counter(question.type for question in questions_of(page))
    assert set(kinds) == set(QuestionType), kinds


def test_the_site_has_at_least_70_questions_and_a_third_check_real_output() -> None:
    questions = [question for page in CHAPTERS for question in questions_of(page)]
    code_output = [question for question in questions if "snippet" in question.settings]
    assert len(questions) >= TOTAL_AT_LEAST
    assert len(code_output) * 3 >= len(questions), f"{len(code_output)} of {len(questions)}"


def test_every_wrong_choice_explains_the_misconception_and_every_question_explains_itself() -> None:
    missing = []
    for page in CHAPTERS:
        for question in questions_of(page):
            if question.explanation is None:
                missing.append(f"docs/{page}:{question.line}: no explanation")
            elif "](#" not in question.explanation.text and "](" not in question.explanation.text:
                missing.append(f"docs/{page}:{question.line}: the explanation links to no section")
            if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
                for choice in question.choices:
                    if not choice.correct and choice.feedback is None:
                        missing.append(f"docs/{page}:{choice.line}: a wrong answer without feedback")
    assert missing == []


@pytest.mark.parametrize("page", list(CHAPTERS))
def test_each_chapter_has_a_diagram_with_a_text_alternative(page: str) -> None:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    diagrams = re.findall(r"!\[([^\]]*)\]\((img/[^)]+\.svg)\)", text)
    assert diagrams, f"docs/{page} shows no SVG diagram"
    assert all(len(alt.split()) >= 5 for alt, _ in diagrams), "a diagram's alt text should describe it"
    assert all((ROOT / "docs" / path).is_file() for _, path in diagrams)


@pytest.mark.parametrize("svg", sorted((ROOT / "docs" / "img").glob("*.svg")), ids=lambda path: path.name)
def test_every_diagram_is_self_contained_and_titled(svg) -> None:  # noqa: ANN001
    text = svg.read_text(encoding="utf-8")
    assert "<title" in text and "<desc" in text, "screen readers need a <title> and a <desc>"
    assert not re.search(r"""(?:href|src)=["']https?://""", text), "a diagram loads nothing from elsewhere"
