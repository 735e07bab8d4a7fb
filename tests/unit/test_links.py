"""A question copied to another page, or out of the site, keeps every link working: links are found
with Python-Markdown's own link parser over the whole fragment, not line by line."""

from __future__ import annotations

import pytest

from quiz_plugin.bank.links import absolutizer, page_references, relocator, rewrite_links

MOVE = relocator("gc.md", "answer-key.md")


@pytest.mark.parametrize(
    ("written", "moved"),
    [
        pytest.param("[a](#x)", "[a](gc.md#x)", id="an anchor on the same page"),
        pytest.param("[a](refcount.md#x)", "[a](refcount.md#x)", id="another page"),
        pytest.param(
            "[the section on\ngenerations](#generations)",
            "[the section on\ngenerations](gc.md#generations)",
            id="link text over two lines",
        ),
        pytest.param("[a](\n#x)", "[a](gc.md#x)", id="target on the next line"),
        pytest.param('[a](#x "A title")', '[a](gc.md#x "A title")', id="a title"),
        pytest.param("[a](<#x y>)", "[a](<gc.md#x y>)", id="an angle-bracket target with a space"),
        pytest.param("![a diagram](img/gc.svg)", "![a diagram](img/gc.svg)", id="an image"),
        pytest.param("[![pic](img/a.svg)](#top)", "[![pic](img/a.svg)](gc.md#top)", id="an image inside a link"),
        pytest.param("[a [nested] text](#x)", "[a [nested] text](gc.md#x)", id="brackets inside the text"),
        pytest.param("[ext](https://docs.python.org/3/)", "[ext](https://docs.python.org/3/)", id="an external link"),
        pytest.param("`[code](#x)` and [a](#x)", "`[code](#x)` and [a](gc.md#x)", id="a code span"),
        pytest.param("```\n[fenced](#x)\n```", "```\n[fenced](#x)\n```", id="fenced code"),
        pytest.param("<https://example.org/#x>", "<https://example.org/#x>", id="an autolink"),
        pytest.param(r"\[not a link](#x)", r"\[not a link](#x)", id="an escaped bracket"),
        pytest.param("[a][r]\n\n[r]: #x", "[a][r]\n\n[r]: gc.md#x", id="a reference defined in the fragment"),
        pytest.param("[a] [b](#y)", "[a] [b](gc.md#y)", id="brackets that are no link"),
    ],
)
def test_a_link_moved_to_another_page_still_leads_to_its_target(written: str, moved: str) -> None:
    assert rewrite_links(written, MOVE) == moved


def test_a_reference_defined_elsewhere_on_the_page_becomes_an_inline_link() -> None:
    references = page_references("Text [x].\n\n[gen]: #generations 'Generations'\n[X]: refcount.md#top\n")
    assert rewrite_links("See [the generations][gen] and [x].", MOVE, references) == (
        'See [the generations](gc.md#generations "Generations") and [x](refcount.md#top).'
    )


def test_an_undefined_reference_stays_text() -> None:
    assert rewrite_links("[a][nowhere]", MOVE, {}) == "[a][nowhere]"


def test_page_references_skip_code() -> None:
    assert page_references("```\n[a]: x.md\n```\n[b]: <y.md>\n") == {"b": ("y.md", None)}


def test_an_export_makes_every_local_link_absolute() -> None:
    rewrite = absolutizer("guide/page.md", "https://example.org/site/", {"gc.md": "gc/"})
    text = "See [a](../gc.md#x) and\n[b](#local) and [c](https://elsewhere.org/)."
    assert rewrite_links(text, rewrite) == (
        "See [a](https://example.org/site/gc/#x) and\n"
        "[b](https://example.org/site/guide/page.md#local) and [c](https://elsewhere.org/)."
    )
