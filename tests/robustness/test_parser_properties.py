"""Properties of the parser and the extension over generated input (Hypothesis).

- Any text at all: parsing never raises; a strict conversion raises nothing but `QuizError`, and every
  problem it reports points at a line of the text.
- A valid question, written in any of the ways the syntax allows and placed among other Markdown,
  comes out whole: same id, type, question, answers, feedback, hint and explanation.
- Block text cut, shuffled and spliced with syntax fragments: the same guarantees, and a conversion
  without problems has rendered every block it found (nothing is silently lost).

Each property runs a bounded number of examples with a deadline, so it belongs to the normal suite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rendered import Rendered, convert, rendered_questions

from quiz_plugin import QuizError, parse

PROPERTY_SETTINGS = settings(
    max_examples=50,
    deadline=timedelta(seconds=2),  # a conversion takes milliseconds; this only catches runaway loops
    suppress_health_check=[HealthCheck.too_slow],
)

convert("/// quiz | warm-up\nQ?\n\n```python\nx = 1\n```\n\n- [x] a\n- [ ] b\n///\n")  # imports, lexers: once

# Words that Markdown leaves as they are: letters and digits, any script, no inline syntax.
WORD = st.text(st.characters(categories=["L", "Nd"]), min_size=1, max_size=8)
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
PARAGRAPH = st.lists(LINE, min_size=1, max_size=3)
IDENTIFIER = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
NUMBER = st.integers(min_value=-(10**6), max_value=10**6).map(str)


@dataclass
class Written:
    """A valid question as the model, and the block an author might write for it."""

    expected: Rendered
    rows: list[str]


@st.composite
def questions(draw: st.DrawFn) -> Written:
    kind = draw(st.sampled_from(["single", "multiple", "true-false", "short"]))
    question_id = draw(IDENTIFIER)
    numeric = kind == "short" and draw(st.booleans())
    indent_setting = draw(st.sampled_from(["    ", "\t", "     "]))
    feedback_indent = draw(st.sampled_from(["    ", "  ", "\t"]))
    marker = draw(st.sampled_from(["-", "*", "+", "1."]))
    stem = draw(PARAGRAPH)

    if kind == "true-false":
        truth = draw(st.booleans())
        choices = [("True", truth), ("False", not truth)]
    elif kind == "short":
        answers = draw(st.lists(NUMBER if numeric else LINE, min_size=1, max_size=4, unique_by=str.lower))
        correct = [True] + draw(st.lists(st.booleans(), min_size=len(answers) - 1, max_size=len(answers) - 1))
        choices = list(zip(answers, correct))
    else:
        answers = draw(st.lists(LINE, min_size=2, max_size=6))
        ticks = draw(st.lists(st.booleans(), min_size=len(answers), max_size=len(answers)))
        right = draw(st.integers(0, len(answers) - 1))
        ticks = [index == right or (kind == "multiple" and tick) for index, tick in enumerate(ticks)]
        choices = list(zip(answers, ticks))
    feedback = [draw(st.none() | LINE) for _ in choices]
    hints = draw(st.lists(LINE, max_size=3))
    explanation = draw(st.none() | PARAGRAPH)

    rows = [f"/// quiz | {question_id}"]
    if kind != "single" or draw(st.booleans()):
        rows.append(f"{indent_setting}type: {kind}")
    if numeric:
        rows.append(f"{indent_setting}numeric: true")
    rows += [*stem, ""]
    for (text, correct), note in zip(choices, feedback):
        rows.append(f"{marker} [{draw(st.sampled_from('xX')) if correct else ' '}] {text}")
        if note is not None:
            rows.append(f"{feedback_indent}> {note}")
    for hint in hints:
        rows += ["", f"Hint: {hint}"]
    if explanation is not None:
        rows += ["", *explanation]
    rows.append("///")

    letters = [chr(ord("A") + index) for index, (_, correct) in enumerate(choices) if correct]
    if kind == "short":
        accepted = [text for text, correct in choices if correct]
        key = ("Accepted answers: " if len(accepted) > 1 else "Accepted answer: ") + ", ".join(accepted)
        shown = [(text, correct) for (text, correct), note in zip(choices, feedback) if note is not None]
        shown_feedback = [note for note in feedback if note is not None]
    else:
        names = [text for text, correct in choices if correct] if kind == "true-false" else letters
        key = ("Correct answers: " if len(names) > 1 else "Correct answer: ") + ", ".join(names)
        shown, shown_feedback = choices, feedback
    expected = Rendered(
        id=question_id,
        type=kind,
        stem=" ".join(stem),
        choices=[(" ".join(text.split()), correct) for text, correct in shown],
        feedback=shown_feedback,
        key=key,
        hints=hints,
        explanation=" ".join(explanation) if explanation is not None else None,
    )
    return Written(expected, rows)


FILLER = st.one_of(
    PARAGRAPH.map(lambda lines: lines + [""]),
    LINE.map(lambda line: [f"## {line}", ""]),
    st.lists(LINE, min_size=1, max_size=3).map(lambda items: [f"- {item}" for item in items] + [""]),
    st.lists(LINE, min_size=1, max_size=3).map(lambda lines: ["```text", *lines, "```", ""]),
    LINE.map(lambda line: ["!!! note", "", f"    {line}", ""]),
)


# Containers a question may stand in, and the classes of the element they render.
CONTAINERS = {"!!! note": "admonition note", '??? tip "More"': "tip", '=== "Tab"': "tabbed-block", "- Item.": ""}


@st.composite
def pages(draw: st.DrawFn) -> tuple[list[Written], str]:
    """A page of filler and valid questions with distinct ids, some in containers, LF or CRLF."""
    drawn = draw(st.lists(questions(), min_size=1, max_size=4, unique_by=lambda item: item.expected.id))
    written: list[Written] = []
    rows: list[str] = []
    for item in drawn:
        rows += [row for chunk in draw(st.lists(FILLER, max_size=2)) for row in chunk]
        container = draw(st.none() | st.sampled_from(sorted(CONTAINERS)))
        if container is None:
            rows += [*item.rows, ""]
            written.append(item)
        else:
            rows += [container, "", *(f"    {row}" if row else "" for row in item.rows), ""]
            written.append(Written(replace(item.expected, container=CONTAINERS[container]), item.rows))
    rows += [row for chunk in draw(st.lists(FILLER, max_size=2)) for row in chunk]
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return written, ending.join(rows) + ending


SYNTAX = st.sampled_from(
    [
        "",
        "///",
        "////",
        "/// quiz | x",
        "/// quiz",
        "/// details | d",
        "```",
        "~~~",
        "    ```",
        "> why",
        "    > why",
        "- [x] yes",
        "- [ ] no",
        "- [ ]",
        "- plain",
        "1. [x] one",
        "    type: multiple",
        "    type: short",
        "    numeric: true",
        "    bogus",
        "Hint: h",
        "Hint:",
        "!!! note",
        "    ",
        "\t",
        "<div>",
        "</div>",
        "<!--",
        "\x1equiz 0\x1e",
        "\r",
        "\u00a0",
        "\ufeff",
        "    /// quiz | indented",
    ]
)


@st.composite
def mutated_blocks(draw: st.DrawFn) -> str:
    """Valid blocks, cut, reordered, re-indented and spliced with fragments of the syntax."""
    rows = [row for item in draw(st.lists(questions(), min_size=1, max_size=3)) for row in item.rows + [""]]
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "indent", "indent all", "truncate"]))
        if not rows:
            rows.append(draw(SYNTAX))
            continue
        at = draw(st.integers(0, len(rows) - 1))
        if action == "delete":
            del rows[at]
        elif action == "duplicate":
            rows.insert(at, rows[at])
        elif action == "swap":
            other = draw(st.integers(0, len(rows) - 1))
            rows[at], rows[other] = rows[other], rows[at]
        elif action == "insert":
            rows.insert(at, draw(SYNTAX | LINE))
        elif action == "indent":
            rows[at] = draw(st.sampled_from(["  ", "    ", "\t", " "])) + rows[at]
        elif action == "indent all":  # under a paragraph: Markdown reads it as code; under a note: not
            prefix = draw(st.sampled_from(["    ", "\t", "        "]))
            rows = [draw(st.sampled_from(["Para.", "!!! note", "- Item."])), "", *(prefix + row for row in rows)]
        else:
            rows = rows[:at]
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return ending.join(rows) + draw(st.sampled_from([ending, ""]))


def check_conversion(text: str) -> list[str]:
    """Convert strictly; the only exception allowed is QuizError, and every problem has a real line."""
    line_count = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    try:
        result = convert(text, strict=True)
    except QuizError as error:
        for problem in error.problems:
            assert problem.path == "case.md" and 1 <= problem.line <= line_count, str(problem)
        return [str(problem) for problem in error.problems]
    assert result.problems == []
    return []


@PROPERTY_SETTINGS
@given(st.text(max_size=400))
def test_any_text_parses_and_converts_without_an_unexpected_exception(text: str) -> None:
    parse(text)
    check_conversion(text)


@PROPERTY_SETTINGS
@given(pages())
def test_a_valid_question_comes_out_whole_wherever_it_stands(page: tuple[list[Written], str]) -> None:
    written, text = page
    assert check_conversion(text) == []
    assert rendered_questions(convert(text).html) == [item.expected for item in written]


@PROPERTY_SETTINGS
@given(mutated_blocks())
def test_mangled_blocks_are_reported_never_lost(text: str) -> None:
    if check_conversion(text):
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n")  # as Python-Markdown splits them
    found = [block.question.id for block in parse(lines).blocks if block.question is not None]
    # Mangled text may hold raw HTML that unbalances the page, so find the questions by their attribute.
    assert re.findall(r'<div class="quiz" [^>]*?id="quiz-([^"]*)"', convert(text).html) == found
