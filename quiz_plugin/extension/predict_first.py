"""Predict before you see: a question must not ask for what the page has already printed above it.

A question that asks what a snippet prints, after the page has shown that snippet's output, tests
scrolling, not understanding. So does a question whose right answer is a line of some output shown
above it. Such a question is a problem unless its author marks it ``recap: true`` (it asks the reader
to recall what they saw, on purpose). The reordering this asks for is simple: the question first, then
the snippet block, which can show only the output (``show: output``) when the question showed the code.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.answers import normalise_text, short_answer_text
from ..core.model import Choice, Problem, Question, QuestionType
from ..snippets.code_output import choice_output
from ..snippets.snippet_block import ShownOutput

# Answers too common to give anything away when they appear in some output above.
COMMON_ANSWERS = {"true", "false", "none"}


def answers_shown_above(question: Question, shown: Sequence[ShownOutput]) -> list[Problem]:
    """Problems for a question whose answer the reader can read in an output above it."""
    if question.recap or not shown:
        return []
    advice = "ask before the output is shown (put the question first), or mark the question `recap: true`"
    setting = question.settings.get("snippet")
    if setting is not None:
        path = setting.value.strip().strip("\"'")
        earlier = next((output for output in shown if output.path == path), None)
        if earlier is not None:
            return [
                Problem(
                    question.line,
                    f"this question asks about `{path}`, whose output the snippet block at line {earlier.line} "
                    f"already shows: {advice}",
                )
            ]
        return []
    problems = []
    for choice in question.correct_choices:
        answer = _answer_text(question, choice)
        if answer is None:
            continue
        earlier = next((output for output in shown if _prints(output, answer)), None)
        if earlier is not None:
            problems.append(
                Problem(
                    choice.line,
                    f"the right answer `{answer}` is printed by `{earlier.path}`, shown above at line "
                    f"{earlier.line}: {advice}",
                )
            )
    return problems


def _answer_text(question: Question, choice: Choice) -> str | None:
    """An answer that is output or code, as compared with outputs; None for prose or trivial answers."""
    if question.type is QuestionType.SHORT:
        text = short_answer_text(choice.body.text)
    else:
        body = choice.body.text.strip()
        is_code = body.startswith(("`", "~~~")) and (body.endswith("`") or body.endswith("~~~"))
        if not is_code:
            return None
        text = choice_output(choice)
    if len(text) < 2 or normalise_text(text) in COMMON_ANSWERS:
        return None
    return text


def _prints(output: ShownOutput, answer: str) -> bool:
    """Whether an output shows the answer: as the whole output, or as whole lines of it."""
    wanted = answer.split("\n")
    for text in output.outputs:
        if text == answer:
            return True
        lines = text.split("\n")
        if any(lines[start : start + len(wanted)] == wanted for start in range(len(lines) - len(wanted) + 1)):
            return True
    return False
