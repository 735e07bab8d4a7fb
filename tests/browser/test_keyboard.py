"""Answering with the keyboard alone: Tab, Shift+Tab, the arrow keys, Space, Enter and typing.

The tests never click and never focus anything themselves; they only read where the focus is. After
Check the focus is on the result, never on a button: no key press can erase an answer by accident.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import Pages
from .quizpage import (
    CLEAR,
    CLEARED,
    CORRECT,
    INCORRECT,
    KEEP,
    NOTHING_YET,
    RESET,
    SHOWN,
    choice_counts,
    explanation,
    focused,
    hint,
    key,
    question,
    score,
    status,
    tab_stops,
)

pytestmark = pytest.mark.browser


def tab_to(page: Page, target: str, *, backwards: bool = False, limit: int = 60) -> int:
    """Press Tab (or Shift+Tab) until the focus is on `target` (as `focused` describes it)."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if focused(page) == target:
            return presses
    raise AssertionError(f"{limit} presses of Tab never reached {target}; the focus is on {focused(page)}")


def test_a_single_choice_is_answered_with_tab_arrows_and_enter(page: Page) -> None:
    tab_to(page, "input:radio 1 in fixture-single")  # a group with nothing chosen starts at its first
    page.keyboard.press("ArrowDown")
    assert focused(page) == "input:radio 2 in fixture-single"
    expect(question(page, "fixture-single").get_by_role("radio", name="2")).to_be_checked()
    # Past the other radios of the group, straight to Check (the hint waits for a first try).
    assert tab_to(page, "button Check in fixture-single") == 1
    page.keyboard.press("Enter")
    quiz = question(page, "fixture-single")
    assert status(quiz) == CORRECT
    assert focused(page) == f"p {CORRECT} in fixture-single"


def test_after_a_wrong_answer_the_hint_is_open_and_closes_and_opens_from_the_keyboard(page: Page) -> None:
    quiz = question(page, "fixture-single")
    tab_to(page, "input:radio 1 in fixture-single")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Enter")
    expect(hint(quiz)).to_be_visible()
    tab_to(page, "summary Hint in fixture-single", backwards=True)
    page.keyboard.press("Enter")
    expect(hint(quiz)).to_be_hidden()
    page.keyboard.press("Enter")
    expect(hint(quiz)).to_be_visible()


def test_a_multiple_choice_is_answered_with_tab_and_space(page: Page) -> None:
    tab_to(page, "input:checkbox [] in fixture-multiple")
    page.keyboard.press("Space")
    tab_to(page, "input:checkbox {'a': []} in fixture-multiple")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-multiple")
    page.keyboard.press("Space")
    assert status(question(page, "fixture-multiple")) == CORRECT
    assert focused(page) == f"p {CORRECT} in fixture-multiple"


def test_try_again_from_the_keyboard_puts_the_focus_on_the_answer_to_change(page: Page) -> None:
    tab_to(page, "input:radio True in fixture-true-false")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-true-false")
    page.keyboard.press("Enter")
    assert status(question(page, "fixture-true-false")) == INCORRECT
    assert focused(page) == f"p {INCORRECT} in fixture-true-false"
    assert tab_to(page, "button Try again in fixture-true-false") == 1  # the next stop after the result
    page.keyboard.press("Enter")
    assert focused(page) == "input:radio True in fixture-true-false"
    page.keyboard.press("ArrowRight")
    assert focused(page) == "input:radio False in fixture-true-false"
    tab_to(page, "button Check in fixture-true-false")
    page.keyboard.press("Enter")
    assert status(question(page, "fixture-true-false")) == CORRECT


def test_show_answer_is_reachable_after_a_wrong_answer_and_keeps_the_focus_in_the_question(page: Page) -> None:
    quiz = question(page, "fixture-single")
    tab_to(page, "input:radio 1 in fixture-single")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Enter")
    assert status(quiz) == INCORRECT
    assert tab_to(page, "button Show answer in fixture-single") == 2  # after Try again
    page.keyboard.press("Enter")
    assert status(quiz) == SHOWN
    expect(key(quiz)).to_be_visible()
    assert focused(page) == f"p {SHOWN} in fixture-single"


def test_show_answer_without_answering_from_the_keyboard(page: Page) -> None:
    quiz = question(page, "fixture-short")
    tab_to(page, "button Show answer in fixture-short")
    page.keyboard.press("Enter")
    expect(key(quiz)).to_have_text("Accepted answer: 512")
    assert focused(page) == f"p {SHOWN} in fixture-short"


def test_enter_in_a_short_answer_checks_it(page: Page) -> None:
    quiz = question(page, "fixture-short")
    tab_to(page, "input:text Your answer in fixture-short")
    page.keyboard.type("0x200")
    page.keyboard.press("Enter")
    assert status(quiz) == CORRECT
    expect(explanation(quiz)).to_be_visible()
    assert focused(page) == f"p {CORRECT} in fixture-short"


