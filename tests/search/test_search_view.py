"""search_view: each question of a rendered page reduced to its stem, and the page put back after."""

from __future__ import annotations

import re

import markdown

from quiz_plugin.extension.extension import QuizExtension
from quiz_plugin.extension.search_view import element_end, search_view

PAGE = """\
# Page

Text before.

/// quiz | first
What is *one*?

- [x] 1
    > Indeed.
- [ ] 2
    > No.

Because.
///

Text between.

/// quiz | second
    type: true-false
This is true.

- [x] True
- [ ] False
    > It is true.
///

Text after.
"""


def rendered() -> str:
    return markdown.markdown(PAGE, extensions=[QuizExtension(), "pymdownx.superfences"])


def test_each_question_becomes_its_stem() -> None:
    view = search_view(rendered(), ["first", "second"]).view
    assert '<div class="quiz-stem" id="quiz-first-q">\n<p>What is <em>one</em>?</p>\n</div>' in view
    assert '<div class="quiz-stem" id="quiz-second-q">\n<p>This is true.</p>\n</div>' in view
    for answer in ("Indeed.", "No.", "Because.", "It is true.", "Correct answer", "<input", "<legend"):
        assert answer not in view


def test_the_text_around_the_questions_is_kept_in_order() -> None:
    view = search_view(rendered(), ["first", "second"]).view
    texts = re.findall(r"Text \w+\.", view)
    assert texts == ["Text before.", "Text between.", "Text after."]


def test_restoring_the_view_gives_back_the_page() -> None:
    page = rendered()
    assert search_view(page, ["first", "second"]).restore(search_view(page, ["first", "second"]).view) == page


def test_restoring_keeps_what_a_search_plugin_changed_around_the_questions() -> None:
    page = rendered().replace("<p>Text after.</p>", '<p data-search-boost="2">Text after.</p>')
    view = search_view(page, ["first", "second"])
    # What Material's search plugin does to the content it indexes: drop data-search-* attributes.
    stripped = re.sub(r'\s?data-search-\w+="[^"]+"', "", view.view)
    restored = view.restore(stripped)
    assert restored == page.replace(' data-search-boost="2"', "")
    assert "Indeed." in restored and "It is true." in restored


def test_a_page_changed_beyond_recognition_is_published_as_rendered() -> None:
    page = rendered()
    view = search_view(page, ["first", "second"])
    assert view.restore(view.view.replace("What is", "Which is")) == page


def test_a_question_that_is_not_found_is_left_whole() -> None:
    page = rendered()
    view = search_view(page, ["missing", "second"])
    assert "Indeed." in view.view and "It is true." not in view.view


def test_a_page_without_questions_is_its_own_view() -> None:
    view = search_view("<p>Plain.</p>", [])
    assert view.view == view.full == "<p>Plain.</p>"


def test_element_end_matches_nested_elements_of_the_same_name() -> None:
    html = '<div id="a"><div>inner</div><divider/></div><div>next</div>'
    assert html[: element_end(html, 0, "div")] == '<div id="a"><div>inner</div><divider/></div>'
    assert element_end("<div><div></div>", 0, "div") == -1


def test_highlighted_code_in_a_stem_reaches_search_as_its_text_alone() -> None:
    page = "/// quiz | code\nWhat does this print?\n\n```python\nprint(len([1, 2]))\n```\n\n- [x] 2\n- [ ] 3\n///\n"
    html = markdown.markdown(page, extensions=[QuizExtension(), "pymdownx.superfences", "pymdownx.highlight"])
    assert '<span class="nb">print</span>' in html  # highlighted on the page
    view = search_view(html, ["code"])
    assert "<span" not in view.view
    assert "<pre><code>print(len([1, 2]))\n</code></pre>" in view.view
    assert view.restore(view.view) == html
