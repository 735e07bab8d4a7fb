"""Ordering questions, several hints, numeric tolerances, shuffled options and the page summary marker:
what the parser reads and every authoring mistake at its line, with its exact message."""

from __future__ import annotations

import textwrap

import pytest

from quiz_plugin.core.model import Question, QuestionType
from quiz_plugin.core.order import scrambled
from quiz_plugin.core.parser import SummaryMarker, parse
from quiz_plugin.core.validate import block_problems


def problems_of(source: str, shuffle: bool = False) -> list[tuple[int, str]]:
    """Every problem of a text as (line, message), the parser's and the validator's together
    (``shuffle``: the site's default)."""
    result = parse(textwrap.dedent(source).lstrip("\n"))
    found = [(p.line, p.message) for p in result.problems]
    for block in result.blocks:
        found += [(p.line, p.message) for p in block_problems(block, shuffle=shuffle)]
    return sorted(found)


def only_question(source: str) -> Question:
    result = parse(textwrap.dedent(source).lstrip("\n"))
    assert problems_of(source) == []
    (block,) = result.blocks
    assert block.question is not None
    return block.question


# --- ordering questions -------------------------------------------------------------------------

ORDER = textwrap.dedent(
    """
    /// quiz | del-steps
        type: order
    Put the steps of `del x` in order.

    1. The name is unbound.
    2. The count drops to zero.
        > Not before the name is gone.
    3. The object releases its references.
    ///
    """
).lstrip("\n")


def test_an_ordering_question_reads_its_numbered_steps_in_their_right_order() -> None:
    question = only_question(ORDER)
    assert question.type is QuestionType.ORDER
    assert [(step.line, step.correct, step.body.text) for step in question.choices] == [
        (5, True, "The name is unbound."),
        (6, True, "The count drops to zero."),
        (8, True, "The object releases its references."),
    ]
    assert question.choices[1].feedback is not None
    assert question.choices[1].feedback.text == "Not before the name is gone."


def test_steps_numbered_all_alike_are_in_the_order_written() -> None:
    question = only_question(ORDER.replace("2. The count", "1. The count").replace("3. The object", "1. The object"))
    assert [step.body.text for step in question.choices][0] == "The name is unbound."


def test_steps_may_start_from_another_number_and_use_parentheses() -> None:
    renumbered = ORDER.replace("1. The name", "4) The name").replace("2. The count", "5) The count")
    assert only_question(renumbered.replace("3. The object", "6) The object")).type is QuestionType.ORDER


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            ORDER.replace("2. The count", "3. The count"),
            [
                (
                    6,
                    "the steps of an ordering question are written in their right order and numbered in sequence: "
                    "this one should be `2.`, not `3.`",
                )
            ],
            id="a number out of sequence",
        ),
        pytest.param(
            ORDER.replace("1. The name", "- [x] The name")
            .replace("2. The count", "- [x] The count")
            .replace("3. The object", "- [x] The object"),
            [
                (
                    5,
                    "an ordering question writes its steps as a numbered list in their right order, without boxes: "
                    "`1. First step`",
                )
            ],
            id="a task list",
        ),
        pytest.param(
            ORDER.replace("1. The name", "1. [x] The name"),
            [
                (
                    5,
                    "an ordering question writes its steps as a numbered list in their right order, without boxes: "
                    "`1. First step`",
                )
            ],
            id="a box on a numbered step",
        ),
        pytest.param(
            ORDER.replace("3. The object releases its references.", "- The object releases its references."),
            [(8, "number every step of an ordering question: `1.`, `2.`, ...")],
            id="a bullet among the steps",
        ),
        pytest.param(
            ORDER.replace("3. The object releases its references.\n", ""),
            [(5, "an ordering question needs at least 3 steps (with two, it is a true-false question): add another")],
            id="two steps",
        ),
        pytest.param(
            ORDER.replace("3. The object releases its references.", "3. The  name is unbound."),
            [(8, "this step reads the same as the one at line 5: readers cannot tell them apart")],
            id="two steps alike",
        ),
        pytest.param(
            "/// quiz | q\n    type: order\nPut them in order.\n///\n",
            [
                (
                    1,
                    "the question has no answer list: add its steps, in their right order, as a numbered list: "
                    "`1. First step`",
                )
            ],
            id="no steps",
        ),
        pytest.param(
            ORDER.replace("> Not before", "> Wrong: not before"),
            [(7, "feedback starts with the verdict `Wrong`, which readers already see: start with the reason instead")],
            id="feedback that repeats the verdict",
        ),
        pytest.param(
            ORDER.replace("    type: order\n", "    type: order\n    shuffle: true\n"),
            [(3, "an ordering question always shows its steps shuffled: remove `shuffle`")],
            id="shuffle on an ordering question",
        ),
        pytest.param(
            ORDER.replace("    type: order\n", "    type: order\n    numeric: true\n"),
            [(3, "`numeric: true` only applies to `type: short`")],
            id="numeric on an ordering question",
        ),
    ],
)
def test_each_mistake_in_an_ordering_question_is_reported_at_its_line(
    source: str, expected: list[tuple[int, str]]
) -> None:
    assert problems_of(source) == expected


