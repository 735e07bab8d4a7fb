"""The previews of the "All questions" page: one line of a question's text, as HTML."""

from __future__ import annotations

import pytest

from quiz_plugin.core.preview import inline_html


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("Plain text.", "Plain text."),
        ("What does `sys.getsizeof([])` return?", "What does <code>sys.getsizeof([])</code> return?"),
        ("A ``code `with` ticks`` span", "A <code>code `with` ticks</code> span"),
        ("`` `x` ``", "<code>`x`</code>"),
        ("a *raw* domain", "a <em>raw</em> domain"),
        ("a **strong** word", "a <strong>strong</strong> word"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        (r"an escaped \*star\*", "an escaped *star*"),
        ("`a*b*c` and *d*", "<code>a*b*c</code> and <em>d</em>"),
        ("<script>alert(1)</script> & more", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"),
        ("`<b>` in code", "<code>&lt;b&gt;</code> in code"),
        ("an `unclosed span", "an `unclosed span"),
        ("snake_case_name and __del__", "snake_case_name and __del__"),
    ],
)
def test_a_preview_is_text_with_code_spans_and_emphasis(markdown: str, html: str) -> None:
    assert inline_html(markdown) == html
