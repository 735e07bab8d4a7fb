"""Which chapter a question belongs to, and how its links follow it to another page or out of the site."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quiz_plugin.bank.entries import question_versions
from quiz_plugin.bank.links import absolutizer, relocator, rewrite_links
from quiz_plugin.cli.dry_build import check_site
from quiz_plugin.core.parser import parse
from quiz_plugin.plugin.navigation import nav_titles

NAV = [
    {"Home": "index.md"},
    {"Chapters": [{"Garbage collection": "gc.md"}, "refcount.md", {"Elsewhere": "https://example.org/"}]},
    "guide/extra.md",
]


def test_nav_titles_lists_every_page_in_navigation_order_with_its_given_title() -> None:
    assert nav_titles(NAV) == {
        "index.md": "Home",
        "gc.md": "Garbage collection",
        "refcount.md": None,
        "guide/extra.md": None,
    }
    assert nav_titles(None) == {}


QUESTION = "/// quiz | {id}\nQ?\n\n- [x] a\n- [ ] b\n///\n"
PAGES = {
    "listed.md": "---\ntitle: Front matter\n---\n# Heading\n\n" + QUESTION.format(id="listed"),
    "front.md": "---\ntitle: The cyclic collector\n---\n\n# Heading\n\n" + QUESTION.format(id="front"),
    "setext.md": "Reference counting\n==================\n\n" + QUESTION.format(id="setext"),
    "atx.md": "# Arenas { #top }\n\n```python\n# not a heading\n```\n\n" + QUESTION.format(id="atx"),
    "late-heading.md": "Intro.\n\n# Later\n\n" + QUESTION.format(id="late-heading"),
    "guide/finding-leaks.md": "No heading.\n\n" + QUESTION.format(id="file-name"),
}


def test_a_questions_chapter_is_its_pages_title_as_mkdocs_gives_it(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for name, text in PAGES.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    config = {
        "site_name": "Titles",
        "nav": [{"Home": "index.md"}, {"Garbage collection": "listed.md"}, "front.md", "setext.md", "atx.md"],
        "markdown_extensions": ["attr_list"],
        "plugins": ["quizblocks"],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    bank = check_site(str(tmp_path / "mkdocs.yml"), keep_questions=True).bank
    assert {entry.id: entry.chapter for entry in bank.entries} == {
        "listed": "Garbage collection",  # the navigation's title first
        "front": "The cyclic collector",  # then the front matter's
        "setext": "Reference counting",  # then the first heading, of either kind
        "atx": "Arenas",
        "late-heading": "Late heading",  # a heading that does not open the page is not its title
        "file-name": "Finding leaks",  # then the file name
    }


def test_a_code_output_question_is_about_the_versions_it_names() -> None:
    question = (
        parse("/// quiz | q\n    snippet: a/b.py\n    version: 3.12, 3.13t\nQ?\n\n- [x] a\n- [ ] b\n///\n")
        .blocks[0]
        .question
    )
    assert question is not None and question_versions(question) == ["3.12", "3.13t"]
    prints = (
        parse(
            "/// quiz | q\n    type: multiple\n    snippet: a/b.py\n    prints: 1\nQ?\n\n- [x] CPython 3.13\n- [ ] 3.10\n///\n"
        )
        .blocks[0]
        .question
    )
    assert prints is not None and question_versions(prints) == ["3.10", "3.13"]


@pytest.mark.parametrize(
    "target, moved",
    [
        ("#section", "gc.md#section"),
        ("refcount.md#immortal", "refcount.md#immortal"),
        ("img/arena.svg", "img/arena.svg"),
        ("https://peps.python.org/pep-0683/", "https://peps.python.org/pep-0683/"),
        ("mailto:someone@example.org", "mailto:someone@example.org"),
    ],
)
def test_links_of_a_page_at_the_root_keep_pointing_at_the_same_place_from_another_page(target: str, moved: str) -> None:
    assert rewrite_links(f"See [this]({target}).", relocator("gc.md", "answer-key.md")) == f"See [this]({moved})."


def test_links_of_a_page_in_a_subdirectory_are_rebased() -> None:
    move = relocator("guide/counting.md", "answer-key.md")
    assert rewrite_links('[a](#x) [b](../gc.md#y) ![c](img/d.svg "title")', move) == (
        '[a](guide/counting.md#x) [b](gc.md#y) ![c](guide/img/d.svg "title")'
    )
    assert rewrite_links("[ref]: #x\n[ref2]: <../gc.md>", move) == "[ref]: guide/counting.md#x\n[ref2]: <gc.md>"


def test_code_is_left_alone() -> None:
    move = relocator("guide/counting.md", "answer-key.md")
    markdown = "`[a](#x)` and [b](#x)\n\n```markdown\n[c](#x)\n```"
    assert rewrite_links(markdown, move) == "`[a](#x)` and [b](guide/counting.md#x)\n\n```markdown\n[c](#x)\n```"


def test_links_leaving_the_site_become_absolute_urls_of_the_published_pages() -> None:
    make_absolute = absolutizer(
        "guide/counting.md", "https://example.org/site", {"gc.md": "gc/", "guide/counting.md": "guide/counting/"}
    )
    assert rewrite_links("[a](#x) [b](../gc.md#y) [c](img/d.svg)", make_absolute) == (
        "[a](https://example.org/site/guide/counting/#x) [b](https://example.org/site/gc/#y) "
        "[c](https://example.org/site/guide/img/d.svg)"
    )
    assert rewrite_links("[a](#x)", absolutizer("gc.md", "", {})) == "[a](#x)"  # no site_url: left as written
