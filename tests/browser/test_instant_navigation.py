"""Material's instant navigation: pages are swapped in place, the script set up again, never twice.

Material replaces the content container, re-runs the <script> elements inside it and syncs the
children of <head>. The plugin puts its script in the content and its stylesheet in <head> of pages
with questions only; these tests walk between such pages and one without questions.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import Pages
from .quizpage import (
    CHECK,
    CORRECT,
    answer_events,
    button,
    follow_link,
    option,
    question,
    record_answer_events,
    score,
    status,
)

pytestmark = pytest.mark.browser


def mark_document(page: Page) -> None:
    """A flag that only survives if the document is never reloaded."""
    page.evaluate("window.sameDocument = true")


def assert_same_document(page: Page) -> None:
    assert page.evaluate("window.sameDocument === true"), "the browser loaded a new document: no instant navigation"


def follow(page: Page, link_text: str, path: str, questions: int) -> None:
    """Click a link in the navigation and wait until the page's questions are set up."""
    follow_link(page, page.locator(".md-nav").get_by_role("link", name=link_text, exact=True).first, path)
    wait_for_questions(page, questions)


def wait_for_questions(page: Page, questions: int) -> None:
    page.wait_for_function(
        "(count) => document.querySelectorAll('.quiz').length === count"
        " && document.querySelectorAll('.quiz[data-quiz-ready]').length === count",
        arg=questions,
    )


def check_once(page: Page, quiz_id: str, choice: str) -> dict[str, int]:
    """Answer with one click on Check; count what that click caused."""
    quiz = question(page, quiz_id)
    option(quiz, choice).check()
    quiz.get_by_role("status").evaluate(
        """(status) => {
            window.statusUpdates = 0;
            new MutationObserver((records) => (window.statusUpdates += records.length))
                .observe(status, { childList: true, characterData: true, subtree: true });
        }"""
    )
    events_before = len(answer_events(page))
    button(quiz, CHECK).click()
    assert status(quiz) == CORRECT
    return {
        "answer events": len(answer_events(page)) - events_before,
        "status updates": page.evaluate("window.statusUpdates"),
        "verdicts": quiz.locator(".quiz-verdict").count(),
        "scores": page.locator(".quiz-score").count(),
    }


ONCE = {"answer events": 1, "status updates": 1, "verdicts": 1, "scores": 1}


def quiz_assets(page: Page) -> dict[str, int]:
    return page.evaluate(
        """() => ({
            scripts: document.querySelectorAll('script[src*="/assets/quiz/"]').length,
            stylesheets: document.querySelectorAll('head link[rel=stylesheet][href*="/assets/quiz/"]').length,
        })"""
    )


def assert_quiz_styles_apply(page: Page) -> None:
    quiz = page.locator(".quiz").first
    assert quiz.evaluate("(element) => getComputedStyle(element).borderTopStyle") == "solid"
    expect(quiz.locator(".quiz-answer")).to_be_hidden()  # hidden by quiz.css until answered


def test_from_a_page_without_questions_to_quiz_pages_and_back_everything_is_set_up_once(pages: Pages) -> None:
    page = pages.open("")
    assert quiz_assets(page) == {"scripts": 0, "stylesheets": 0}
    mark_document(page)
    record_answer_events(page)

    follow(page, "First quiz", "first/", 4)
    assert_same_document(page)
    assert quiz_assets(page) == {"scripts": 1, "stylesheets": 1}
    assert_quiz_styles_apply(page)
    assert check_once(page, "fixture-single", "2") == ONCE

    follow(page, "Second quiz", "second/", 3)
    assert_same_document(page)
    assert quiz_assets(page) == {"scripts": 1, "stylesheets": 1}
    assert_quiz_styles_apply(page)
    assert score(page) == "0 of 3 correct, 0 answered, 0 revealed"
    assert check_once(page, "fixture-second", "Reference counting") == ONCE

    page.go_back()
    page.wait_for_url("**/first/")
    wait_for_questions(page, 4)
    assert_same_document(page)
    assert status(question(page, "fixture-single")) == CORRECT  # restored, not answered again
    assert score(page) == "1 of 4 correct, 1 answered, 0 revealed"
    assert check_once(page, "fixture-true-false", "False") == ONCE
    assert answer_events(page) == [
        {"id": "fixture-single", "result": "right", "answer": [1], "hints": 0},
        {"id": "fixture-second", "result": "right", "answer": [0], "hints": 0},
        {"id": "fixture-true-false", "result": "right", "answer": [1], "hints": 0},
    ]

    follow(page, "Home", "", 0)
    assert_same_document(page)
    assert quiz_assets(page)["stylesheets"] == 0
    expect(page.locator(".quiz-score")).to_have_count(0)


def test_many_page_switches_never_add_handlers(pages: Pages) -> None:
    page = pages.open("first/")
    mark_document(page)
    record_answer_events(page)
    for _ in range(4):
        follow(page, "Second quiz", "second/", 3)
        follow(page, "First quiz", "first/", 4)
    assert_same_document(page)
    assert check_once(page, "fixture-true-false", "False") == ONCE
    assert page.evaluate("window.quizPlugin && typeof window.quizPlugin.init") == "function"


def test_a_question_answered_before_switching_pages_is_restored_after_switching_back(pages: Pages) -> None:
    page = pages.open("second/")
    mark_document(page)
    question(page, "fixture-short-text").get_by_role("textbox").fill("gc")
    question(page, "fixture-short-text").get_by_role("textbox").press("Enter")
    follow(page, "First quiz", "first/", 4)
    follow(page, "Second quiz", "second/", 3)
    assert_same_document(page)
    quiz = question(page, "fixture-short-text")
    expect(quiz.get_by_role("textbox")).to_have_value("gc")
    assert status(quiz) == CORRECT
