"""The parser and validator: what a block means, and the exact line of every authoring mistake."""

from __future__ import annotations

import textwrap

import pytest

from quiz_plugin.bank.duplicates import IdRegistry, QuestionPlace
from quiz_plugin.core.model import QuestionType
from quiz_plugin.core.parser import parse
from quiz_plugin.core.validate import block_problems, validate_question


def problems_of(source: str) -> list[tuple[int, str]]:
    """Every problem of a text as (line, message), the parser's and the validator's together."""
    result = parse(textwrap.dedent(source).lstrip("\n"))
    found = [(p.line, p.message) for p in result.problems]
    for block in result.blocks:
        found += [(p.line, p.message) for p in block_problems(block)]
    return sorted(found)


def only_question(source: str):
    result = parse(textwrap.dedent(source).lstrip("\n"))
    assert len(result.blocks) == 1
    assert problems_of(source) == []
    return result.blocks[0].question


GOOD = """
    Intro paragraph.

    /// quiz | refcount-arg
    What does `sys.getrefcount(x)` print?

    ```python
    - [x] not an answer: inside a fence
    ```

    - [ ] 1
        > The call adds a reference.
    - [x] 2
        > It is.
        > Still right.
    - [ ] 3

    Hint: Count the argument.

    The explanation.

    More explanation.
    ///
    """


def test_a_valid_block_is_split_into_stem_answers_feedback_hint_and_explanation():
    question = only_question(GOOD)
    assert question.id == "refcount-arg"
    assert question.line == 3 and question.end_line == 22
    assert question.type is QuestionType.SINGLE
    assert question.stem.line == 4
    assert "inside a fence" in question.stem.text
    assert [(c.line, c.correct, c.body.text) for c in question.choices] == [
        (10, False, "1"),
        (12, True, "2"),
        (15, False, "3"),
    ]
    assert question.choices[1].feedback.text == "It is.\nStill right."
    assert question.choices[2].feedback is None
    assert [hint.text for hint in question.hints] == ["Count the argument."]
    assert question.explanation.text == "The explanation.\n\nMore explanation."


def test_settings_under_the_header_set_type_and_numeric():
    question = only_question(
        """
        /// quiz | limit
            type: short
            numeric: true
        How many bytes?

        - [x] 512
        - [ ] 256
        ///
        """
    )
    assert question.type is QuestionType.SHORT and question.numeric
    assert question.settings["type"].line == 2


def test_blocks_inside_code_fences_are_examples_not_questions():
    result = parse("````markdown\n/// quiz | x\n- [x] a\n///\n````\n")
    assert result.blocks == [] and result.problems == []


def test_feedback_may_be_indented_two_spaces_and_span_paragraphs():
    question = only_question(
        """
        /// quiz | two-spaces
        Q?

        - [x] a
          > first
          >
          > second
        - [ ] b
        ///
        """
    )
    assert question.choices[0].feedback.text == "first\n\nsecond"


def test_a_nested_block_inside_the_explanation_does_not_close_the_quiz():
    question = only_question(
        """
        /// quiz | nested
        Q?

        - [x] a
        - [ ] b

        /// details | More
        Inside.
        ///

        After the nested block.
        ///
        """
    )
    assert question.explanation.text.endswith("After the nested block.")


def test_crlf_line_endings_and_tabs_parse_like_lf_and_spaces():
    source = "/// quiz | crlf\r\nQ?\r\n\r\n- [x] a\r\n\t> why\r\n- [ ] b\r\n///\r\n"
    result = parse(source)
    question = result.blocks[0].question
    assert question.choices[0].feedback.text == "why"
    assert result.blocks[0].problems == () and validate_question(question) == []


