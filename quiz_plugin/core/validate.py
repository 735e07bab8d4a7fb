"""The rules a parsed question must follow. The build and the linter both call these functions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .answers import SLACK, answer_matches, normalise_text, parse_number, short_answer_text
from .model import Block, Problem, Question, QuestionType, Tolerance
from .raw_html import unbalanced_html
from .true_false import TrueFalseWords, true_false_words

# The engine shows the verdict ("Correct!", "Not quite."); feedback that opens with one repeats it.
VERDICT_RE = re.compile(r"^[*_ ]*(?P<word>right|wrong|correct|incorrect)[*_]*[ ]*[:.!,;\u2014\u2013]", re.IGNORECASE)


# An answer that names other answers by their place ("All of the above", "A and B"): shuffling the
# options would make it wrong or meaningless.
PLACES_RE = re.compile(
    r"(?i:\b(?:all|none|both|neither|either|any)\s+of\s+the\s+(?:above|below|previous|preceding|others|other\s+answers)\b)"
    r"|^(?:(?i:both|only|either|neither)\s+)?[A-H](?:\s*,\s*[A-H])*\s*,?\s+(?:and|or|nor)\s+[A-H]\.?$"
)
SHUFFLED_TYPES = (QuestionType.SINGLE, QuestionType.MULTIPLE)
MIN_STEPS = 3


# A rule a host adds (the snippets layer checks code-output answers against their recordings).
Check = Callable[[Question], list[Problem]]
Report = Callable[[int, str], None]  # a problem at a line


def block_problems(
    block: Block, words: TrueFalseWords | None = None, checks: Sequence[Check] = (), shuffle: bool = False
) -> list[Problem]:
    """A block's problems: the parser's, or if it found none, the validator's. A block the parser found
    mistakes in is not judged further: its other problems would follow from those (an answer without
    its box also makes "needs at least two answers")."""
    if block.problems or block.question is None:
        return list(block.problems)
    return validate_question(block.question, words, checks, shuffle)


def validate_question(
    question: Question, words: TrueFalseWords | None = None, checks: Sequence[Check] = (), shuffle: bool = False
) -> list[Problem]:
    """Problems of one question that the parser could read (the parser reports syntax problems itself).

    ``words``: the site's true/false words (English by default); ``shuffle``: whether the site shuffles
    options unless a question says otherwise; ``checks`` run once the question's own shape is right."""
    problems = _validate_shape(question, words or true_false_words()) + _validate_shuffle(question, shuffle)
    problems += _raw_html(question)
    for check in checks:
        if problems:
            break
        problems = check(question)
    return problems


def _raw_html(question: Question) -> list[Problem]:
    problems = unbalanced_html(question.stem, "the question's text")
    for choice in question.choices:
        problems += unbalanced_html(choice.body, "this answer")
        problems += unbalanced_html(choice.feedback, "this feedback")
    for hint in question.hints:
        problems += unbalanced_html(hint, "the hint")
    problems += unbalanced_html(question.explanation, "the explanation")
    return problems


def _validate_shape(question: Question, words: TrueFalseWords) -> list[Problem]:
    problems: list[Problem] = []

    def report(line: int, message: str) -> None:
        problems.append(Problem(line, message))

    if question.stem.is_blank():
        report(question.line, "the question has no text: write it between the header and the answer list")
    if "numeric" in question.settings and question.numeric and question.type is not QuestionType.SHORT:
        report(question.settings["numeric"].line, "`numeric: true` only applies to `type: short`")
    if "tolerance" in question.settings and not (question.type is QuestionType.SHORT and question.numeric):
        report(
            question.settings["tolerance"].line,
            "`tolerance` only applies to numeric short answers: `type: short` and `numeric: true`",
        )

    if not question.choices:
        what = {
            QuestionType.SHORT: "accepted answers as `- [x] answer` items",
            QuestionType.ORDER: "steps, in their right order, as a numbered list: `1. First step`",
        }.get(question.type, "answers as a task list: `- [x] right` and `- [ ] wrong`")
        report(question.line, f"the question has no answer list: add its {what}")
        return problems
    if question.type is QuestionType.ORDER:
        _validate_steps(question, report)
        return problems

    correct = question.correct_choices
    first_answer = question.choices[0].line
    if not correct:
        report(first_answer, "no answer is marked correct: tick the right one with `[x]`")

    if question.type is QuestionType.SINGLE and len(correct) > 1:
        report(
            correct[1].line,
            f"a single-choice question has {len(correct)} answers marked correct (this one and line "
            f"{correct[0].line}{''.join(f', {choice.line}' for choice in correct[2:])}): keep one, or add "
            f"`type: multiple` under the header at line {question.line}",
        )
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE) and len(question.choices) < 2:
        report(first_answer, "a choice question needs at least two answers: add another below this one")

    if question.type is QuestionType.TRUE_FALSE:
        _validate_true_false(question, words, report)

    for choice in question.choices:
        feedback = choice.feedback_source
        if feedback is not None and (verdict := VERDICT_RE.match(feedback.strip("\n"))):
            report(
                choice.feedback_line,
                f"feedback starts with the verdict `{verdict['word']}`, which readers already see: "
                "start with the reason instead",
            )

    if question.type is QuestionType.SHORT:
        _validate_short_answers(question, report)
    return problems


