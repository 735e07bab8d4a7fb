"""Snippet includes (``--8<-- "file"``, pymdownx.snippets) seen from the question parser.

An include line inside a question's part is content of that part: the line stays where the author put
it, and pymdownx.snippets replaces it with the file's lines after the quiz preprocessor has run, so
the included text lands in the stem, an answer, a feedback, the hint or the explanation it was written
in. Two things cannot be left to pymdownx.snippets:

- a file that holds a ``/// quiz`` block: the block would reach the page as text, answers and all,
  since the parser only sees the page's own lines. It is refused, at the include line (unless the
  include is inside fenced code, where the block is code to show);
- a file that does not exist (with ``check_paths``): pymdownx.snippets stops the build with a traceback
  that names no line. It is reported at the include line instead, and the line is left as text.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown

from ..core.fences import FenceMap
from ..core.model import Problem
from ..core.parser import HEADER_RE, NEAR_HEADER_RE, normalise_line

FEEDBACK_QUOTE_RE = re.compile(r"^[ ]{4,}>[ ]?")


def check_includes(md: Markdown, lines: list[str]) -> tuple[list[str], list[Problem]]:
    """The page's lines (a missing file's include line made text) and the problems of its includes."""
    if "snippet" not in md.preprocessors or "8<" not in "\n".join(lines):  # one search in C, not one per line
        return lines, []
    snippets: Any = md.preprocessors["snippet"]
    pattern = getattr(snippets, "RE_ALL_SNIPPETS", None)
    if pattern is None or not hasattr(snippets, "parse_snippets"):
        return lines, []  # a version of pymdown-extensions whose include syntax this does not know
    problems: list[Problem] = []
    checked = list(lines)
    fences = FenceMap(lines)
    for index, line in enumerate(lines):
        if "8<" not in line:
            continue
        # A feedback's lines are quoted (`    > --8<-- "file"`): the parser takes the quote off, and
        # pymdownx.snippets then sees the include line bare.
        quote = FEEDBACK_QUOTE_RE.match(line)
        prefix = quote.group(0) if quote else ""
        match = pattern.match(line[len(prefix) :])
        if match is None or match["escape"] or not match["inline_marker"]:
            continue  # escaped, or the block form of several files: left to pymdownx.snippets
        included = _included_lines(snippets, line[len(prefix) :])
        if isinstance(included, str):
            problems.append(Problem(index + 1, f"{included}: fix the path (pymdownx.snippets' `base_path`)"))
            indent = prefix + match["space"]
            checked[index] = f"{indent};{line[len(indent) :]}"  # pymdownx.snippets shows it as text
            continue
        header = None if fences.inside(index) else _first_header(included)  # in a fence, it is code
        if header is not None:
            problems.append(
                Problem(
                    index + 1,
                    f"the file included here holds a quiz block (`{header}`): write question blocks in the "
                    "page itself (an included file may hold a part of a question, not a whole block)",
                )
            )
    return checked, problems


def _included_lines(snippets: Any, line: str) -> list[str] | str:
    """What pymdownx.snippets puts in place of an include line, or its error message."""
    # The state its run() resets for each page; parse_snippets() needs it.
    snippets.seen, snippets.bases, snippets.failed = set(), None, set()
    try:
        return list(snippets.parse_snippets([line]))
    except Exception as error:  # noqa: BLE001 (SnippetMissingError, or an unreadable file)
        return str(error) or type(error).__name__


def _first_header(lines: list[str]) -> str | None:
    normalised = [normalise_line(line) for line in lines]
    fences = FenceMap(normalised)
    for index, line in enumerate(normalised):
        if "/" in line and not fences.is_code(index) and (HEADER_RE.match(line) or NEAR_HEADER_RE.match(line)):
            return line.strip()
    return None
