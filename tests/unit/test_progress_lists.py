"""Lists of chapters: the build writes each chapter's question count after the first link to it, only
inside an element with the class `quiz-chapters`, from the question bank (never typed by hand)."""

from __future__ import annotations

import json

import pytest

from quiz_plugin.bank.build import PageQuestions
from quiz_plugin.bank.progress import (
    annotate_chapter_lists,
    fill_progress,
    link_target,
    preview_files,
    progress_front_matter,
)
from quiz_plugin.core.strings import english, interface_strings

GC = PageQuestions("gc/", "Garbage collection", ("gc-a", "gc-b"), ("0123abcd", "4567ef01"), ("A?", "B?"))
GIL = PageQuestions("gil/", "The GIL", ("gil-a",), ("89abcdef",), ("<code>C</code>?",))
PAGES = [GC, GIL]
GC_COUNT = '<span class="quiz-count" data-quiz-questions="gc-a:0123abcd gc-b:4567ef01">2 questions</span>'
GIL_COUNT = '<span class="quiz-count" data-quiz-questions="gil-a:89abcdef">1 question</span>'


def annotate(html: str, page_url: str = "") -> str:
    return annotate_chapter_lists(html, page_url, PAGES, english())


def test_each_chapter_linked_from_a_list_of_chapters_gets_its_count_after_its_first_link() -> None:
    html = (
        '<div class="quiz-chapters">\n<ul>\n<li><a href="gc/">GC</a>: cycles; see <a href="gc/">GC</a> again.</li>\n'
        '<li><a href="gil/">GIL</a></li>\n<li><a href="glossary/">Glossary</a></li>\n</ul>\n</div>'
    )
    assert annotate(html) == (
        f'<div class="quiz-chapters">\n<ul>\n<li><a href="gc/">GC</a> {GC_COUNT}: cycles; see <a href="gc/">GC</a> '
        f'again.</li>\n<li><a href="gil/">GIL</a> {GIL_COUNT}</li>\n<li><a href="glossary/">Glossary</a></li>\n</ul>\n</div>'
    )


def test_links_outside_a_list_of_chapters_are_left_alone() -> None:
    html = '<p><a href="gc/">GC</a></p>\n<table class="quiz-chapters"><tr><td><a href="gil/">GIL</a></td></tr></table>'
    assert annotate(html) == (
        '<p><a href="gc/">GC</a></p>\n<table class="quiz-chapters"><tr><td><a href="gil/">GIL</a> '
        f"{GIL_COUNT}</td></tr></table>"
    )


def test_the_list_ends_where_its_element_ends_whatever_it_holds() -> None:
    html = (
        '<div class="intro quiz-chapters"><div><a href="gc/">GC</a></div><br/><img src="x.png" />'
        '</div>\n<div><a href="gil/">GIL</a></div>'
    )
    assert annotate(html) == (
        f'<div class="intro quiz-chapters"><div><a href="gc/">GC</a> {GC_COUNT}</div><br/><img src="x.png" />'
        '</div>\n<div><a href="gil/">GIL</a></div>'
    )


@pytest.mark.parametrize(
    ("href", "page_url", "target"),
    [
        pytest.param("gc/", "", "gc/", id="from the home page"),
        pytest.param("../gc/", "start/", "gc/", id="from another page"),
        pytest.param("gc.html", "index.html", "gc.html", id="without directory URLs"),
        pytest.param("gc/#cycles", "", None, id="a part of a page"),
        pytest.param("gc/?x=1", "", None, id="a query"),
        pytest.param("https://example.org/gc/", "", None, id="another site"),
        pytest.param("//example.org/gc/", "", None, id="another site, same scheme"),
    ],
)
def test_a_link_leads_to_a_page_of_the_site_or_to_none(href: str, page_url: str, target: str | None) -> None:
    assert link_target(href, page_url) == target


def test_an_interface_string_is_written_as_text() -> None:
    strings = interface_strings(overrides={"count": "{count} <b>questions</b>"})
    html = annotate_chapter_lists('<div class="quiz-chapters"><a href="gc/">GC</a></div>', "", PAGES, strings)
    assert "2 &lt;b&gt;questions&lt;/b&gt;</span>" in html


def test_the_progress_page_lists_every_page_with_questions_and_where_their_previews_are() -> None:
    previews = preview_files(PAGES)
    html = fill_progress(
        "<h1>Your progress</h1>\n<!-- quiz: the reader's progress -->", "progress/", PAGES, english(), previews
    )
    gc_count = GC_COUNT.replace(">2", f' data-quiz-previews="../{previews["gc/"].path}">2')
    assert f'<li><a href="../gc/">Garbage collection</a> {gc_count}</li>' in html
    assert '<p class="quiz-needs-js">Your progress is kept by your browser' in html
    assert "A?" not in html, "the previews are not in the page"


def test_each_pages_previews_are_plain_text_in_a_file_named_by_its_content() -> None:
    previews = preview_files(PAGES)
    assert json.loads(previews["gil/"].content) == {"gil-a": "C?"}
    assert json.loads(previews["gc/"].content) == {"gc-a": "A?", "gc-b": "B?"}
    assert previews["gc/"].path.startswith("assets/quiz/previews.") and previews["gc/"].path.endswith(".json")
    assert previews["gc/"].path != previews["gil/"].path


def test_the_progress_page_is_out_of_search() -> None:
    assert progress_front_matter(english()) == '---\ntitle: "Your progress"\nsearch:\n  exclude: true\n---\n'
