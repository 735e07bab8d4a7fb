"""How a tested snippet's code is shown: the lines that matter highlighted, helper code folded away.

The snippet file stays a complete program (the test suite runs it as it is); comment lines in it say
how readers see it, and are left out of what they see::

    # fold-start: helpers that read pymalloc's statistics
    def stats(): ...
    # fold-end
    # highlight-next-line
    x = [0] * 1000
    # highlight-start
    del x
    gc.collect()
    # highlight-end

Folded code is shown collapsed (a ``??? example`` block of pymdownx.details, where the site has it),
in its place between the other pieces; highlighted lines use the code block's ``hl_lines``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FOLD_START_RE = re.compile(r"^#[ ]*fold-start(?::[ ]*(?P<summary>.*?))?[ ]*$")
MARKERS = ("fold-end", "highlight-next-line", "highlight-start", "highlight-end")
MARKER_RE = re.compile(r"^#[ ]*(?P<marker>" + "|".join(MARKERS) + r")[ ]*$")
DEFAULT_SUMMARY = "Helper code"


class ShownCodeError(ValueError):
    """Marker comments that do not pair up."""


@dataclass
class CodePiece:
    """A run of the code shown one way: plain, or folded under a summary."""

    lines: list[str] = field(default_factory=list)
    summary: str | None = None  # a folded piece's summary; None for code shown as it is
    highlighted: list[int] = field(default_factory=list)  # 1-based lines of this piece

    @property
    def code(self) -> str:
        return "\n".join(self.lines)


def shown_pieces(code: str) -> list[CodePiece]:
    """The code without its marker comments, cut into the pieces readers see, in order."""
    pieces = [CodePiece()]
    highlight_next = False
    highlighting: int | None = None  # the line of an open highlight-start
    for number, line in enumerate(code.rstrip("\n").split("\n"), 1):
        stripped = line.strip()
        fold = FOLD_START_RE.match(stripped)
        marker = MARKER_RE.match(stripped)
        if fold:
            if pieces[-1].summary is not None:
                raise ShownCodeError(f"line {number}: `# fold-start` inside a fold (end the first with `# fold-end`)")
            pieces.append(CodePiece(summary=fold["summary"] or DEFAULT_SUMMARY))
        elif marker and marker["marker"] == "fold-end":
            if pieces[-1].summary is None:
                raise ShownCodeError(f"line {number}: `# fold-end` without a `# fold-start` above it")
            pieces.append(CodePiece())
        elif marker and marker["marker"] == "highlight-next-line":
            highlight_next = True
        elif marker and marker["marker"] == "highlight-start":
            if highlighting is not None:
                raise ShownCodeError(f"line {number}: `# highlight-start` inside another (line {highlighting})")
            highlighting = number
        elif marker and marker["marker"] == "highlight-end":
            if highlighting is None:
                raise ShownCodeError(f"line {number}: `# highlight-end` without a `# highlight-start` above it")
            highlighting = None
        else:
            piece = pieces[-1]
            piece.lines.append(line)
            if highlight_next or highlighting is not None:
                piece.highlighted.append(len(piece.lines))
            highlight_next = False
    if pieces[-1].summary is not None:
        raise ShownCodeError("a `# fold-start` is never closed: add `# fold-end` after the folded code")
    if highlighting is not None:
        raise ShownCodeError(f"line {highlighting}: `# highlight-start` is never closed: add `# highlight-end`")
    for piece in pieces:
        while piece.lines and not piece.lines[-1].strip():  # a blank line before a marker is no content
            piece.lines.pop()
        while piece.lines and not piece.lines[0].strip():
            piece.lines.pop(0)
            piece.highlighted = [line - 1 for line in piece.highlighted if line > 1]
    return [piece for piece in pieces if piece.lines]


def plain_code(code: str) -> str:
    """The code without marker comments, all pieces joined (what an export or a copy shows)."""
    return "\n".join(line for line in code.rstrip("\n").split("\n") if not _is_marker(line)) + "\n"


def has_markers(code: str) -> bool:
    return any(_is_marker(line) for line in code.split("\n"))


def _is_marker(line: str) -> bool:
    stripped = line.strip()
    return bool(FOLD_START_RE.match(stripped) or MARKER_RE.match(stripped))
