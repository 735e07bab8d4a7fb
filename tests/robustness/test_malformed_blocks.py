"""A corpus of malformed and hostile question blocks, through the site's real Markdown pipeline.

Each case is either an authoring mistake, which must be reported exactly (`case.md:line: message`),
or odd but valid input, which must render the question a reader expects. Every case ends with a
paragraph that must survive: a broken block never swallows the rest of the page.
"""

from __future__ import annotations

import pytest
from corpus import (
    EMPTY_ANSWER,
    GOOD,
    NO_BOX,
    NO_CHOICE_LIST,
    NO_ID,
    NO_SHORT_LIST,
    NO_TEXT,
    NONE_CORRECT,
    NOT_CLOSED,
    NOT_RENDERED,
    ORPHAN_FEEDBACK,
    TWO_ANSWERS,
    Case,
    check_case,
    mistake,
    page,
    simple,
    valid,
)
from rendered import convert

HUGE_ANSWERS = 2_000
HUGE_STEM_LINES = 5_000
DEEP = 12  # admonitions nested in admonitions

CORPUS: dict[str, Case] = {
    # --- the header -----------------------------------------------------------------------------
    "no id": mistake("/// quiz", *GOOD[1:], problems=[(1, NO_ID)]),
    "bar but no id": mistake("/// quiz |", *GOOD[1:], problems=[(1, NO_ID)]),
    "id in upper case": mistake(
        "/// quiz | Refcount",
        *GOOD[1:],
        problems=[(1, "quiz id `Refcount` may only contain lower-case letters a-z, digits and -")],
    ),
    "id with an underscore": mistake(
        "/// quiz | ref_count",
        *GOOD[1:],
        problems=[(1, "quiz id `ref_count` may only contain lower-case letters a-z, digits and -")],
    ),
    "id of two words": mistake(
        "/// quiz | two words",
        *GOOD[1:],
        problems=[(1, "quiz id `two words` may only contain lower-case letters a-z, digits and -")],
    ),
    "id with an accented letter": mistake(
        "/// quiz | café",
        *GOOD[1:],
        problems=[(1, "quiz id `café` may only contain lower-case letters a-z, digits and -")],
    ),
    "id with a zero-width space": mistake(
        "/// quiz | gc\u200bdemo",
        *GOOD[1:],
        problems=[(1, "quiz id `gc\u200bdemo` may only contain lower-case letters a-z, digits and -")],
    ),
    "id without the bar": mistake(
        "/// quiz refcount", *GOOD[1:], problems=[(1, "expected `| <id>` after `quiz`, found `refcount`")]
    ),
    "header in title case": mistake(
        "/// Quiz | q",
        "Q?",
        "",
        problems=[(1, "`/// Quiz | q` is not a quiz header: write `/// quiz | <id>` (three slashes, lower case)")],
    ),
    "header misspelt": mistake(
        "/// quizz | q",
        "Q?",
        "",
        problems=[(1, "`/// quizz | q` is not a quiz header: write `/// quiz | <id>` (three slashes, lower case)")],
    ),
    # --- closing ------------------------------------------------------------------------------
    "never closed, at the end of the file": mistake(*GOOD[:-1], problems=[(1, NOT_CLOSED)], page_goes_on=False),
    "never closed, no newline at the end": Case(
        "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b", [f"case.md:1: {NOT_CLOSED}"], [], page_goes_on=False
    ),
    "just a header at the end of the file": mistake(
        "Text.",
        "",
        "/// quiz | q",
        problems=[(3, NOT_CLOSED)],
        page_goes_on=False,
    ),
    "closed with text after the slashes": mistake(
        *GOOD[:-1], "/// end", problems=[(1, NOT_CLOSED)], page_goes_on=False
    ),
    "closed with too many slashes": mistake(*GOOD[:-1], "////", problems=[(1, NOT_CLOSED)], page_goes_on=False),
    "a quiz inside a quiz": mistake(
        "/// quiz | outer",
        "Q?",
        "",
        "/// quiz | inner",
        "///",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[(4, "a quiz block cannot contain another quiz block (this one opens at line 1)")],
    ),
    "an unclosed quiz before the next one": mistake(
        "/// quiz | first",
        "Q?",
        "",
        "- [x] a",
        "- [ ] b",
        "",
        *GOOD,
        problems=[
            (1, NOT_CLOSED),
            (7, "a quiz block cannot contain another quiz block (this one opens at line 1)"),
            (10, "a second answer list starts here: keep all answers in one list"),
        ],
        page_goes_on=False,
    ),
    "unclosed inside an admonition: ends with the admonition": mistake(
        "!!! note",
        "",
        "    /// quiz | q",
        "    Q?",
        "",
        "    - [x] a",
        "    - [ ] b",
        problems=[(3, NOT_CLOSED)],
    ),
    # --- settings -----------------------------------------------------------------------------
    "unknown setting": mistake(
        "/// quiz | q",
        "    points: 2",
        *GOOD[1:],
        problems=[
            (
                2,
                "unknown setting `points` (known settings: level, numeric, prints, recap, shuffle, snippet, tolerance, type, version)",
            )
        ],
    ),
    "setting given twice": mistake(
        "/// quiz | q",
        "    type: single",
        "    type: multiple",
        *GOOD[1:],
        problems=[(3, "setting `type` is given twice (first at line 2)")],
    ),
    "setting without a colon": mistake(
        "/// quiz | q",
        "    type multiple",
        *GOOD[1:],
        problems=[(2, "expected a `key: value` setting under the quiz header, found `type multiple`")],
    ),
    "unknown question type": mistake(
        "/// quiz | q",
        "    type: essay",
        *GOOD[1:],
        problems=[(2, "unknown question type `essay` (choose one of: single, multiple, true-false, short, order)")],
    ),
    "numeric neither true nor false": mistake(
        "/// quiz | q",
        "    type: short",
        "    numeric: maybe",
        "Q?",
        "",
        "- [x] 1",
        "///",
        problems=[(3, "`numeric` must be `true` or `false`, not `maybe`")],
    ),
    "numeric on a choice question": mistake(
        "/// quiz | q", "    numeric: true", *GOOD[1:], problems=[(2, "`numeric: true` only applies to `type: short`")]
    ),
    # --- the question and its answers ---------------------------------------------------------------------
    "no question text": mistake("/// quiz | q", "- [x] a", "- [ ] b", "///", problems=[(1, NO_TEXT)]),
    "no answer list": mistake("/// quiz | q", "Q?", "", "Just prose.", "///", problems=[(1, NO_CHOICE_LIST)]),
    "short answer without answers": mistake(
        "/// quiz | q", "    type: short", "Q?", "///", problems=[(1, NO_SHORT_LIST)]
    ),
    "boxes written without a space": mistake(
        "/// quiz | q", "Q?", "", "- [x]a", "- [ ]b", "///", problems=[(1, NO_CHOICE_LIST)]
    ),
    "no answer marked correct": mistake(
        "/// quiz | q", "Q?", "", "- [ ] a", "- [ ] b", "///", problems=[(4, NONE_CORRECT)]
    ),
    "two answers correct in single choice": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "- [x] b",
        "///",
        problems=[
            (
                5,
                "a single-choice question has 2 answers marked correct (this one and line 4): "
                "keep one, or add `type: multiple` under the header at line 1",
            )
        ],
    ),
    "one answer only": mistake("/// quiz | q", "Q?", "", "- [x] a", "///", problems=[(4, TWO_ANSWERS)]),
    "an empty answer": mistake("/// quiz | q", "Q?", "", "- [x] a", "- [ ]", "///", problems=[(5, EMPTY_ANSWER)]),
    "an answer of blank space": mistake(
        "/// quiz | q", "Q?", "", "- [x] a", "- [ ]    \t ", "///", problems=[(5, EMPTY_ANSWER)]
    ),
    "an answer without a box": mistake(
        "/// quiz | q", "Q?", "", "- [x] a", "- b", "- [ ] c", "///", problems=[(5, NO_BOX)]
    ),
    "a second answer list": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "- [ ] b",
        "",
        "Between.",
        "",
        "- [ ] c",
        "///",
        problems=[(9, "a second answer list starts here: keep all answers in one list")],
    ),
    # --- feedback -------------------------------------------------------------------------------
    "feedback not indented, after the list": mistake(
        "/// quiz | q", "Q?", "", "- [x] a", "- [ ] b", "", "> Why b is wrong.", "///", problems=[(7, ORPHAN_FEEDBACK)]
    ),
    "feedback not indented, between answers": mistake(
        "/// quiz | q", "Q?", "", "- [x] a", "> Why.", "- [ ] b", "///", problems=[(5, ORPHAN_FEEDBACK)]
    ),
    "empty feedback": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "    >",
        "- [ ] b",
        "///",
        problems=[(5, "the feedback of the answer at line 4 is empty")],
    ),
    "text after the feedback": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "    > Why.",
        "",
        "    Stray text.",
        "- [ ] b",
        "///",
        problems=[(7, "text after the feedback of the answer at line 4: put it inside the `>` feedback or above it")],
    ),
    # --- hints ------------------------------------------------------------------------------------
    "hint before the answers": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "Hint: too early.",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[(4, "the hint goes after the answer list, not before it")],
    ),
    "two hints": valid(
        "/// quiz | q",
        *GOOD[1:-1],
        "",
        "Hint: one.",
        "",
        "Hint: two.",
        "///",
        questions=[simple(hints=["one.", "two."])],
    ),
    "hints around the explanation, and one of two lines": valid(
        "/// quiz | q",
        *GOOD[1:-1],
        "",
        "Hint: one,",
        "on two lines.",
        "",
        "The explanation.",
        "",
        "Hint: two.",
        "///",
        questions=[simple(hints=["one, on two lines.", "two."], explanation="The explanation.")],
    ),
    "an empty hint": mistake(
        "/// quiz | q", *GOOD[1:-1], "", "Hint:", "///", problems=[(7, "the hint is empty: write it after `Hint:`")]
    ),
    "an empty second hint": mistake(
        "/// quiz | q",
        *GOOD[1:-1],
        "",
        "Hint: one.",
        "",
        "Hint:",
        "///",
        problems=[(9, "the hint is empty: write it after `Hint:`")],
    ),
    # --- types ----------------------------------------------------------------------------------
    "true-false with other words": mistake(
        "/// quiz | q",
        "    type: true-false",
        "Q?",
        "",
        "- [x] Yes",
        "- [ ] No",
        "///",
        problems=[(5, "a true-false question has exactly two answers, `True` and `False`; found `Yes`, `No`")],
    ),
    "true-false with both ticked": mistake(
        "/// quiz | q",
        "    type: true-false",
        "Q?",
        "",
        "- [x] True",
        "- [x] False",
        "///",
        problems=[(5, "a true-false question has exactly one answer marked correct: tick `True` or `False`")],
    ),
    "true-false with three answers": mistake(
        "/// quiz | q",
        "    type: true-false",
        "Q?",
        "",
        "- [x] True",
        "- [ ] False",
        "- [ ] Maybe",
        "///",
        problems=[
            (7, "a true-false question has exactly two answers, `True` and `False`; found `True`, `False`, `Maybe`")
        ],
    ),
    "short answer over two lines": mistake(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] first",
        "  second",
        "///",
        problems=[(5, "a short answer must fit on one line")],
    ),
    "numeric answer that is not a number": mistake(
        "/// quiz | q",
        "    type: short",
        "    numeric: true",
        "Q?",
        "",
        "- [x] 512",
        "- [ ] 0x2G0",
        "///",
        problems=[(7, "`0x2G0` is not a number, but the question is `numeric: true`")],
    ),
    # --- blocks that Markdown swallows --------------------------------------------------------------
    "indented as code after a paragraph": mistake(
        "Example:", "", *(f"    {row}" for row in GOOD), problems=[(3, NOT_RENDERED)]
    ),
    "an HTML tag left open in the explanation": mistake(
        *GOOD[:-1],
        "",
        "<div>",
        "Unclosed.",
        "///",
        problems=[
            (
                7,
                "`<div>` is never closed in the explanation: close it there (raw HTML inside a question must be balanced)",
            )
        ],
    ),
    # --- valid, if odd ----------------------------------------------------------------------------
    "an example in a backtick fence": valid("```markdown", *GOOD, "```", questions=[]),
    "an example in a tilde fence": valid("~~~", *GOOD, "~~~", questions=[]),
    "an example in a longer fence around a shorter one": valid("`````", "```", *GOOD, "```", "`````", questions=[]),
    "inside an admonition": valid(
        "!!! note", "", *(f"    {row}" for row in GOOD), questions=[simple(container="admonition note")]
    ),
    "inside a collapsible note": valid(
        '??? tip "Try"', "", *(f"    {row}" for row in GOOD), questions=[simple(container="tip")]
    ),
    "inside a content tab": valid(
        '=== "Tab"', "", *(f"    {row}" for row in GOOD), questions=[simple(container="tabbed-block")]
    ),
    "inside a list item": valid("- Item.", "", *(f"    {row}" for row in GOOD), questions=[simple()]),
    f"inside {DEEP} nested admonitions": valid(
        *(f"{'    ' * depth}!!! note\n" for depth in range(DEEP)),
        *(f"{'    ' * DEEP}{row}" for row in GOOD),
        questions=[simple(container="admonition note")],
    ),
    "nested blockquotes in feedback": valid(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "    > " + "> " * 40 + "deep",
        "- [ ] b",
        "///",
        questions=[simple(feedback=["deep", None])],
    ),
    "CRLF line endings": valid(
        "\r\n".join(["/// quiz | q", "    type: multiple", "Q?", "", "- [x] a", "    > why", "- [ ] b", "///"]),
        questions=[simple(type_="multiple", feedback=["why", None], key="Correct answer: A")],
    ),
    "carriage returns only": valid(
        "\r".join(["/// quiz | q", "Q?", "", "- [x] a", "- [ ] b", "///"]), questions=[simple()]
    ),
    "tabs for indentation": valid(
        "/// quiz | q",
        "\ttype: short",
        "Q?",
        "",
        "- [x]\t512",
        "\t> Because.",
        "///",
        questions=[simple(type_="short", choices=[("512", True)], feedback=["Because."], key="Accepted answer: 512")],
    ),
    "other list markers and an upper-case X": valid(
        "/// quiz | q",
        "    type: multiple",
        "Q?",
        "",
        "* [X] a",
        "+ [ ] b",
        "1. [x] c",
        "///",
        questions=[
            simple(
                type_="multiple",
                choices=[("a", True), ("b", False), ("c", True)],
                feedback=[None, None, None],
                key="Correct answers: A, C",
            )
        ],
    ),
    "trailing spaces everywhere": valid(
        "/// quiz | q   ", "Q?  ", "   ", "- [x] a  ", "- [ ] b\t", "///   ", questions=[simple()]
    ),
    "Unicode text: right-to-left, combining marks, emoji": valid(
        "/// quiz | unicode",
        "ما هو الناتج؟ e\u0301 🐍",
        "",
        "- [x] ✓ نعم",
        "    > 👍",
        "- [ ] ✗ 日本語",
        "///",
        questions=[
            simple(
                "unicode",
                stem="ما هو الناتج؟ e\u0301 🐍",
                choices=[("✓ نعم", True), ("✗ 日本語", False)],
                feedback=["👍", None],
            )
        ],
    ),
    "marker characters typed by the author": valid(
        "\x1equiz 0\x1e",
        "",
        "/// quiz | q",
        "Q\x1e?",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple()],
    ),
    "a huge question": valid(
        "/// quiz | huge",
        *(f"Stem line {n}." for n in range(HUGE_STEM_LINES)),
        "",
        "- [x] answer 0",
        *(f"- [ ] answer {n}" for n in range(1, HUGE_ANSWERS)),
        "///",
        questions=[
            simple(
                "huge",
                stem=" ".join(f"Stem line {n}." for n in range(HUGE_STEM_LINES)),
                choices=[(f"answer {n}", n == 0) for n in range(HUGE_ANSWERS)],
                feedback=[None] * HUGE_ANSWERS,
            )
        ],
    ),
    "a very long line": valid(
        "/// quiz | q",
        "Q" * 200_000 + "?",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple(stem="Q" * 200_000 + "?")],
    ),
}


@pytest.mark.parametrize("case", CORPUS.values(), ids=CORPUS.keys())
def test_each_case_is_reported_exactly_or_rendered_as_written(case: Case) -> None:
    check_case(case)


def test_the_corpus_has_at_least_forty_malformed_blocks() -> None:
    assert sum(1 for case in CORPUS.values() if case.problems) >= 40


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(page(*GOOD).replace("/// quiz", "///\u00a0quiz"), id="a no-break space after the slashes"),
        pytest.param(page(*GOOD).replace("/// quiz", "// quiz"), id="two slashes"),
        pytest.param("".join(f"> {row}\n" for row in GOOD), id="in a blockquote"),
    ],
)
def test_a_near_miss_header_is_reported_not_rendered_as_text(source: str) -> None:
    result = convert(source)
    assert [problem.split(":")[1] for problem in result.problems] == ["1"]
