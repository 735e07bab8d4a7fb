"""The pages that list questions grow with the number of chapters, not of questions: at 10,000
questions in 200 chapters (the benchmark's large site), the "All questions" page, each chapter's list,
each chapter's answer key and the reader's progress page stay far below 500 KB, where one page listing
every question would not.

The bank is filled as a build fills it, without building the 200 pages (benchmarks/run.py measures the
built pages: see the README)."""

from __future__ import annotations

import pytest

from quiz_plugin.bank.build import BuildBank, Chapter
from quiz_plugin.bank.entries import QuestionBank, SitePage, SourcePage
from quiz_plugin.bank.pages import (
    all_questions_markdown,
    answer_key_chapter_markdown,
    answer_key_markdown,
    chapter_questions_html,
    chapter_slugs,
)
from quiz_plugin.bank.progress import PROGRESS_MARK, fill_progress, preview_files
from quiz_plugin.core.parser import parse
from quiz_plugin.core.strings import english

PAGES, PER_PAGE = 200, 50
LIMIT = 500_000
QUESTION = """\
/// quiz | p{page:03d}-q{index:02d}
What does `sys.getrefcount(x)` print right after `x = object()` (question {index} of page {page})?

- [ ] 1
    > The name `x` holds one reference, but the call holds another.
- [x] 2
    > The name and the call's own argument.
- [ ] 3
    > Nothing else refers to the new object.

Hint: the call receives `x` as an argument.

The argument of `getrefcount` is a temporary reference, so the result is one higher.
///
"""


def size(text: str) -> int:
    return len(text.encode("utf-8"))


@pytest.fixture(scope="module")
def bank() -> BuildBank:
    order = [f"page-{page:03d}.md" for page in range(PAGES)]
    bank = BuildBank(order, "questions/chapter/", None, keep_entries=True)
    for page, src_uri in enumerate(order):
        markdown = "\n".join(QUESTION.format(page=page, index=index) for index in range(PER_PAGE))
        questions = [block.question for block in parse(markdown).blocks if block.question is not None]
        source = SourcePage(f"docs/{src_uri}", markdown, src_uri=src_uri)
        bank.add(SitePage(source, f"page-{page:03d}/", f"Page {page + 1}"), questions)
    return bank


@pytest.fixture(scope="module")
def chapters(bank: BuildBank) -> list[Chapter]:
    chapters = bank.chapters()
    assert sum(len(chapter) for chapter in chapters) == PAGES * PER_PAGE
    return chapters


def test_one_page_listing_every_question_would_pass_the_limit(chapters: list[Chapter]) -> None:
    assert sum(size("\n".join(chapter.items)) for chapter in chapters) > 2 * LIMIT


def test_the_all_questions_page_stays_small(chapters: list[Chapter]) -> None:
    paths = [f"questions/{slug}.md" for slug in chapter_slugs([chapter.title for chapter in chapters])]
    markdown = all_questions_markdown(chapters, paths, "questions.md", "answer-key.md", tables=True)
    assert size(markdown) < LIMIT / 10


def test_each_chapter_list_stays_small(chapters: list[Chapter]) -> None:
    assert max(size(chapter_questions_html(chapter, "../../page/", "../")) for chapter in chapters) < LIMIT / 10


def test_the_answer_key_and_each_chapter_key_stay_small(bank: BuildBank, chapters: list[Chapter]) -> None:
    paths = [f"answer-key/{slug}.md" for slug in chapter_slugs([chapter.title for chapter in chapters])]
    assert size(answer_key_markdown(chapters, paths, "answer-key.md")) < LIMIT / 10
    entries: QuestionBank = bank.bank()
    keys = [
        answer_key_chapter_markdown(chapter.title, entries.in_chapter(chapter.title), path, "answer-key.md")
        for chapter, path in zip(chapters, paths, strict=True)
    ]
    assert sum(size(key) for key in keys) > 2 * LIMIT  # what one answer key page would hold
    assert max(size(key) for key in keys) < LIMIT / 10


def test_the_progress_page_and_each_chapters_previews_stay_small(bank: BuildBank) -> None:
    pages = bank.page_questions()
    previews = preview_files(pages)
    page = fill_progress(f"<h1>Your progress</h1>\n{PROGRESS_MARK}", "progress/", pages, english(), previews)
    assert size(page) < LIMIT
    assert sum(size(asset.content) for asset in previews.values()) > LIMIT  # what the page held before
    assert max(size(asset.content) for asset in previews.values()) < LIMIT / 50
