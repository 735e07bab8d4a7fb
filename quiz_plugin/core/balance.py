"""Item statistics: whether a test-wise reader could beat the site's questions without understanding.

The classic flaws of multiple-choice items are measurable: the right answer at the same position too
often, the right answer the longest option too often, true/false statements mostly false, negative
stems that a reader skims past. ``ItemFacts`` records what those statistics need of each question;
``Balance`` counts them, prints them (``lint --stats``) and, where the site sets thresholds, reports
the questions that put it over a threshold, at their lines, so a pull request cannot drift the site back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .answers import short_answer_text
from .model import LocatedProblem, Question, QuestionType
from .true_false import TrueFalseWords, true_false_words

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
NEGATIONS = r"not|never|except|none|cannot|isn't|doesn't|don't|won't"
NEGATIVE_RE = re.compile(rf"\b(?:{NEGATIONS})\b", re.IGNORECASE)
# A negation a reader cannot miss: emphasised (*not*, **never**, _except_) or in capitals (NOT).
EMPHASIS_RE = re.compile(
    rf"(\*\*?|__?)(?=\S)[^*_\n]*?\b(?i:{NEGATIONS})\b[^*_\n]*?(?<=\S)\1|\b(?:NOT|NEVER|EXCEPT|NONE)\b"
)
MARKUP_RE = re.compile(r"[`*_~]|\[|\]\([^)]*\)")
SENTENCE_END_RE = re.compile(r"(?<=[.?!:])\s+")
FENCED_CODE_RE = re.compile(r"```.*?```|~~~.*?~~~", re.S)
CODE_SPAN_RE = re.compile(r"`[^`]*`")


@dataclass(frozen=True)
class ItemFacts:
    """What the statistics need of one question."""

    path: str
    line: int
    id: str
    type: QuestionType
    options: int
    right_positions: tuple[int, ...]  # 0-based
    longest: str  # "strict" when the right answer is strictly the longest option, "tie", or ""
    longest_margin: float  # how much longer the right answer is than the next option (1.0: as long)
    true_answer: bool | None  # for true/false: whether the statement is true
    negative_unemphasised: bool

    @classmethod
    def of(cls, question: Question, path: str, line: int, words: TrueFalseWords | None = None) -> ItemFacts:
        return cls.unpacked(packed_facts(question, path, line, words))

    def packed(self) -> PackedFacts:
        """The facts as a plain tuple of strings, numbers and a tuple of numbers, for a build that keeps
        them to its end: the garbage collector stops tracking such a tuple, where it would scan an
        ``ItemFacts`` of every question in each full collection of the build."""
        return (
            self.path,
            self.line,
            self.id,
            self.type.value,
            self.options,
            self.right_positions,
            self.longest,
            self.longest_margin,
            self.true_answer,
            self.negative_unemphasised,
        )

    @classmethod
    def unpacked(cls, packed: PackedFacts) -> ItemFacts:
        path, line, qid, kind, options, right, longest, margin, true_answer, negative = packed
        return cls(path, line, qid, QuestionType(kind), options, right, longest, margin, true_answer, negative)


# ItemFacts.packed(): its fields in order, the type as its value.
PackedFacts = tuple[str, int, str, str, int, tuple[int, ...], str, float, "bool | None", bool]


def packed_facts(question: Question, path: str, line: int, words: TrueFalseWords | None = None) -> PackedFacts:
    """What the statistics need of a question, as ``ItemFacts.packed`` gives it (a build keeps this
    for every question, and need not make an ``ItemFacts`` of each)."""
    right = tuple(index for index, choice in enumerate(question.choices) if choice.correct)
    longest, margin = "", 0.0
    if question.type is QuestionType.SINGLE and len(right) == 1 and len(question.choices) > 1:
        lengths = [_length(choice.body.text) for choice in question.choices]
        mine = lengths[right[0]]
        others = max(length for index, length in enumerate(lengths) if index != right[0])
        longest = "strict" if mine > others else "tie" if mine == others else ""
        margin = mine / others if others else float("inf")
    true_answer = None
    if question.type is QuestionType.TRUE_FALSE and len(right) == 1:
        true_answer = (words or true_false_words()).value(question.choices[right[0]].body.text) is True
    asked = _asked(question.stem.text)
    negative = bool(NEGATIVE_RE.search(_prose(asked))) and not EMPHASIS_RE.search(asked)
    kind = question.type.value
    return (path, line, question.id, kind, len(question.choices), right, longest, margin, true_answer, negative)


def _asked(stem: str) -> str:
    """The question itself: the stem's last sentence that asks something, or its last sentence (a scenario
    before it may well say what does *not* happen; that is no negative stem)."""
    sentences = [part for part in SENTENCE_END_RE.split(_prose(stem)) if part.strip()]
    questions = [part for part in sentences if "?" in part]
    return (questions or sentences or [""])[-1]


def _prose(text: str) -> str:
    """Text without code spans and fenced code, where a "not" is code, not a negation."""
    if "`" not in text and "~~~" not in text:
        return text  # most sentences hold neither: no expression need look
    return CODE_SPAN_RE.sub(" ", FENCED_CODE_RE.sub(" ", text))


def _length(text: str) -> int:
    plain = MARKUP_RE.sub("", short_answer_text(text))
    return len(" ".join(plain.split()))


@dataclass(frozen=True)
class Thresholds:
    """The site's limits (None: not checked)."""

    # For each number of options: the largest share of one right-answer position, checked once there are
    # ``position_from`` single-choice questions with that many options.
    position_max: Mapping[int, float] = field(default_factory=dict)
    position_from: int = 20
    longest_max: float | None = None  # the largest share of single-choice questions whose right answer is longest
    true_min: float | None = None  # the share of true statements among true/false questions
    true_max: float | None = None


