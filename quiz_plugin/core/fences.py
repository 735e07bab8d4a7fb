"""Where a text's fenced code is, as Python-Markdown's fenced code extensions will see it.

Everything that reads Markdown line by line before Python-Markdown does (the question parser, the
snippet blocks, titles, link rewriting) must agree with it about what is code, or a question inside
what looks like a fence is missed while Markdown renders it as text, answers and all. So the rules are
those of ``fenced_code`` and ``pymdownx.superfences``, not CommonMark's:

- a fence opens with three or more backticks or tildes, at the start of a line, at an indentation
  that a container can give (0, or a multiple of four), or right after the box of an answer
  (``- [x] ```text``), which is how the quiz grammar puts code in an answer;
- it closes only at a line that holds exactly the same fence (same character, same length), at the
  same column (for a fence on an answer's line: at most the column of the answer's text, since the
  answer's lines are dedented by up to that much), and nothing else but spaces;
- a fence that never closes is no fence at all: its lines are ordinary text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from enum import Enum

# A fence at the start of a line, or right after the box of an answer (`- [x] ```text`).
CODE_FENCE_RE = re.compile(r"^(?P<indent>[ ]*)(?P<box>(?:[-*+]|\d{1,9}[.)])[ ]+\[[ xX]\][ ]+)?(?P<fence>`{3,}|~{3,})")
CLOSING_FENCE_RE = re.compile(r"^(?P<indent>[ ]*)(?P<fence>`{3,}|~{3,})[ ]*$")


class Fences(Enum):
    """Which fenced code the host's Markdown reads: what the code the engine writes may use."""

    SUPERFENCES = "pymdownx.superfences"  # titles, highlighted lines, fences inside containers
    FENCED_CODE = "fenced_code"  # Python-Markdown's own: no titles, fences only at the start of a line
    NONE = "none"  # no fenced code at all: only indented code blocks are code

    def reads_fence_at(self, indent: str) -> bool:
        """Whether a fence opened after ``indent`` (a container's indentation) becomes code."""
        return self is Fences.SUPERFENCES or (self is Fences.FENCED_CODE and not indent)


class FenceMap:
    """For each line of a text: does it open a fence, lie inside one, or close one?"""

    def __init__(self, lines: Sequence[str]) -> None:
        self.closer_of: dict[int, int] = {}  # the index of each opening line -> the index of its closing line
        self._starts: list[int] = []  # opening lines, in order, for `is_code`
        closers: dict[str, list[tuple[int, int]]] = {}  # fence -> (index, column) of lines that can close it
        openers: list[tuple[int, str, int, bool]] = []
        for index, line in enumerate(lines):
            if "`" not in line and "~" not in line:
                continue  # the common case, without a regex
            closing = CLOSING_FENCE_RE.match(line)
            if closing:
                closers.setdefault(closing["fence"], []).append((index, len(closing["indent"])))
            opening = CODE_FENCE_RE.match(line)
            if opening and (opening["box"] or len(opening["indent"]) % 4 == 0):
                openers.append((index, opening["fence"], opening.start("fence"), bool(opening["box"])))
        position = -1  # the last line of the last fence found
        for index, fence, column, boxed in openers:
            if index <= position:
                continue  # inside a fence found already
            candidates = closers.get(fence, [])
            for closer, indent in candidates[bisect.bisect_right(candidates, (index, column)) :]:
                # An answer's lines are dedented by up to the answer text's column: its fence closes at
                # that column or left of it. Any other fence closes at its own column.
                if indent == column or (boxed and indent <= column):
                    self.closer_of[index] = position = closer
                    self._starts.append(index)
                    break

    def is_code(self, index: int) -> bool:
        """Whether the line opens, closes or lies inside a fence."""
        found = bisect.bisect_right(self._starts, index) - 1
        return found >= 0 and index <= self.closer_of[self._starts[found]]

    def opens(self, index: int) -> bool:
        return index in self.closer_of

    def closes(self, index: int) -> bool:
        found = bisect.bisect_right(self._starts, index) - 1
        return found >= 0 and self.closer_of[self._starts[found]] == index

    def inside(self, index: int) -> bool:
        """Whether the line lies inside a fence (neither its opening nor its closing line)."""
        return self.is_code(index) and not self.opens(index) and not self.closes(index)
