"""The one-line preview of a question on the "All questions" page: the first paragraph of its text.

Written as HTML without Python-Markdown: a thousand previews through its inline patterns took 0.2 s, a
sixth of a whole build (benchmarks/). A preview needs little of Markdown: code spans, emphasis and
backslash escapes; links are reduced to their text, and anything else shows as written.
"""

from __future__ import annotations

import html
import re

from .model import Fragment

PREVIEW_STOP_RE = re.compile(r"^(?:[ ]{0,3}(?:`{3,}|~{3,}|/{3,}|--8<--|!!!|\?\?\?|[-*+] |\d+[.)] |>|\||#)|[ ]{4,})")
LINK_TEXT_RE = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\([^)]*\)|\[[^\]]*\])")
PREVIEW_LENGTH = 150
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
STRONG_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
ESCAPED_RE = re.compile(r"\\([!-/:-@\[-`{-~])")


def preview(stem: Fragment, length: int = PREVIEW_LENGTH) -> str:
    """The first paragraph of a question's text, on one line, links reduced to their text."""
    words: list[str] = []
    for line in stem.lines:
        if not line.strip() or PREVIEW_STOP_RE.match(line):
            break
        words += line.split()
    text = LINK_TEXT_RE.sub(r"\1", " ".join(words))
    if len(text) > length:
        text = text[:length].rsplit(" ", 1)[0]
        if text.count("`") % 2:
            text = text[: text.rfind("`")].rstrip()
        text += " …"
    return text


def inline_html(text: str) -> str:
    """A one-line preview as HTML: code spans, ``**strong**``, ``*emphasis*`` and backslash escapes of
    Markdown; everything else (raw HTML too) is text. ``preview`` has already reduced links to their text."""
    parts = []
    position = 0
    for match in CODE_SPAN_RE.finditer(text):
        parts.append(_emphasis_html(text[position : match.start()]))
        code = match[2].replace("\n", " ")
        if code.startswith(" ") and code.endswith(" ") and code.strip():
            code = code[1:-1]
        parts.append(f"<code>{html.escape(code, quote=False)}</code>")
        position = match.end()
    parts.append(_emphasis_html(text[position:]))
    return "".join(parts)


def _emphasis_html(text: str) -> str:
    if "*" not in text and "\\" not in text:
        return html.escape(text, quote=False)  # most text: no regex needed
    # Split at backslash escapes first (odd items are the escaped characters), so `\*` is never emphasis.
    pieces = ESCAPED_RE.split(text)
    for index, piece in enumerate(pieces):
        piece = html.escape(piece, quote=False)
        if index % 2 == 0:
            piece = EMPHASIS_RE.sub(r"<em>\1</em>", STRONG_RE.sub(r"<strong>\1</strong>", piece))
        pieces[index] = piece
    return "".join(pieces)
