"""The pure model of a question block: what the parser produces and the validator checks.

Nothing here knows about Markdown rendering or MkDocs. Line numbers are 1-based and count the lines
of the text given to the parser; callers add an offset (front matter) and a path to report them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class QuestionType(str, Enum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true-false"
    SHORT = "short"
    ORDER = "order"  # put the steps of a process in order: the answer list is the steps, in the right order


@dataclass(frozen=True)
class Problem:
    """An authoring mistake at a line of the parsed text."""

    line: int
    message: str

    def located(self, path: str, line_offset: int = 0) -> LocatedProblem:
        return LocatedProblem(path, self.line + line_offset, self.message)


@dataclass(frozen=True, order=True)
class LocatedProblem:
    """An authoring mistake in a file, printed as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Fragment(NamedTuple):
    """The Markdown lines of one part of a question, and the source line of the first one. Immutable: a
    question gives out a new fragment of its parts each time (``Choice``), so a change would be lost;
    a named tuple, as that is made faster than a frozen dataclass."""

    line: int
    source: str = ""  # the lines joined by newlines: one string, which the garbage collector need not watch

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(self.source.split("\n")) if self.source else ()

    @property
    def text(self) -> str:
        return self.source.strip("\n")

    def is_blank(self) -> bool:
        return not self.source.strip()  # the same as its text's: only white space


class _ChoiceFields(NamedTuple):
    line: int
    correct: bool
    body_line: int
    body_source: str
    feedback_line: int
    feedback_source: str | None


class Choice(_ChoiceFields):
    """One item of the answer list: an option, or an accepted (or anticipated wrong) short answer.

    A tuple of line numbers and strings, which gives out its body and feedback as new ``Fragment``
    objects: a page's parse holds every answer of every question while the page converts, and the
    garbage collector stops watching a tuple of numbers and strings after its first pass, where it
    would scan an object with attributes on every later pass until the page is written.
    """

    __slots__ = ()

    def __new__(cls, line: int, correct: bool, body: Fragment, feedback: Fragment | None = None) -> Choice:
        if feedback is None:
            return _ChoiceFields.__new__(cls, line, correct, body.line, body.source, 0, None)
        return _ChoiceFields.__new__(cls, line, correct, body.line, body.source, feedback.line, feedback.source)

    @classmethod
    def of(
        cls, line: int, correct: bool, body_line: int, body_source: str, feedback_line: int, feedback_source: str | None
    ) -> Choice:
        """The choice made of its fields as they are kept (no fragment made to be taken apart)."""
        return _ChoiceFields.__new__(cls, line, correct, body_line, body_source, feedback_line, feedback_source)

    @property
    def body(self) -> Fragment:
        return Fragment(self.body_line, self.body_source)

    @property
    def feedback(self) -> Fragment | None:
        source = self.feedback_source
        return None if source is None else Fragment(self.feedback_line, source)

    def __getnewargs__(self) -> tuple[int, bool, Fragment, Fragment | None]:
        return (self.line, self.correct, self.body, self.feedback)  # for copy and pickle

    def __repr__(self) -> str:
        return f"Choice(line={self.line!r}, correct={self.correct!r}, body={self.body!r}, feedback={self.feedback!r})"


@dataclass(frozen=True)
class Tolerance:
    """How far a typed number may be from an answer of a numeric short-answer question and still match
    it: an amount (``tolerance: 0.5``), or a percentage of the answer (``tolerance: 1%``)."""

    amount: float  # the absolute amount, or the percentage
    relative: bool  # whether ``amount`` is a percentage of the answer
    text: str  # as the author wrote it, without spaces: what readers are shown ("0.5", "1%")

    def width(self, answer: float) -> float:
        """How far a number may be from ``answer`` (computed as the browser computes it)."""
        return abs(answer) * self.amount / 100 if self.relative else self.amount


@dataclass
class Setting:
    """A ``key: value`` line under the block header."""

    line: int
    value: str


@dataclass
class Question:
    id: str
    line: int
    end_line: int
    type: QuestionType = QuestionType.SINGLE
    numeric: bool = False
    tolerance: Tolerance | None = None  # how far a typed number may be from an answer (numeric only)
    shuffle: bool | None = None  # the order of the options per reader; None: as the site says
    level: str | None = None  # what the question asks of the reader (Bloom's taxonomy), if the author says
    recap: bool = False  # asks about something the page has already shown, on purpose
    choices: list[Choice] = field(default_factory=list)
    hints: tuple[Fragment, ...] = ()  # shown one at a time, in this order
    settings: dict[str, Setting] = field(default_factory=dict)
    # The stem and the explanation, as ``Choice`` keeps its parts: given out as new fragments.
    stem_line: int = 0
    stem_source: str = ""
    explanation_line: int = 0
    explanation_source: str | None = None

    @property
    def stem(self) -> Fragment:
        return Fragment(self.stem_line, self.stem_source)

    @stem.setter
    def stem(self, fragment: Fragment) -> None:
        self.stem_line, self.stem_source = fragment.line, fragment.source

    @property
    def explanation(self) -> Fragment | None:
        source = self.explanation_source
        return None if source is None else Fragment(self.explanation_line, source)

    @explanation.setter
    def explanation(self, fragment: Fragment | None) -> None:
        if fragment is None:
            self.explanation_line, self.explanation_source = 0, None
        else:
            self.explanation_line, self.explanation_source = fragment.line, fragment.source

    @property
    def correct_choices(self) -> list[Choice]:
        return [choice for choice in self.choices if choice.correct]

    def shuffles(self, site_default: bool = False) -> bool:
        """Whether readers see the options in an order of their own (single and multiple choice only:
        the question's ``shuffle`` setting, or the site's default). An ordering question's steps are
        always shown scrambled; that is its nature, not this setting."""
        if self.type not in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            return False
        return self.shuffle if self.shuffle is not None else site_default

    def content_hash(self, shown_code: str = "") -> str:
        """A short hash of what a saved answer depends on.

        Feedback, hints, explanation and shuffling are left out on purpose: fixing a typo there must not
        wipe readers' progress (answers are kept by the author's order of the options, whatever order a
        reader sees), while any change to the stem, the answers, which are right, the tolerance of a
        numeric answer, or the code a code-output question shows (``shown_code``) must.
        """
        payload = _HASH_ENCODER.encode(
            [
                self.type.value,
                self.numeric,
                self.stem_source.strip("\n"),
                [[choice.body_source.strip("\n"), choice.correct] for choice in self.choices],
                *([shown_code] if shown_code else []),
                *([["tolerance", self.tolerance.text]] if self.tolerance is not None else []),
            ]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:8]


# What ``json.dumps(payload, ensure_ascii=False)`` writes; made once (``dumps`` with any option makes an
# encoder for every call).
_HASH_ENCODER = json.JSONEncoder(ensure_ascii=False)


@dataclass
class Block:
    """A ``/// quiz`` block found in a text: where it is, its question if it parsed, its problems."""

    start: int  # 0-based index of the header line
    end: int  # 0-based index one past the closing line (or the last line consumed)
    indent: str
    question: Question | None
    problems: tuple[Problem, ...]  # most blocks have none: the one empty tuple
