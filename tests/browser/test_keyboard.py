"""Answering with the keyboard alone: Tab, Shift+Tab, the arrow keys, Space, Enter and typing.

The tests never click and never focus anything themselves; they only read where the focus is.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import Pages
from .quizpage import (
    CLEARED,
    CORRECT,
    HINT,
    INCORRECT,
    RESET,
    SHOWN,
    explanation,
    focused,
    key,
    question,
    score,
    status,
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
    # Past the other radios of the group, straight to the hint, then to Check.
    assert tab_to(page, "button Check in fixture-single") == 2
    page.keyboard.press("Enter")
    quiz = question(page, "fixture-single")
    assert status(quiz) == CORRECT
    assert focused(page) == "button Try again in fixture-single"


def test_the_hint_opens_from_the_keyboard(page: Page) -> None:
    quiz = question(page, "fixture-single")
    hint = quiz.locator(f"{HINT} > p")
    expect(hint).to_be_hidden()
    tab_to(page, "summary Hint in fixture-single")
    page.keyboard.press("Enter")
    expect(hint).to_be_visible()


def test_a_multiple_choice_is_answered_with_tab_and_space(page: Page) -> None:
    tab_to(page, "input:checkbox [] in fixture-multiple")
    page.keyboard.press("Space")
    tab_to(page, "input:checkbox {'a': []} in fixture-multiple")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-multiple")
    page.keyboard.press("Space")
    assert status(question(page, "fixture-multiple")) == CORRECT
    assert focused(page) == "button Try again in fixture-multiple"


def test_try_again_from_the_keyboard_puts_the_focus_on_the_first_answer(page: Page) -> None:
    tab_to(page, "input:radio True in fixture-true-false")
    page.keyboard.press("Space")
    tab_to(page, "button Check in fixture-true-false")
    page.keyboard.press("Enter")
    assert status(question(page, "fixture-true-false")) == INCORRECT
    assert focused(page) == "button Try again in fixture-true-false"
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
    assert tab_to(page, "button Show answer in fixture-single") == 1  # right after Try again
    page.keyboard.press("Enter")
    assert status(quiz) == SHOWN
    expect(key(quiz)).to_be_visible()
    assert focused(page) == "button Try again in fixture-single"


def test_show_answer_without_answering_from_the_keyboard(page: Page) -> None:
    quiz = question(page, "fixture-short")
    tab_to(page, "button Show answer in fixture-short")
    page.keyboard.press("Enter")
    expect(key(quiz)).to_have_text("Accepted answers: 512")
    assert focused(page) == "button Try again in fixture-short"


def test_enter_in_a_short_answer_checks_it(page: Page) -> None:
    quiz = question(page, "fixture-short")
    tab_to(page, "input:text Your answer in fixture-short")
    page.keyboard.type("0x200")
    page.keyboard.press("Enter")
    assert status(quiz) == CORRECT
    expect(explanation(quiz)).to_be_visible()
    assert focused(page) == "button Try again in fixture-short"


def test_the_reset_button_works_from_the_keyboard(page: Page) -> None:
    tab_to(page, "input:radio 1 in fixture-single")
    page.keyboard.press("ArrowDown")
    tab_to(page, "button Check in fixture-single")
    page.keyboard.press("Enter")
    assert score(page) == "1 of 4 correct, 1 answered"
    tab_to(page, f"button {RESET}")
    page.keyboard.press("Enter")
    assert score(page) == "0 of 4 correct, 0 answered"
    assert page.locator(".quiz-score").get_by_role("status").inner_text() == CLEARED
    assert focused(page) == f"button {RESET}"


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
    assert score(page) == "3 of 3 correct, 3 answered"