class Balance:
    def __init__(self, facts: Sequence[ItemFacts]) -> None:
        self.facts = list(facts)
        self.single = [f for f in self.facts if f.type is QuestionType.SINGLE and len(f.right_positions) == 1]
        self.true_false = [f for f in self.facts if f.true_answer is not None]

    def positions(self) -> dict[int, Counter[int]]:
        """For each number of options: how many single-choice questions have their right answer at each position."""
        found: dict[int, Counter[int]] = {}
        for fact in self.single:
            found.setdefault(fact.options, Counter())[fact.right_positions[0]] += 1
        return dict(sorted(found.items()))

    def report(self) -> list[str]:
        lines = [f"{len(self.facts)} questions: " + ", ".join(f"{n} {kind.value}" for kind, n in self._types().items())]
        lines.append("Right-answer position, single choice:")
        for count, positions in self.positions().items():
            total = sum(positions.values())
            spread = "  ".join(f"{LETTERS[p]} {positions[p]} ({positions[p] / total:.0%})" for p in range(count))
            lines.append(f"  {count} options, {total} questions: {spread}")
        strict = sum(f.longest == "strict" for f in self.single)
        ties = sum(f.longest == "tie" for f in self.single)
        share = strict / len(self.single) if self.single else 0.0
        lines.append(
            f"Right answer strictly the longest option: {strict} of {len(self.single)} single choice "
            f"({share:.0%}); tied for longest: {ties}"
        )
        true = sum(1 for f in self.true_false if f.true_answer)
        lines.append(f"True/false: {true} true, {len(self.true_false) - true} false")
        rights = Counter(len(f.right_positions) for f in self.facts if f.type is QuestionType.MULTIPLE)
        sizes = Counter(f.options for f in self.facts if f.type is QuestionType.MULTIPLE)
        lines.append(
            "Multiple choice, right answers per question: "
            + (", ".join(f"{n} right: {count}" for n, count in sorted(rights.items())) or "none")
            + (f" (options per question: {', '.join(f'{n}: {c}' for n, c in sorted(sizes.items()))})" if sizes else "")
        )
        negative = [f for f in self.facts if f.negative_unemphasised]
        lines.append(f"Negative stems without emphasis (write *not*): {len(negative)}")
        lines += [f"  {f.path}:{f.line}: {f.id}" for f in negative]
        return lines

    def _types(self) -> dict[QuestionType, int]:
        counts = Counter(f.type for f in self.facts)
        return {kind: counts[kind] for kind in QuestionType if counts[kind]}

    def problems(self, limits: Thresholds) -> list[LocatedProblem]:
        problems: list[LocatedProblem] = []
        for options, counts in self.positions().items():
            total = sum(counts.values())
            share = limits.position_max.get(options)
            if share is not None and total >= limits.position_from:
                allowed = int(share * total)
                for position, count in counts.items():
                    if count <= allowed:
                        continue
                    letter = LETTERS[position]
                    over = [f for f in self.single if f.options == options and f.right_positions[0] == position]
                    message = (
                        f"the right answer is {letter}, as in {count} of the {total} single-choice questions with "
                        f"{options} options ({count / total:.0%}; at most {share:.0%}): move it"
                    )
                    problems += [LocatedProblem(f.path, f.line, message) for f in over[-(count - allowed) :]]
        if limits.longest_max is not None and self.single:
            longest = [f for f in self.single if f.longest == "strict"]
            allowed = int(limits.longest_max * len(self.single))
            if len(longest) > allowed:
                worst = sorted(longest, key=lambda f: f.longest_margin)[-(len(longest) - allowed) :]
                message = (
                    f"the right answer is the longest option, as in {len(longest)} of {len(self.single)} single-choice "
                    f"questions ({len(longest) / len(self.single):.0%}; at most {limits.longest_max:.0%}): make the "
                    "wrong options as specific as the right one"
                )
                problems += [
                    LocatedProblem(f.path, f.line, message) for f in sorted(worst, key=lambda f: (f.path, f.line))
                ]
        if self.true_false and (limits.true_min is not None or limits.true_max is not None):
            total = len(self.true_false)
            true = sum(1 for f in self.true_false if f.true_answer)
            low = limits.true_min if limits.true_min is not None else 0.0
            high = limits.true_max if limits.true_max is not None else 1.0
            if not low <= true / total <= high:
                majority = true / total > high  # the side there is too much of: true statements, or false ones
                limit = int(high * total) if majority else int((1 - low) * total)
                side = [f for f in self.true_false if f.true_answer is majority]
                message = (
                    f"{true} of {total} true/false statements are true ({true / total:.0%}; between {low:.0%} and "
                    f"{high:.0%} wanted): rewrite this {'true' if majority else 'false'} statement as a "
                    f"{'false' if majority else 'true'} one"
                )
                problems += [LocatedProblem(f.path, f.line, message) for f in side[-(len(side) - limit) :]]
        return problems