def test_the_scrambled_order_is_reproducible_and_leaves_no_step_in_its_place() -> None:
    for count in range(2, 12):
        for seed in ("del-steps", "gc-phases", "x"):
            order = scrambled(count, seed)
            assert sorted(order) == list(range(count))
            assert all(step != place for place, step in enumerate(order)), (count, seed, order)
            assert scrambled(count, seed) == order
    assert scrambled(1, "one") == [0]
    assert scrambled(5, "del-steps") != scrambled(5, "gc-phases")


# --- hints --------------------------------------------------------------------------------------


def test_several_hints_are_read_in_order_and_the_explanation_is_what_is_left() -> None:
    question = only_question(
        """
        /// quiz | q
        Q?

        - [x] a
        - [ ] b

        Hint: First, a nudge.

        Hint: Then a stronger one,
        on two lines.

        The explanation.

        Hint: And the last one.
        ///
        """
    )
    assert [(hint.line, hint.text) for hint in question.hints] == [
        (7, "First, a nudge."),
        (9, "Then a stronger one,\non two lines."),
        (14, "And the last one."),
    ]
    assert question.explanation is not None and question.explanation.text == "The explanation."


def test_an_empty_hint_among_others_is_reported_at_its_line() -> None:
    source = "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n\nHint: one.\n\nHint:\n\nHint: three.\n///\n"
    assert problems_of(source) == [(9, "the hint is empty: write it after `Hint:`")]


def test_hints_do_not_change_the_content_hash() -> None:
    base = "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n///\n"
    hinted = "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n\nHint: one.\n\nHint: two.\n///\n"
    assert only_question(base).content_hash() == only_question(hinted).content_hash()


# --- numeric tolerance --------------------------------------------------------------------------

TOLERANCE = textwrap.dedent(
    """
    /// quiz | q
        type: short
        numeric: true
        tolerance: 1%
    How many bytes?

    - [x] 512
    - [ ] 256
        > Half of it.
    ///
    """
).lstrip("\n")


def test_a_tolerance_is_read_as_an_amount_or_a_percentage() -> None:
    relative = only_question(TOLERANCE).tolerance
    assert relative is not None and (relative.amount, relative.relative, relative.text) == (1.0, True, "1%")
    absolute = only_question(TOLERANCE.replace("tolerance: 1%", "tolerance: 0.5")).tolerance
    assert absolute is not None and (absolute.amount, absolute.relative) == (0.5, False)
    assert (relative.width(512), absolute.width(512)) == (5.12, 0.5)


