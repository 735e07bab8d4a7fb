"""The chapters: enough questions of every kind, enough of them checked against real output."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest
import yaml

from quiz_plugin.core.model import QuestionType
from quiz_plugin.core.parser import parse
from support import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from reading import LONG_SENTENCE, Chapter, chapters  # noqa: E402 (benchmarks/ is no package)

CHAPTERS = {
    "overview.md": 9,
    "pymalloc.md": 11,
    "pymalloc-in-practice.md": 12,
    "large-allocations.md": 9,
    "large-allocations-rss.md": 10,
    "refcount.md": 13,
    "refcount-c-api.md": 11,
    "containers.md": 10,
    "caches.md": 8,
    "gc.md": 12,
    "gc-in-production.md": 11,
    "gil.md": 11,
    "free-threading.md": 8,
    "debugging.md": 10,
    "lingering-references.md": 12,
    "myths.md": 13,
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


# The types every chapter mixes. Ordering questions came later, for processes worth putting in order:
# welcome in a chapter, not required of each.
MIXED_TYPES = set(QuestionType) - {QuestionType.ORDER}


@pytest.mark.parametrize("page", [page for page, minimum in CHAPTERS.items() if minimum])
def test_each_quiz_chapter_mixes_every_question_type(page: str) -> None:
    kinds = Counter(question.type for question in questions_of(page))
    assert set(kinds) >= MIXED_TYPES, kinds


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


LEVELS_THAT_THINK = {"apply", "analyse", "evaluate", "create"}


def test_the_site_asks_at_least_150_questions_and_45_percent_check_real_output() -> None:
    questions = [question for page in CHAPTERS for question in questions_of(page)]
    code_output = [question for question in questions if "snippet" in question.settings]
    assert len(questions) >= 150
    assert len(code_output) / len(questions) >= 0.45, f"{len(code_output)} of {len(questions)}"


@pytest.mark.parametrize("page", list(CHAPTERS))
def test_every_question_says_its_level_and_a_third_of_each_chapter_asks_the_reader_to_think(page: str) -> None:
    questions = questions_of(page)
    assert [question.id for question in questions if question.level is None] == []
    thinking = [question for question in questions if question.level in LEVELS_THAT_THINK]
    assert len(thinking) * 3 >= len(questions), f"{len(thinking)} of {len(questions)} at apply or above"


@pytest.mark.parametrize("page", list(CHAPTERS))
def test_each_chapter_ends_with_a_recap_and_what_changed_in_3_14_and_3_15(page: str) -> None:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+?)(?: \{#[^}]*\})?$", text, re.M)
    assert "Recap" in headings and "What changed in 3.14 and 3.15" in headings
    assert headings.index("Recap") < headings.index("What changed in 3.14 and 3.15")
    assert re.search(r"^Last checked against CPython's sources and What's New on \d{4}-\d{2}-\d{2}\.$", text, re.M)


@pytest.fixture(scope="module")
def reading() -> dict[str, Chapter]:
    """The reading figures of every chapter (benchmarks/reading.py), from a real build."""
    return {chapter.src_uri: chapter for chapter in chapters([])}


@pytest.mark.parametrize("page", list(CHAPTERS))
def test_each_chapter_reads_plainly_in_at_most_40_minutes(reading: dict[str, Chapter], page: str) -> None:
    chapter = reading[page]
    sentences = chapter.reading.sentences
    long = sum(length > LONG_SENTENCE for length in sentences) / len(sentences)
    assert chapter.minutes <= 40, f"{chapter.minutes:.1f} minutes"
    assert sum(sentences) / len(sentences) <= 17, "mean sentence length"
    assert long <= 0.08, f"{long:.0%} of sentences over {LONG_SENTENCE} words"
    assert max(chapter.reading.stretches) <= 250, "longest stretch of prose without a break"
    assert chapter.questions["answer shown above"] == 0