def _validate_steps(question: Question, report: Report) -> None:
    """Enough steps to put in order, each one told apart from the others."""
    steps = question.choices
    if len(steps) < MIN_STEPS:
        report(
            steps[0].line,
            f"an ordering question needs at least {MIN_STEPS} steps (with two, it is a true-false question): "
            "add another",
        )
    seen: dict[str, int] = {}
    for step in steps:
        text = normalise_text(step.body.text)
        if text in seen:
            report(
                step.line, f"this step reads the same as the one at line {seen[text]}: readers cannot tell them apart"
            )
        seen.setdefault(text, step.line)
    for step in steps:
        if step.feedback is not None and (verdict := VERDICT_RE.match(step.feedback.text)):
            report(
                step.feedback.line,
                f"feedback starts with the verdict `{verdict['word']}`, which readers already see: "
                "start with the reason instead",
            )


def _validate_shuffle(question: Question, site_shuffles: bool) -> list[Problem]:
    """``shuffle`` applies to choice questions; a shuffled one names no answer by its place."""
    setting = question.settings.get("shuffle")
    if setting is not None and question.type not in SHUFFLED_TYPES:
        message = (
            "an ordering question always shows its steps shuffled: remove `shuffle`"
            if question.type is QuestionType.ORDER
            else "`shuffle` only applies to single- and multiple-choice questions"
        )
        return [Problem(setting.line, message)]
    if not question.shuffles(site_shuffles):
        return []
    fix = (
        f"remove `shuffle: true` (line {setting.line})"
        if setting is not None
        else f"add `shuffle: false` under the header at line {question.line}"
    )
    return [
        Problem(
            choice.line,
            f"this answer names other answers by their place, which shuffling changes for each reader: {fix}",
        )
        for choice in question.choices
        if PLACES_RE.search(" ".join(re.sub(r"[*_]", "", choice.body.text).split()))
    ]


def _validate_short_answers(question: Question, report) -> None:  # type: ignore[no-untyped-def]
    """Every accepted answer can be typed; no typed reply is both accepted and an anticipated mistake."""
    seen: list[tuple[str, int, bool]] = []  # each answer as readers type it, its line, whether accepted
    for choice in question.choices:
        if len(choice.body.lines) > 1:
            report(choice.line, "a short answer must fit on one line")
            continue
        if choice.body.is_blank():
            continue  # the parser reports an empty answer
        answer = short_answer_text(choice.body.text)
        if question.numeric and parse_number(answer) is None:
            report(choice.line, f"`{answer}` is not a number, but the question is `numeric: true`")
            continue
        if not normalise_text(answer):
            report(choice.line, "no reader can type this answer: it is empty once its backticks are taken off")
            continue
        if answer.startswith("`") and answer.endswith("`"):
            report(
                choice.line,
                f"readers would have to type the backticks of `{answer}`: write the answer in single backticks",
            )
            continue
        for earlier, line, accepted in seen:
            if answer_matches(answer, earlier, question.numeric):  # the very same answer
                if accepted != choice.correct:
                    what = "an accepted answer" if accepted else "an anticipated wrong answer"
                    report(
                        choice.line,
                        f"a reader who types `{answer}` would get both verdicts: it equals {what} at line {line} "
                        f"({'as numbers' if question.numeric else 'ignoring case and spacing'}); keep one of them",
                    )
                elif not choice.correct:
                    report(
                        choice.line,
                        f"this anticipated answer is the same as the one at line {line}, whose feedback readers "
                        "would always get: merge their feedback",
                    )
                break
        seen.append((answer, choice.line, choice.correct))
    if question.numeric and question.tolerance is not None:
        _validate_tolerance_overlaps(seen, question.tolerance, report)


def _validate_tolerance_overlaps(answers: list[tuple[str, int, bool]], tolerance: Tolerance, report: Report) -> None:
    """No number a reader may type is within the tolerance of both an accepted answer and an
    anticipated wrong one (the reader would get both verdicts)."""
    numbers = [(parse_number(text), text, line, accepted) for text, line, accepted in answers]
    for number, text, line, accepted in numbers:
        if accepted or number is None:
            continue
        for other, other_text, other_line, other_accepted in numbers:
            if not other_accepted or other is None or other == number:
                continue  # an equal pair is reported as the very same answer
            reach = (tolerance.width(number) + tolerance.width(other)) * (1 + SLACK)
            if abs(number - other) <= reach:
                report(
                    line,
                    f"`{text}` is within the tolerance ({tolerance.text}) of the accepted answer `{other_text}` "
                    f"at line {other_line}: a reader who types a number between them would get both verdicts; "
                    "narrow `tolerance` or drop one of the answers",
                )
                break


def _validate_true_false(question: Question, words: TrueFalseWords, report) -> None:  # type: ignore[no-untyped-def]
    # The two words of one language, in the site's words or any built-in language's (``true_false``).
    answers = [choice.body.text for choice in question.choices]
    if len(answers) != 2 or not words.is_pair(answers):
        odd = next((c for c in question.choices if words.value(c.body.text) is None), question.choices[-1])
        # A word of each, but from two languages:
        mixed = len(answers) == 2 and {words.value(answer) for answer in answers} == {True, False}
        report(
            odd.line,
            f"a true-false question has exactly two answers, `{words.true}` and `{words.false}`; found "
            + ", ".join(f"`{choice.body.text}`" for choice in question.choices)
            + (" (write both in one language)" if mixed else ""),
        )
    elif len(question.correct_choices) != 1:
        report(
            question.choices[0].line,
            f"a true-false question has exactly one answer marked correct: tick `{words.true}` or `{words.false}`",
        )