def test_a_tolerance_changes_the_content_hash_a_saved_answer_depends_on() -> None:
    question = only_question(TOLERANCE)
    assert question.content_hash() != only_question(TOLERANCE.replace("tolerance: 1%", "tolerance: 2%")).content_hash()
    without = TOLERANCE.replace("        tolerance: 1%\n", "")
    assert only_question(without).content_hash() == only_question(without).content_hash()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            TOLERANCE.replace("tolerance: 1%", "tolerance: about 1%"),
            [(4, "`tolerance` must be a number (such as `0.5`) or a percentage (such as `1%`), not `about 1%`")],
            id="not a number",
        ),
        pytest.param(
            TOLERANCE.replace("tolerance: 1%", "tolerance: -0.5"),
            [(4, "`tolerance` cannot be negative: write `0.5`")],
            id="negative",
        ),
        pytest.param(
            TOLERANCE.replace("    numeric: true\n", ""),
            [(3, "`tolerance` only applies to numeric short answers: `type: short` and `numeric: true`")],
            id="without numeric",
        ),
        pytest.param(
            "/// quiz | q\n    tolerance: 1\nQ?\n\n- [x] a\n- [ ] b\n///\n",
            [(2, "`tolerance` only applies to numeric short answers: `type: short` and `numeric: true`")],
            id="on a choice question",
        ),
        pytest.param(
            TOLERANCE.replace("tolerance: 1%", "tolerance: 300"),
            [
                (
                    8,
                    "`256` is within the tolerance (300) of the accepted answer `512` at line 7: a reader who types a "
                    "number between them would get both verdicts; narrow `tolerance` or drop one of the answers",
                )
            ],
            id="reaching an anticipated wrong answer",
        ),
        pytest.param(
            TOLERANCE.replace("tolerance: 1%", "tolerance: 34%"),
            [
                (
                    8,
                    "`256` is within the tolerance (34%) of the accepted answer `512` at line 7: a reader who types a "
                    "number between them would get both verdicts; narrow `tolerance` or drop one of the answers",
                )
            ],
            id="a percentage of each answer reaching the other",
        ),
    ],
)
def test_each_tolerance_mistake_is_reported_at_its_line(source: str, expected: list[tuple[int, str]]) -> None:
    assert problems_of(source) == expected


def test_tolerances_that_only_just_miss_each_other_are_no_mistake() -> None:
    # 512 give or take 33% reaches down to 343.04; 256 give or take 33% up to 340.48.
    assert problems_of(TOLERANCE.replace("tolerance: 1%", "tolerance: 33%")) == []
    assert problems_of(TOLERANCE.replace("tolerance: 1%", "tolerance: 127.9")) == []


# --- shuffling ----------------------------------------------------------------------------------

CHOICE = textwrap.dedent(
    """
    /// quiz | q
        shuffle: true
    Which frees memory at once?

    - [x] Reference counting
    - [ ] The cyclic collector
    ///
    """
).lstrip("\n")


def test_shuffle_is_the_questions_own_setting_or_the_sites_default() -> None:
    question = only_question(CHOICE)
    assert question.shuffle is True and question.shuffles(site_default=False)
    unset = only_question(CHOICE.replace("    shuffle: true\n", ""))
    assert unset.shuffle is None and unset.shuffles(site_default=True) and not unset.shuffles()
    kept = only_question(CHOICE.replace("shuffle: true", "shuffle: false"))
    assert not kept.shuffles(site_default=True)


def test_only_choice_questions_shuffle_whatever_the_site_says() -> None:
    short = only_question("/// quiz | q\n    type: short\nQ?\n\n- [x] a\n///\n")
    assert not short.shuffles(site_default=True)
    assert not only_question(ORDER).shuffles(site_default=True)  # its steps are scrambled, always


def test_shuffling_does_not_change_the_content_hash() -> None:
    assert only_question(CHOICE).content_hash() == only_question(CHOICE.replace("true", "false")).content_hash()


@pytest.mark.parametrize(
    "answer", ["All of the above", "None of the above", "Both A and B", "A and C", "*Neither* of the others"]
)
def test_an_answer_that_names_others_by_their_place_cannot_be_shuffled(answer: str) -> None:
    source = CHOICE.replace("- [ ] The cyclic collector", f"- [ ] The cyclic collector\n- [ ] {answer}")
    assert problems_of(source) == [
        (
            7,
            "this answer names other answers by their place, which shuffling changes for each reader: "
            "remove `shuffle: true` (line 2)",
        )
    ]


