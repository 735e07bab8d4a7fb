"""Raw HTML inside a question must open and close every element within the part it is written in.

Each part of a question (the stem, an answer, a feedback, the hint, the explanation) is placed inside
an element of the question's markup. A stray ``</div>`` in the stem would close that markup early, and
the browser would then find the question's controls outside it: every Check would throw. An element
left open would swallow the rest of the question. Python-Markdown passes raw HTML through as it is, so
the check has to happen here, at the line the author wrote.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .fences import FenceMap
from .model import Fragment, Problem

# Elements that never have an end tag, and those whose end tag HTML lets authors leave out.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "rt", "rp"}
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
AUTOLINK_RE = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str, int]] = []  # ("start" or "end", tag, line within the text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.events.append(("start", tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # <br/>, <span/>: nothing left open

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID:
            self.events.append(("end", tag, self.getpos()[0]))


def unbalanced_html(fragment: Fragment | None, what: str) -> list[Problem]:
    """The first element a part's raw HTML closes without opening it, or leaves open (``what`` names
    the part: "the question's text", "this answer's feedback")."""
    if fragment is None or "<" not in fragment.source:
        return []
    parser = _Tags()
    parser.feed(_markup_only(fragment.lines))
    parser.close()
    stack: list[tuple[str, int]] = []
    for kind, tag, line in parser.events:
        if kind == "start":
            stack.append((tag, line))
            continue
        while stack and stack[-1][0] != tag and stack[-1][0] in OPTIONAL_END:
            stack.pop()
        if stack and stack[-1][0] == tag:
            stack.pop()
            continue
        return [
            Problem(
                fragment.line + line - 1,
                f"`</{tag}>` closes an element that {what} never opened: it would close the question's own "
                "markup early (raw HTML inside a question must be balanced)",
            )
        ]
    if stack:  # even an end tag HTML lets authors leave out: Python-Markdown's raw HTML block needs it
        tag, line = stack[0]
        return [
            Problem(
                fragment.line + line - 1,
                f"`<{tag}>` is never closed in {what}: close it there (raw HTML inside a question must be balanced)",
            )
        ]
    return []


def _markup_only(lines: tuple[str, ...]) -> str:
    """The lines with fenced code, code spans and autolinks blanked out (line numbers kept)."""
    fences = FenceMap(lines)
    kept = ["" if fences.is_code(index) else line for index, line in enumerate(lines)]
    text = "\n".join(kept)
    text = CODE_SPAN_RE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)
    return AUTOLINK_RE.sub(lambda match: " " * len(match.group(0)), text)
