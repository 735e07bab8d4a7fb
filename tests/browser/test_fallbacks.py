"""Without JavaScript, and on paper, every question shows its answers, its answer key, every feedback and
the explanation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import Pages
from .quizpage import FEEDBACK, HINT, SHOW, answer, button, explanation, hint, key, question

pytestmark = pytest.mark.browser

KEYS = {
    "fixture-single": "Correct answer: B",
    "fixture-multiple": "Correct answers: A, C",
    "fixture-true-false": "Correct answer: False",
    "fixture-short": "Accepted answer: 512",
}


def assert_everything_is_shown(page: Page) -> None:
    for quiz_id, expected_key in KEYS.items():
        quiz = question(page, quiz_id)
        expect(key(quiz)).to_be_visible()
        expect(key(quiz)).to_have_text(expected_key)
        expect(explanation(quiz)).to_be_visible()
        for feedback in quiz.locator(FEEDBACK).all():
            expect(feedback).to_be_visible()
    assert sum(item.is_visible() for item in page.locator(FEEDBACK).all()) == page.locator(FEEDBACK).count() == 9


def test_without_javascript_every_question_shows_its_answers_as_a_form(pages: Pages) -> None:
    page = pages.open("first/", java_script_enabled=False)
    assert page.locator(".quiz").count() == 4
    for quiz in page.locator(".quiz").all():
        expect(quiz.locator("legend")).to_be_visible()
        assert quiz.locator("fieldset input").count() == quiz.locator("fieldset input:visible").count() > 0
        expect(quiz.locator("summary", has_text="Answer")).to_be_visible()
        expect(quiz.get_by_role("button", name="Check")).to_have_count(0)
        expect(explanation(quiz)).to_be_hidden()  # until the reader opens the answer
    expect(page.locator(".quiz-score")).to_have_count(0)


def test_without_javascript_opening_an_answer_shows_key_feedback_and_explanation(pages: Pages) -> None:
    page = pages.open("first/", java_script_enabled=False)
    for quiz_id in KEYS:
        question(page, quiz_id).locator("summary", has_text="Answer").click()
    assert_everything_is_shown(page)
    right = question(page, "fixture-single").locator("li[data-correct] > label")
    assert right.evaluate("(label) => getComputedStyle(label).fontWeight") == "700"


def test_without_javascript_the_answer_opens_from_the_keyboard(pages: Pages) -> None:
    page = pages.open("first/", java_script_enabled=False)
    summary = question(page, "fixture-single").locator("summary", has_text="Answer")
    for _ in range(60):
        page.keyboard.press("Tab")
        if summary.evaluate("(element) => element === document.activeElement"):
            break
    page.keyboard.press("Enter")
    expect(explanation(question(page, "fixture-single"))).to_be_visible()


def test_printing_without_javascript_shows_every_answer(pages: Pages) -> None:
    page = pages.open("first/", java_script_enabled=False)
    page.emulate_media(media="print")
    assert_everything_is_shown(page)


def test_printing_shows_every_answer_whatever_the_reader_did(page: Page) -> None:
    answer(question(page, "fixture-single"), "1")
    button(question(page, "fixture-multiple"), SHOW).click()
    answer(question(page, "fixture-short"), "1000")
    page.emulate_media(media="print")
    assert_everything_is_shown(page)
    expect(page.locator(".quiz button:visible, .quiz-score button:visible")).to_have_count(0)
    for text in page.locator(f"{HINT} > :not(summary)").all():
        expect(text).to_be_visible()
    expect(page.locator(".quiz-score")).to_be_hidden()


def test_printing_shows_the_hints_and_explanations_the_screen_keeps_for_later(pages: Pages) -> None:
    """On screen a hint waits for a wrong answer, and an explanation for a right one; not on paper."""
    page = pages.open("second/")
    quiz = question(page, "fixture-short-text")
    expect(hint(quiz)).to_be_hidden()
    answer(quiz, "sys")
    expect(explanation(quiz)).to_be_hidden()
    page.emulate_media(media="print")
    expect(hint(quiz)).to_be_visible()
    expect(explanation(quiz)).to_be_visible()
    expect(key(quiz)).to_be_visible()


def test_without_javascript_the_hint_opens_before_any_answer(pages: Pages) -> None:
    page = pages.open("second/", java_script_enabled=False)
    quiz = question(page, "fixture-short-text")
    quiz.locator(f"{HINT} > summary").click()
    expect(hint(quiz)).to_be_visible()


def test_the_page_is_as_the_reader_left_it_after_printing(page: Page) -> None:
    quiz = question(page, "fixture-single")
    page.emulate_media(media="print")
    page.evaluate("() => { dispatchEvent(new Event('beforeprint')); dispatchEvent(new Event('afterprint')); }")
    page.emulate_media(media="screen")
    expect(explanation(quiz)).to_be_hidden()
    expect(quiz.locator(f"{HINT} > p")).to_be_hidden()
    answer(quiz, "2")
    expect(explanation(quiz)).to_be_visible()