def test_with_shuffling_on_for_the_site_such_an_answer_asks_for_shuffle_false() -> None:
    source = CHOICE.replace("    shuffle: true\n", "").replace("The cyclic collector", "All of the above")
    assert problems_of(source, shuffle=False) == []
    assert problems_of(source, shuffle=True) == [
        (
            5,
            "this answer names other answers by their place, which shuffling changes for each reader: "
            "add `shuffle: false` under the header at line 1",
        )
    ]
    assert problems_of(source.replace("/// quiz | q\n", "/// quiz | q\n    shuffle: false\n"), shuffle=True) == []


@pytest.mark.parametrize(
    "answer", ["Above all, reference counting", "A list and a dict", "`a` and `b`", "Plan B and C"]
)
def test_answers_that_merely_mention_such_words_are_no_mistake(answer: str) -> None:
    assert problems_of(CHOICE.replace("- [ ] The cyclic collector", f"- [ ] {answer}")) == []


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("true-false", "`shuffle` only applies to single- and multiple-choice questions"),
        ("short", "`shuffle` only applies to single- and multiple-choice questions"),
    ],
)
def test_shuffle_on_other_types_is_reported(kind: str, message: str) -> None:
    answers = "- [x] True\n- [ ] False" if kind == "true-false" else "- [x] gc"
    source = f"/// quiz | q\n    type: {kind}\n    shuffle: false\nQ?\n\n{answers}\n///\n"
    assert problems_of(source) == [(3, message)]


def test_shuffle_must_be_true_or_false() -> None:
    assert problems_of(CHOICE.replace("shuffle: true", "shuffle: always")) == [
        (2, "`shuffle` must be `true` or `false`, not `always`")
    ]


# --- the page summary marker --------------------------------------------------------------------

QUESTION = "/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n///\n"


def test_a_summary_marker_is_found_outside_code_with_its_lines() -> None:
    text = QUESTION + "\n```\n/// quiz-summary\n///\n```\n\n/// quiz-summary\n///\n\nAfter.\n"
    result = parse(text)
    assert result.problems == []
    assert result.summary == SummaryMarker(12, 14, "")


def test_a_summary_marker_may_sit_in_a_container() -> None:
    result = parse(QUESTION + "\n!!! note\n\n    /// quiz-summary\n    ///\n")
    assert result.problems == [] and result.summary == SummaryMarker(9, 11, "    ")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            QUESTION + "\n/// quiz-summary\nYour score.\n///\n",
            [(8, "a page summary holds nothing: close it with `///` on the next line")],
            id="content",
        ),
        pytest.param(
            QUESTION + "\n/// quiz-summary | mine\n///\n",
            [(8, "`/// quiz-summary` takes nothing after it: remove `| mine`")],
            id="an id",
        ),
        pytest.param(
            QUESTION + "\n/// quiz-summary\n///\n\n/// quiz-summary\n///\n",
            [(11, "a page has one summary; the first is at line 8")],
            id="twice",
        ),
        pytest.param(
            "# Nothing to ask\n\n/// quiz-summary\n///\n",
            [(3, "this page has no questions for its summary to count")],
            id="no questions",
        ),
        pytest.param(
            QUESTION + "\n// quiz-summary\n",
            [(8, "`// quiz-summary` is not a summary marker: write `/// quiz-summary`")],
            id="two slashes",
        ),
        pytest.param(
            "/// quiz | q\nQ?\n\n/// quiz-summary\n///\n\n- [x] a\n- [ ] b\n///\n",
            [(4, "a page summary cannot sit inside a question: move it after the closing `///`")],
            id="inside a question",
        ),
    ],
)
def test_each_summary_mistake_is_reported_at_its_line(source: str, expected: list[tuple[int, str]]) -> None:
    assert problems_of(source) == expected