@pytest.mark.parametrize("typed", ["0x200", "100"], ids=["right", "wrong"])
def test_a_double_enter_on_check_keeps_the_answer(page: Page, typed: str) -> None:
    quiz = question(page, "fixture-short")
    tab_to(page, "input:text Your answer in fixture-short")
    page.keyboard.type(typed)
    tab_to(page, "button Check in fixture-short")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert status(quiz) == (CORRECT if typed == "0x200" else INCORRECT)
    expect(quiz.get_by_role("textbox")).to_have_value(typed)
    page.reload()
    assert status(question(page, "fixture-short")) == (CORRECT if typed == "0x200" else INCORRECT)


def test_a_held_enter_in_a_short_answer_keeps_the_answer(page: Page) -> None:
    quiz = question(page, "fixture-short")
    tab_to(page, "input:text Your answer in fixture-short")
    page.keyboard.type("100")
    # A key held down: one keydown, then repeated keydowns (repeat: true), then one keyup.
    for _ in range(12):
        page.keyboard.down("Enter")
    page.keyboard.up("Enter")
    assert status(quiz) == INCORRECT
    expect(quiz.get_by_role("textbox")).to_have_value("100")
    assert focused(page) == f"p {INCORRECT} in fixture-short"
    page.reload()
    assert status(question(page, "fixture-short")) == INCORRECT


def test_a_double_space_on_check_keeps_the_answer(page: Page) -> None:
    tab_to(page, "input:radio 1 in fixture-single")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Space")  # nothing chosen yet: the question asks for an answer
    tab_to(page, "input:radio 1 in fixture-single", backwards=True)
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Space")
    page.keyboard.press("Space")
    quiz = question(page, "fixture-single")
    assert status(quiz) == INCORRECT
    expect(quiz.get_by_role("radio", name="1", exact=True)).to_be_checked()


def test_the_reset_button_asks_first_and_a_double_enter_keeps_the_answers(page: Page) -> None:
    tab_to(page, "input:radio 1 in fixture-single")
    page.keyboard.press("ArrowDown")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Enter")
    assert score(page) == "1 of 4 correct, 1 answered, 0 revealed"
    tab_to(page, f"button {RESET}")
    page.keyboard.press("Enter")
    assert focused(page) == f"button {KEEP}"  # the safe choice
    page.keyboard.press("Enter")
    assert score(page) == "1 of 4 correct, 1 answered, 0 revealed"
    assert focused(page) == f"button {RESET}"


def test_the_reset_button_works_from_the_keyboard(page: Page) -> None:
    tab_to(page, "input:radio 1 in fixture-single")
    page.keyboard.press("ArrowDown")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Enter")
    tab_to(page, f"button {RESET}")
    page.keyboard.press("Enter")
    assert tab_to(page, f"button {CLEAR}", backwards=True) == 1
    page.keyboard.press("Enter")
    assert score(page) == NOTHING_YET
    assert page.locator(".quiz-score").get_by_role("status").inner_text() == CLEARED
    assert focused(page) == f"button {RESET}"


def test_escape_leaves_the_confirmation_and_keeps_the_answers(page: Page) -> None:
    tab_to(page, "input:radio 1 in fixture-single")
    page.keyboard.press("ArrowDown")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Enter")
    tab_to(page, f"button {RESET}")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    assert focused(page) == f"button {RESET}"
    assert score(page) == "1 of 4 correct, 1 answered, 0 revealed"


def test_a_whole_page_is_answered_by_keyboard_in_tab_order(pages: Pages) -> None:
    """Every question of the second page, one after another, without the mouse."""
    page = pages.open("second/")
    tab_to(page, "input:radio Reference counting in fixture-second")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-second")
    page.keyboard.press("Enter")
    tab_to(page, "input:text Your answer in fixture-short-text")
    page.keyboard.type("gc")
    page.keyboard.press("Enter")
    tab_to(page, "input:radio A list that contains itself: a = [] a.append(a) in fixture-code-choice")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-code-choice")
    page.keyboard.press("Enter")
    assert score(page) == "3 of 3 correct, 3 answered, 0 revealed"


@pytest.mark.parametrize("path", ["first/", "second/"])
def test_a_question_takes_at_most_its_choices_and_two_tab_stops_before_it_is_answered(pages: Pages, path: str) -> None:
    """A radio group is one stop, a checkbox or the text field one each; then Check and Show answer."""
    page = pages.open(path)
    stops = tab_stops(page)
    counts = choice_counts(page)
    assert sorted(stops) == sorted(counts), "a question without any Tab stop"
    assert {quiz: len(found) for quiz, found in stops.items() if len(found) > counts[quiz] + 2} == {}
