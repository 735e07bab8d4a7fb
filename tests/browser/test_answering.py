"""Answering questions with the mouse: marks, feedback, hints, explanations, retry, show answer, the score.

The learning flow: a wrong answer gets its verdict, its feedback and the hint, and the reader tries
again; the key and the explanation come with a right answer or "Show answer"."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import Pages
from .quizpage import (
    CHECK,
    CLEARED,
    CORRECT,
    EMPTY,
    FEEDBACK,
    INCORRECT,
    KEEP,
    MISSED,
    NOTHING_YET,
    RESET,
    RETRY,
    SHOW,
    SHOWN,
    answer,
    answer_events,
    button,
    explanation,
    explanation_label,
    hint,
    key,
    option,
    question,
    record_answer_events,
    reset_page,
    score,
    status,
    verdicts,
    visible_feedback,
)

pytestmark = pytest.mark.browser


def test_a_right_single_choice_is_marked_right_with_its_feedback_the_key_and_the_explanation(page: Page) -> None:
    quiz = question(page, "fixture-single")
    expect(explanation(quiz)).to_be_hidden()
    expect(quiz.locator(FEEDBACK).first).to_be_hidden()
    answer(quiz, "2")
    assert status(quiz) == CORRECT
    assert verdicts(quiz) == {"2": "Right"}
    assert visible_feedback(quiz) == ["The name and the call's argument."]
    expect(key(quiz)).to_have_text("Correct answer: B")
    expect(explanation_label(quiz)).to_be_visible()
    expect(explanation(quiz)).to_be_visible()
    expect(explanation(quiz)).to_contain_text("temporary reference")


def test_a_wrong_answer_shows_its_feedback_and_the_hint_but_neither_the_key_nor_the_explanation(page: Page) -> None:
    quiz = question(page, "fixture-single")
    expect(hint(quiz)).to_be_hidden()  # a first try comes first
    answer(quiz, "1")
    assert status(quiz) == INCORRECT
    assert verdicts(quiz) == {"1": "Wrong"}
    assert visible_feedback(quiz) == ["The name holds one reference, but the call holds another."]
    expect(hint(quiz)).to_be_visible()
    expect(hint(quiz)).to_have_text("Count the call's own argument.")
    expect(key(quiz)).to_be_hidden()
    expect(explanation_label(quiz)).to_be_hidden()
    expect(explanation(quiz)).to_be_hidden()
    expect(button(quiz, RETRY)).to_be_visible()


def test_a_wrong_short_answer_keeps_the_accepted_answer_and_the_explanation_hidden(page: Page) -> None:
    quiz = question(page, "fixture-short")
    answer(quiz, "256")
    assert visible_feedback(quiz) == ["That is half of it."]
    expect(key(quiz)).to_be_hidden()
    expect(explanation(quiz)).to_be_hidden()
    assert "512" not in quiz.inner_text()
    button(quiz, RETRY).click()
    answer(quiz, "1000")  # unanticipated: no feedback, and nothing of the answer either
    assert status(quiz) == INCORRECT
    assert visible_feedback(quiz) == []
    assert "512" not in quiz.inner_text()


def test_the_hint_stays_in_view_while_the_reader_tries_again(page: Page) -> None:
    quiz = question(page, "fixture-single")
    answer(quiz, "1")
    button(quiz, RETRY).click()
    expect(hint(quiz)).to_be_visible()
    answer(quiz, "2")
    assert status(quiz) == CORRECT
    expect(explanation(quiz)).to_be_visible()


def test_the_explanation_is_labelled_and_set_at_the_size_of_the_text_around_it(page: Page) -> None:
    quiz = question(page, "fixture-single")
    answer(quiz, "1")
    button(quiz, SHOW).click()
    size = "(element) => getComputedStyle(element).fontSize"
    body = page.locator(".md-content p").first.evaluate(size)
    assert (explanation(quiz).evaluate(size), hint(quiz).evaluate(size), key(quiz).evaluate(size)) == (body,) * 3
    assert explanation_label(quiz).evaluate("(label) => getComputedStyle(label).fontWeight") == "700"


def test_a_checked_question_locks_its_answers_until_the_reader_tries_again(page: Page) -> None:
    quiz = question(page, "fixture-single")
    answer(quiz, "1")
    for name in ("1", "2", "3"):
        expect(option(quiz, name)).to_be_disabled()
    expect(button(quiz, CHECK)).to_be_hidden()
    expect(button(quiz, RETRY)).to_be_visible()


def test_multiple_choice_is_right_only_for_the_exact_set_of_right_answers(page: Page) -> None:
    quiz = question(page, "fixture-multiple")
    answer(quiz, "[]")
    assert status(quiz) == f"{INCORRECT} {MISSED}"
    assert verdicts(quiz) == {"[]": "Right"}
    assert visible_feedback(quiz) == ["Lists can hold references, so they are tracked."]

    button(quiz, RETRY).click()  # the answer stays, to be changed
    answer(quiz, "42", "{'a': []}")
    assert status(quiz) == INCORRECT
    assert verdicts(quiz) == {"[]": "Right", "42": "Wrong", "{'a': []}": "Right"}
    assert "An int refers to nothing." in visible_feedback(quiz)

    button(quiz, RETRY).click()
    option(quiz, "42").uncheck()
    button(quiz, CHECK).click()
    assert status(quiz) == CORRECT
    assert verdicts(quiz) == {"[]": "Right", "{'a': []}": "Right"}


@pytest.mark.parametrize(
    ("chosen", "message", "verdict", "feedback"),
    [
        ("False", CORRECT, "Right", "Only the automatic cyclic collector stops."),
        ("True", INCORRECT, "Wrong", "Reference counting cannot be switched off."),
    ],
)
def test_true_false_marks_the_chosen_statement(
    page: Page, chosen: str, message: str, verdict: str, feedback: str
) -> None:
    quiz = question(page, "fixture-true-false")
    answer(quiz, chosen)
    assert status(quiz) == message
    assert verdicts(quiz) == {chosen: verdict}
    assert visible_feedback(quiz) == [feedback]


# Every way of writing a number is in tests/answer_cases.json; here, that the page uses those rules.
@pytest.mark.parametrize("typed", ["0x200", " 5.12e2 "])
def test_a_numeric_short_answer_accepts_any_way_of_writing_the_number(page: Page, typed: str) -> None:
    quiz = question(page, "fixture-short")
    answer(quiz, typed)
    assert status(quiz) == CORRECT
    expect(explanation(quiz)).to_be_visible()


def test_an_anticipated_wrong_short_answer_gets_its_feedback(page: Page) -> None:
    quiz = question(page, "fixture-short")
    answer(quiz, "0x100")
    assert status(quiz) == INCORRECT
    assert verdicts(quiz) == {"256": "Wrong"}
    assert visible_feedback(quiz) == ["That is half of it."]
    expect(key(quiz)).to_be_hidden()


@pytest.mark.parametrize("typed", ["1000", "five hundred"])
def test_an_unanticipated_wrong_short_answer_is_wrong_without_feedback(page: Page, typed: str) -> None:
    quiz = question(page, "fixture-short")
    answer(quiz, typed)
    assert status(quiz) == INCORRECT
    assert verdicts(quiz) == {}
    assert visible_feedback(quiz) == []


def test_a_text_short_answer_ignores_case_and_surrounding_spaces(pages: Pages) -> None:
    page = pages.open("second/")
    quiz = question(page, "fixture-short-text")
    answer(quiz, "  GC ")
    assert status(quiz) == CORRECT
    button(quiz, RETRY).click()
    answer(quiz, "Sys")
    assert status(quiz) == INCORRECT
    assert visible_feedback(quiz) == ["sys can read reference counts, but it cannot collect."]


def test_a_choice_made_of_code_blocks_is_answered_and_marked(pages: Pages) -> None:
    page = pages.open("second/")
    quiz = question(page, "fixture-code-choice")
    quiz.get_by_role("radio", name="Two names for one list:").check()
    button(quiz, CHECK).click()
    assert status(quiz) == INCORRECT
    marked = verdicts(quiz)
    assert list(marked.values()) == ["Wrong"] and next(iter(marked)).startswith("Two names for one list:")


def test_checking_without_an_answer_asks_for_one_and_changes_nothing(page: Page) -> None:
    quiz = question(page, "fixture-single")
    button(quiz, CHECK).click()
    assert status(quiz) == EMPTY
    expect(explanation(quiz)).to_be_hidden()
    expect(option(quiz, "1")).to_be_enabled()
    short = question(page, "fixture-short")
    answer(short, "   ")
    assert status(short) == EMPTY


def test_show_answer_marks_the_right_answers_and_shows_the_key_and_explanation(page: Page) -> None:
    quiz = question(page, "fixture-multiple")
    button(quiz, SHOW).click()
    assert status(quiz) == SHOWN
    assert verdicts(quiz) == {"[]": "Right", "{'a': []}": "Right"}
    expect(key(quiz)).to_have_text("Correct answers: A, C")
    expect(explanation(quiz)).to_be_visible()


def test_show_answer_after_a_wrong_answer_keeps_the_wrong_mark_and_adds_the_right_ones(page: Page) -> None:
    quiz = question(page, "fixture-multiple")
    answer(quiz, "[]", "42")
    button(quiz, SHOW).click()
    assert status(quiz) == SHOWN
    assert verdicts(quiz) == {"[]": "Right", "42": "Wrong", "{'a': []}": "Right"}
    assert quiz.locator(".quiz-verdict").count() == 3


def test_show_answer_of_a_short_question_shows_the_accepted_answers(page: Page) -> None:
    quiz = question(page, "fixture-short")
    button(quiz, SHOW).click()
    expect(key(quiz)).to_be_visible()
    expect(key(quiz)).to_have_text("Accepted answer: 512")


def test_try_again_clears_the_marks_and_unlocks_the_answer_to_be_changed(page: Page) -> None:
    quiz = question(page, "fixture-single")
    answer(quiz, "1")
    button(quiz, RETRY).click()
    assert verdicts(quiz) == {} and visible_feedback(quiz) == []
    assert status(quiz) == ""
    expect(explanation(quiz)).to_be_hidden()
    for name in ("1", "2", "3"):
        expect(option(quiz, name)).to_be_enabled()
    expect(option(quiz, "1")).to_be_checked()  # the reader's answer is kept, not erased
    expect(button(quiz, CHECK)).to_be_visible()
    expect(button(quiz, RETRY)).to_be_hidden()


def test_the_score_counts_revealed_questions_apart_from_answered_ones(page: Page) -> None:
    assert page.locator(".quiz-score").count() == 1
    assert score(page) == NOTHING_YET
    answer(question(page, "fixture-single"), "2")
    answer(question(page, "fixture-true-false"), "True")
    button(question(page, "fixture-short"), SHOW).click()
    assert score(page) == "1 of 4 correct, 2 answered, 1 revealed"
    button(question(page, "fixture-true-false"), SHOW).click()  # a wrong answer, then revealed
    assert score(page) == "1 of 4 correct, 1 answered, 2 revealed"


def test_reset_asks_first_and_keep_changes_nothing(page: Page) -> None:
    answer(question(page, "fixture-single"), "2")
    page.get_by_role("button", name=RESET).click()
    confirmation = page.locator(".quiz-score").get_by_role("group", name="Clear every answer on this page?")
    expect(confirmation).to_be_visible()
    expect(page.get_by_role("button", name=RESET)).to_be_hidden()
    confirmation.get_by_role("button", name=KEEP, exact=True).click()
    expect(confirmation).to_have_count(0)
    assert score(page) == "1 of 4 correct, 1 answered, 0 revealed"
    page.reload()
    assert status(question(page, "fixture-single")) == CORRECT


def test_reset_clears_every_answer_once_confirmed(page: Page) -> None:
    answer(question(page, "fixture-single"), "2")
    answer(question(page, "fixture-true-false"), "True")
    button(question(page, "fixture-short"), SHOW).click()
    reset_page(page)
    assert score(page) == NOTHING_YET
    assert page.locator(".quiz-score").get_by_role("status").inner_text() == CLEARED
    assert page.locator(".quiz[data-quiz-state]").count() == 0
    assert page.locator(".quiz-verdict").count() == 0
    assert page.locator(".quiz fieldset input:checked").count() == 0
    expect(hint(question(page, "fixture-single"))).to_be_hidden()
    page.reload()
    assert score(page) == NOTHING_YET


def test_each_answer_is_announced_as_one_quiz_answer_event(page: Page) -> None:
    """With the answer in the author's numbering and how many hints the reader had seen by then."""
    record_answer_events(page)
    answer(question(page, "fixture-single"), "1")
    button(question(page, "fixture-single"), RETRY).click()
    answer(question(page, "fixture-single"), "2")
    answer(question(page, "fixture-multiple"), "42")
    button(question(page, "fixture-short"), SHOW).click()
    assert answer_events(page) == [
        {"id": "fixture-single", "result": "wrong", "answer": [0], "hints": 1},
        {"id": "fixture-single", "result": "right", "answer": [1], "hints": 1},
        {"id": "fixture-multiple", "result": "wrong", "answer": [1], "hints": 0},  # it has no hint
        {"id": "fixture-short", "result": "shown", "answer": "", "hints": 0},
    ]


def test_a_click_on_the_code_of_a_code_block_answer_chooses_it(pages: Pages) -> None:
    page = pages.open("second/")
    quiz = question(page, "fixture-code-choice")
    quiz.locator(".quiz-choice-body pre").first.click()
    assert quiz.get_by_role("radio", name="A list that contains itself:").is_checked()
    button(quiz, CHECK).click()
    assert status(quiz) == CORRECT