def test_the_content_hash_ignores_feedback_hint_and_explanation_but_not_answers():
    base = only_question(GOOD).content_hash()
    assert only_question(GOOD.replace("Still right.", "Still right!")).content_hash() == base
    assert only_question(GOOD.replace("The explanation.", "An explanation.")).content_hash() == base
    assert only_question(GOOD.replace("- [ ] 3", "- [ ] 4")).content_hash() != base
    assert only_question(GOOD.replace("print?", "return?")).content_hash() != base


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            "/// quiz\nQ?\n\n- [x] a\n- [ ] b\n///\n",
            [(1, "quiz block has no id: write `/// quiz | <id>` (letters a-z, digits, -)")],
            id="missing id",
        ),
        pytest.param(
            "/// quiz | Bad_Id\nQ?\n\n- [x] a\n- [ ] b\n///\n",
            [(1, "quiz id `Bad_Id` may only contain lower-case letters a-z, digits and -")],
            id="invalid id",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [ ] a\n- [ ] b\n///\n",
            [(4, "no answer is marked correct: tick the right one with `[x]`")],
            id="no correct answer",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n- [x] b\n- [ ] c\n///\n",
            [
                (
                    5,
                    "a single-choice question has 2 answers marked correct (this one and line 4): "
                    "keep one, or add `type: multiple` under the header at line 1",
                )
            ],
            id="two correct answers in single choice",
        ),
        pytest.param(
            "text\n\n/// quiz | q\n\n- [x] a\n- [ ] b\n///\n",
            [(3, "the question has no text: write it between the header and the answer list")],
            id="empty question",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n- [ ]\n///\n",
            [(5, "this answer is empty: write its text after the box")],
            id="empty option",
        ),
        pytest.param(
            "/// quiz | q\n    type: single\n    points: 2\nQ?\n\n- [x] a\n- [ ] b\n///\n",
            [
                (
                    3,
                    "unknown setting `points` (known settings: level, numeric, prints, recap, shuffle, snippet, tolerance, type, version)",
                )
            ],
            id="unknown option key",
        ),
        pytest.param(
            "/// quiz | q\n    type: essay\nQ?\n\n- [x] a\n- [ ] b\n///\n",
            [(2, "unknown question type `essay` (choose one of: single, multiple, true-false, short, order)")],
            id="unknown type",
        ),
        pytest.param(
            "# Title\n\n/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n",
            [(3, "quiz block is not closed: add a line `///` after its last line")],
            id="unclosed block",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n\n> Why b is wrong.\n///\n",
            [(7, "this feedback belongs to no answer: indent it under the answer it explains")],
            id="feedback that belongs to no option",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n> Why a is right.\n- [ ] b\n///\n",
            [(5, "this feedback belongs to no answer: indent it under the answer it explains")],
            id="unindented feedback between answers",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n    >\n- [ ] b\n///\n",
            [(5, "the feedback of the answer at line 4 is empty")],
            id="empty feedback",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n- b\n///\n",
            [(5, "every item of the answer list needs a `[ ]` or `[x]` box")],
            id="answer without a box",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n\nText.\n\n- [ ] c\n///\n",
            [(9, "a second answer list starts here: keep all answers in one list")],
            id="second answer list",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\nHint: too early\n\n- [x] a\n- [ ] b\n///\n",
            [(4, "the hint goes after the answer list, not before it")],
            id="hint before the answers",
        ),
        pytest.param(
            "/// quiz | q\n    type: short\n    numeric: true\nQ?\n\n- [x] five hundred\n///\n",
            [(6, "`five hundred` is not a number, but the question is `numeric: true`")],
            id="numeric answer that is not a number",
        ),
        pytest.param(
            "/// quiz | q\n    numeric: true\nQ?\n\n- [x] a\n- [ ] b\n///\n",
            [(2, "`numeric: true` only applies to `type: short`")],
            id="numeric on a choice question",
        ),
        pytest.param(
            "/// quiz | q\n    type: true-false\nQ?\n\n- [x] Yes\n- [ ] No\n///\n",
            [(5, "a true-false question has exactly two answers, `True` and `False`; found `Yes`, `No`")],
            id="true-false with other answers",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n/// quiz | inner\n///\n- [x] a\n- [ ] b\n///\n",
            [(4, "a quiz block cannot contain another quiz block (this one opens at line 1)")],
            id="nested quiz",
        ),
        pytest.param(
            "/// Quiz | q\n",
            [(1, "`/// Quiz | q` is not a quiz header: write `/// quiz | <id>` (three slashes, lower case)")],
            id="misspelt header",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n- [x] a\n    > why\n\n    more text\n- [ ] b\n///\n",
            [(7, "text after the feedback of the answer at line 4: put it inside the `>` feedback or above it")],
            id="text after feedback",
        ),
    ],
)
def test_each_authoring_mistake_is_reported_at_its_line(source, expected):
    assert problems_of(source) == expected


def test_duplicate_ids_are_reported_at_the_later_place_naming_the_first():
    places = [
        QuestionPlace("a", "docs/one.md", 3),
        QuestionPlace("b", "docs/one.md", 20),
        QuestionPlace("a", "docs/two.md", 7),
    ]
    registry = IdRegistry()
    assert [str(p) for place in places if (p := registry.add(place)) is not None] == [
        "docs/two.md:7: duplicate quiz id `a`: already used at docs/one.md:3"
    ]


def test_a_wrapped_answer_indented_two_spaces_keeps_its_feedback_apart():
    question = only_question(
        """
        /// quiz | wrapped
        Q?

        - [x] a long answer
          that wraps
            > It is.
        - [ ] b
        ///
        """
    )
    assert question.choices[0].body.text == "a long answer\nthat wraps"
    assert question.choices[0].feedback.text == "It is."


def test_a_fence_may_open_on_the_answer_line():
    question = only_question(
        """
        /// quiz | fenced-answer
        What does it print?

        - [x] ```text
              (700, 10, 10)
              ```
            > It is.
        - [ ] `(2000, 10, 10)`
        ///
        """
    )
    assert question.choices[0].body.lines == ("```text", "(700, 10, 10)", "```")
    assert question.choices[0].feedback.text == "It is."
