"""Question text that reached the page as text: the last line of defence against showing answers.

The parser and Python-Markdown agree on what is code and what is a block in every case the tests know
of; should they ever disagree, a ``/// quiz`` header would reach the page as a paragraph, with its
answer list and feedback readable below it. After the block parser has run, any line of text outside
code that still reads as a quiz header is reported at its source line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from xml.etree.ElementTree import Element

from ..core.parser import HEADER_RE

SHOWN_AS_TEXT = (
    "this quiz block reached the page as text, answers and all, not as a question: look above it for a "
    "code fence, HTML tag or `///` block left open, and at its header"
)
CODE_TAGS = {"pre", "code", "script", "style"}


def leftover_headers(root: Element, source: Sequence[str]) -> list[int]:
    """The source lines (1-based) of quiz headers that the tree holds as text."""
    if "quiz" not in "".join(root.itertext()):
        return []  # no text of the page can read as a header (the usual case), found without a walk in Python
    used: set[int] = set()
    found = []
    for line in _text_lines(root):
        if "/" not in line or not HEADER_RE.match(line):
            continue
        wanted = line.strip()
        number = next(
            (n for n, text in enumerate(source, 1) if n not in used and text.lstrip(" >").strip() == wanted),
            0,
        )
        if number:  # otherwise it came from an included file, which is reported at its include line
            used.add(number)
            found.append(number)
    return found


def _text_lines(element: Element) -> Iterator[str]:
    if element.tag in CODE_TAGS:
        return
    if element.text:
        yield from element.text.split("\n")
    for child in element:
        yield from _text_lines(child)
        if child.tail:
            yield from child.tail.split("\n")
