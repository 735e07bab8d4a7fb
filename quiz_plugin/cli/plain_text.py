"""A question part's HTML as plain text for a terminal.

The part's normalised HTML (``bank.html_fragment``) is laid out as a reader of plain text expects:
paragraphs wrapped to the terminal's width and separated by blank lines; code blocks as they are,
indented four spaces; lists with ``-`` or their numbers; quotes with ``>``; table rows with their cells
between ``|``. Inline, ``code`` keeps its backticks, emphasis is ``*word*`` and strong emphasis
``**word**`` (a stem's emphasised *not* must survive), a link is its text followed by its address in
parentheses (unless the text is the address, or the address is an anchor of the page), an image is its
``alt`` text in brackets.
"""

from __future__ import annotations

import re
import textwrap
from xml.etree.ElementTree import Element

from ..bank.html_fragment import tags

BLOCKS = tags("address blockquote dd div dl dt figure h1 h2 h3 h4 h5 h6 hr li ol p pre section table tbody thead")
BLOCKS |= tags("tfoot tr ul")
SPACE_RE = re.compile(r"\s+")


def plain_text(fragment: Element, width: int) -> str:
    """The fragment's blocks as text, at most ``width`` characters a line (code blocks excepted)."""
    return "\n".join(_blocks(fragment, max(width, 20))).strip("\n")


def _blocks(element: Element, width: int) -> list[str]:
    """The lines of an element's content; blocks are separated by one blank line."""
    chunks: list[list[str]] = []
    inline: list[Element | str] = [element.text] if element.text else []

    def flush() -> None:
        text = _inline_items(inline).strip()
        if text:
            chunks.append(_wrap(text, width))
        inline.clear()

    for child in element:
        if child.tag in BLOCKS:
            flush()
            lines = _block(child, width)
            if lines:
                chunks.append(lines)
        else:
            inline.append(child)
        if child.tail:
            inline.append(child.tail)
    flush()
    output: list[str] = []
    for chunk in chunks:
        if output:
            output.append("")
        output += chunk
    return output


def _block(element: Element, width: int) -> list[str]:
    tag = element.tag
    if tag == "pre":
        code = "".join(element.itertext()).rstrip("\n")
        return ["    " + line if line else "" for line in code.split("\n")]
    if tag == "hr":
        return ["-" * min(width, 20)]
    if tag in ("ul", "ol"):
        return _list(element, width, ordered=tag == "ol")
    if tag == "blockquote":
        return ["> " + line if line else ">" for line in _blocks(element, width - 2)]
    if tag == "table":
        return _table(element)
    if tag == "dd":
        return ["    " + line if line else "" for line in _blocks(element, width - 4)]
    return _blocks(element, width)


def _list(element: Element, width: int, ordered: bool) -> list[str]:
    lines: list[str] = []
    start = int(element.get("start", "1")) if element.get("start", "1").isdigit() else 1
    items = [child for child in element if child.tag == "li"]
    for number, item in enumerate(items, start):
        marker = f"{number}. " if ordered else "- "
        body = _blocks(item, width - len(marker)) or [""]
        lines.append(marker + body[0])
        lines += [" " * len(marker) + line if line else "" for line in body[1:]]
    return lines


def _table(element: Element) -> list[str]:
    rows = []
    for row in element.iter("tr"):
        cells = [_inline_items([cell.text or "", *_children_with_tails(cell)]).strip() for cell in row]
        rows.append("| " + " | ".join(cells) + " |")
        if any(cell.tag == "th" for cell in row):
            rows.append("|" + "|".join("-" * (len(cell) + 2) for cell in cells) + "|")
    return rows


def _children_with_tails(element: Element) -> list[Element | str]:
    items: list[Element | str] = []
    for child in element:
        items.append(child)
        if child.tail:
            items.append(child.tail)
    return items


def _inline_items(items: list[Element | str]) -> str:
    return "".join(item if isinstance(item, str) else _inline(item) for item in items)


def _inline(element: Element) -> str:
    """An inline element as text (its tail not included)."""
    tag = element.tag
    if tag == "br":
        return "\n"
    if tag == "img":
        alt = element.get("alt", "").strip()
        return f"[{alt}]" if alt else ""
    inner = _inline_items([element.text or "", *_children_with_tails(element)])
    if tag == "code":
        return f"`{inner}`"
    if tag in ("em", "i"):
        return f"*{inner}*" if inner.strip() else inner
    if tag in ("strong", "b"):
        return f"**{inner}**" if inner.strip() else inner
    if tag == "a":
        href = element.get("href", "")
        if href and not href.startswith("#") and SPACE_RE.sub(" ", inner).strip() != href:
            return f"{inner} ({href})"
    return inner


def _wrap(text: str, width: int) -> list[str]:
    """Paragraph text wrapped to ``width``; a line break the author wrote (``<br>``) stays."""
    lines: list[str] = []
    for line in text.split("\n"):
        words = SPACE_RE.sub(" ", line).strip()
        lines += textwrap.wrap(words, width, break_long_words=False, break_on_hyphens=False) or [""]
    return lines
