"""What a build keeps of its questions costs it only what the site's pages use: the lines of
quizzes.json, the items of the chapters' lists and the previews of the progress page are written only
for a site that has those pages; what it keeps to the build's end, the garbage collector need not scan."""

from __future__ import annotations

import gc

from quiz_plugin.bank.build import BuildBank
from quiz_plugin.bank.duplicates import IdRegistry, QuestionPlace, register_ids
from quiz_plugin.bank.entries import SitePage, SourcePage
from quiz_plugin.core.parser import parse

PAGE = """\
/// quiz | first
Which **one**?

- [x] This
- [ ] That
///

/// quiz | second
And now?

- [ ] This
- [x] That
///
"""


def filled(**kept: bool) -> BuildBank:
    bank = BuildBank(["page.md"], "questions/page/", None, keep_entries=False, **kept)
    questions = [block.question for block in parse(PAGE).blocks if block.question is not None]
    bank.add(SitePage(SourcePage("docs/page.md", PAGE, src_uri="page.md"), "page/", "Page"), questions)
    return bank


def test_a_site_with_every_list_page_gets_every_line() -> None:
    bank = filled()
    assert bank.quizzes_json().count('"id"') == 2
    assert len(bank.chapters()[0].items) == 2
    assert bank.page_questions()[0].previews == ("Which <strong>one</strong>?", "And now?")


def test_a_site_without_them_gets_its_counts_and_ids_alone() -> None:
    bank = filled(json_lines=False, list_items=False, previews=False)
    assert bank.quizzes_json() == '{"questions": [\n]}\n'
    chapter = bank.chapters()[0]
    assert (len(chapter), chapter.items) == (2, [])
    page = bank.page_questions()[0]
    assert page.ids == ("first", "second") and page.previews == ("", "")
    assert page.data() == filled().page_questions()[0].data()  # what lists of chapters count with


def test_each_kind_of_line_is_kept_on_its_own() -> None:
    assert filled(json_lines=False, list_items=False).page_questions()[0].previews[1] == "And now?"
    assert len(filled(json_lines=False, previews=False).chapters()[0].items) == 2


def test_the_registry_keeps_places_untracked_and_still_names_both_places_of_a_duplicate() -> None:
    registry = IdRegistry()
    questions = [block.question for block in parse(PAGE).blocks if block.question is not None]
    assert register_ids(registry, "docs/a.md", 0, questions) == []
    gc.collect()
    assert not any(gc.is_tracked(place) for place in registry._first.values())
    [problem] = register_ids(registry, "docs/b.md", 2, questions[:1])
    assert str(problem) == "docs/b.md:3: duplicate quiz id `first`: already used at docs/a.md:1"
    # The same place added twice is a duplicate too, as it always was.
    assert registry.add(QuestionPlace("second", "docs/a.md", 7)) is not None
