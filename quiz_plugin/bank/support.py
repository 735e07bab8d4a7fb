"""Which questions a tool outside the site can carry: a guard for every export and the terminal runner.

The question model grows (new types, new settings). A tool written before a feature must not carry a
question that uses it as if it did not exist (an ordering question as single choice, a numeric
tolerance ignored): it names the question and what it does not support yet, and leaves it out.
"""

from __future__ import annotations

from collections.abc import Collection

from ..core.model import QuestionType
from .entries import BankEntry

# The settings every tool carries: they describe a question (or select its type), and none changes
# how an answer is graded beyond what the type and ``numeric`` already say.
UNDERSTOOD_SETTINGS = frozenset({"level", "numeric", "prints", "recap", "snippet", "type", "version"})


def unsupported(
    entry: BankEntry, types: Collection[QuestionType], tool: str, settings: Collection[str] = ()
) -> str | None:
    """Why ``tool`` cannot carry the question (``path:line: ...``), or None if it can (``settings``: those
    it understands besides every tool's)."""
    question = entry.question
    if question.type not in types:
        return f"{entry.location}: the {tool} does not support `{question.type.value}` questions yet"
    unknown = sorted(set(question.settings) - UNDERSTOOD_SETTINGS - set(settings))
    if unknown:
        names = ", ".join(f"`{name}`" for name in unknown)
        return f"{entry.location}: the {tool} does not support the setting {names} yet"
    return None
