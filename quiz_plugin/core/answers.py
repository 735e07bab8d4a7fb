"""How a typed short answer is compared with an accepted one.

``assets/quiz.js`` implements the same rules for readers; ``tests/answer_cases.json`` holds the cases
both implementations must agree on.
"""

from __future__ import annotations

import math
import re

from .model import Tolerance

# ASCII digits only, as in JavaScript (Python's \d would also read other scripts' digits).
_DECIMAL_RE = re.compile(r"^(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:e[+-]?\d+(?:_\d+)*)?$", re.ASCII)
_RADIX_RE = re.compile(
    r"^0(?:(?P<x>x[0-9a-f]+(?:_[0-9a-f]+)*)|(?P<o>o[0-7]+(?:_[0-7]+)*)|(?P<b>b[01]+(?:_[01]+)*))$", re.ASCII
)
# JavaScript's whitespace (its \s and String.prototype.trim), which differs from str.split()'s.
_SPACE_RE = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+")


def normalise_text(text: str) -> str:
    """Case and runs of whitespace do not matter."""
    return _SPACE_RE.sub(" ", text).strip(" ").lower()


def parse_number(text: str) -> float | None:
    """A number written as a Python literal would be (``512``, ``512.0``, ``0x200``, ``1_024``, ``5e2``).

    Compared as double-precision floats, exactly as the browser compares them.
    """
    literal = normalise_text(text).replace(" ", "")
    sign = 1.0
    if literal[:1] in ("+", "-"):
        sign = -1.0 if literal[0] == "-" else 1.0
        literal = literal[1:]
    radix = _RADIX_RE.match(literal)
    if radix:
        base = 16 if radix["x"] else 8 if radix["o"] else 2
        try:
            return sign * float(int(literal[2:].replace("_", ""), base))
        except OverflowError:  # too large for a double: infinite, as in JavaScript
            return sign * math.inf
    if _DECIMAL_RE.match(literal):
        return sign * float(literal.replace("_", ""))
    return None


# Decimal amounts are not exact in binary (0.4 - 0.3 is a little more than 0.1): a number at the very
# edge of the tolerance matches, as its author means, whatever the rounding.
SLACK = 1e-9


def parse_tolerance(text: str) -> Tolerance | None:
    """A tolerance as authors write it: a number (``0.5``, ``1e-3``) or a percentage (``1%``); None if
    it is neither. A negative amount is read, for the validator to report."""
    written = _SPACE_RE.sub("", text)
    relative = written.endswith("%")
    amount = parse_number(written[:-1] if relative else written)
    if amount is None or math.isinf(amount):
        return None
    return Tolerance(amount, relative, written)


def within(given: float, answer: float, tolerance: Tolerance | None) -> bool:
    """Whether a typed number matches an answer: equal, or as close as the tolerance allows."""
    if tolerance is None:
        return given == answer
    return abs(given - answer) <= tolerance.width(answer) * (1 + SLACK)


def answer_matches(given: str, accepted: str, numeric: bool, tolerance: Tolerance | None = None) -> bool:
    """Whether a reader's typed answer matches an answer of the key (``accepted``: one of the accepted
    answers, or an anticipated wrong one); ``tolerance`` applies to numeric answers only."""
    if numeric:
        number, answer = parse_number(given), parse_number(accepted)
        return number is not None and answer is not None and within(number, answer, tolerance)
    return normalise_text(given) == normalise_text(accepted)


def short_answer_text(text: str) -> str:
    """An accepted short answer as readers type it: one pair of surrounding backticks is markup."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == "`":
        text = text[1:-1].strip()
    return text
