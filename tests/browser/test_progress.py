"""Progress kept in localStorage: restored on reload, never onto a changed question, and never in the way
when storage is unavailable, full or corrupt."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from support import FIXTURE_SITE

from .conftest import Pages, SiteServer
from .quizpage import (
    CHECK,
    CORRECT,
    INCORRECT,
    NOTHING_YET,
    RETRY,
    SHOW,
    SHOWN,
    answer,
    button,
    focused,
    option,
    question,
    score,
    status,
    verdicts,
)

pytestmark = pytest.mark.browser

FIRST_PAGE_IDS = ["fixture-single", "fixture-multiple", "fixture-true-false", "fixture-short"]


def stored(page: Page) -> dict[str, str]:
    """Everything in the page's localStorage."""
    return page.evaluate("Object.fromEntries(Object.entries(localStorage))")


def storage_key(page: Page, quiz_id: str) -> str:
    """The key a question's progress is stored under (learnt by answering it once)."""
    keys = [name for name in stored(page) if name.endswith(quiz_id)]
    assert len(keys) == 1, f"expected one stored entry for {quiz_id}: {stored(page)}"
    return keys[0]


def assert_nothing_restored(page: Page) -> None:
    for quiz_id in FIRST_PAGE_IDS:
        quiz = question(page, quiz_id)
        assert quiz.get_attribute("data-quiz-state") is None, quiz_id
        assert status(quiz) == "", quiz_id
        assert verdicts(quiz) == {}, quiz_id
        expect(button(quiz, CHECK)).to_be_visible()
    assert page.locator("fieldset input:checked, fieldset input:disabled").count() == 0
    assert score(page) == NOTHING_YET


def answer_every_question_of_the_first_page(page: Page) -> None:
    answer(question(page, "fixture-single"), "2")
    answer(question(page, "fixture-multiple"), "42")
    button(question(page, "fixture-true-false"), SHOW).click()
    answer(question(page, "fixture-short"), "0x200")


def test_a_reload_restores_every_answer_mark_and_the_score(page: Page) -> None:
    answer_every_question_of_the_first_page(page)
    page.reload()

    single = question(page, "fixture-single")
    expect(option(single, "2")).to_be_checked()
    expect(option(single, "2")).to_be_disabled()
    assert (status(single), verdicts(single)) == (CORRECT, {"2": "Right"})
    multiple = question(page, "fixture-multiple")
    assert (status(multiple), verdicts(multiple)) == (f"{INCORRECT} You missed a right answer.", {"42": "Wrong"})
    expect(button(multiple, SHOW)).to_be_visible()
    true_false = question(page, "fixture-true-false")
    assert (status(true_false), verdicts(true_false)) == (SHOWN, {"False": "Right"})
    short = question(page, "fixture-short")
    expect(short.get_by_role("textbox")).to_have_value("0x200")
    assert status(short) == CORRECT
    assert score(page) == "2 of 4 correct, 3 answered, 1 revealed"


def test_restoring_neither_moves_the_focus_nor_reports_new_answers(page: Page) -> None:
    answer(question(page, "fixture-single"), "2")
    page.add_init_script(
        "window.answerEvents = []; document.addEventListener('quiz:answer', (e) => answerEvents.push(e.detail));"
    )
    page.reload()
    assert status(question(page, "fixture-single")) == CORRECT
    assert focused(page) == "body"
    assert page.evaluate("window.answerEvents") == []


def test_try_again_erases_nothing_until_a_new_answer_replaces_the_stored_one(page: Page) -> None:
    quiz = question(page, "fixture-single")
    answer(quiz, "1")
    button(quiz, RETRY).click()
    page.reload()
    assert verdicts(question(page, "fixture-single")) == {"1": "Wrong"}
    quiz = question(page, "fixture-single")
    button(quiz, RETRY).click()
    answer(quiz, "3")
    page.reload()
    assert verdicts(question(page, "fixture-single")) == {"3": "Wrong"}


@pytest.fixture(scope="session")
def changed_site(site_server: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site after an author rewrote the text of `fixture-single` but kept its id."""
    source = tmp_path_factory.mktemp("changed-source") / "site"
    shutil.copytree(FIXTURE_SITE, source)
    first = source / "docs" / "first.md"
    text = first.read_text(encoding="utf-8")
    edited = text.replace("print right after `x = object()`?", "print on CPython 3.12 right after `x = object()`?")
    assert edited != text
    first.write_text(edited, encoding="utf-8")
    return site_server.build(source, tmp_path_factory.mktemp("changed-site"))


@pytest.fixture
def serve_changed_site(site_server: SiteServer, changed_site: Path) -> Iterator[None]:
    original = site_server.root
    site_server.root = changed_site
    yield
    site_server.root = original


def test_a_changed_question_does_not_get_the_old_answer_back(pages: Pages, request: pytest.FixtureRequest) -> None:
    page = pages.open("first/")
    original_hash = question(page, "fixture-single").get_attribute("data-quiz-hash")
    answer(question(page, "fixture-single"), "2")
    answer(question(page, "fixture-true-false"), "False")

    request.getfixturevalue("serve_changed_site")  # same origin, same storage, new text
    page.reload()
    single = question(page, "fixture-single")
    expect(single.locator(".quiz-stem")).to_contain_text("on CPython 3.12")
    assert single.get_attribute("data-quiz-hash") != original_hash
    assert single.get_attribute("data-quiz-state") is None
    expect(option(single, "2")).not_to_be_checked()
    assert verdicts(single) == {}
    # The unchanged question on the same page is restored as before.
    assert status(question(page, "fixture-true-false")) == CORRECT
    assert score(page) == "1 of 4 correct, 1 answered, 0 revealed"


def test_a_stored_answer_with_another_hash_is_not_restored(page: Page) -> None:
    answer(question(page, "fixture-single"), "2")
    key = storage_key(page, "fixture-single")
    saved = json.loads(stored(page)[key])
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, json.dumps({**saved, "h": "0badc0de"})])
    page.reload()
    assert_nothing_restored(page)


# Storage that throws on access, as in some privacy modes and sandboxed frames. The error names the
# code that touched storage (the caller's frame of the stack), so an error that escapes tells whose it is;
# `storageCallers` proves the quiz script really met the error.
STORAGE_UNAVAILABLE = """
window.storageCallers = [];
Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() {
    const caller = (new Error().stack.split("\\n")[2] || "").trim();
    window.storageCallers.push(caller);
    throw new DOMException(`The operation is insecure (localStorage read ${caller})`, "SecurityError");
  },
});
"""


def test_quizzes_work_when_storage_is_unavailable(pages: Pages) -> None:
    page = pages.open("first/", init_script=STORAGE_UNAVAILABLE)
    answer_every_question_of_the_first_page(page)
    assert score(page) == "2 of 4 correct, 3 answered, 1 revealed"
    button(question(page, "fixture-single"), RETRY).click()
    option(question(page, "fixture-single"), "1").check()
    button(question(page, "fixture-single"), CHECK).click()
    assert status(question(page, "fixture-single")) == INCORRECT
    callers = page.evaluate("window.storageCallers")
    assert any("/assets/quiz/" in caller for caller in callers), callers
    page.reload()
    assert_nothing_restored(page)
    assert pages.errors_from_quiz() == []
    # Material's own scripts read the palette from localStorage without a try: not ours to fix.
    assert all("/assets/javascripts/bundle." in error or "at __md_get" in error for error in pages.errors), pages.errors
    pages.errors.clear()


def fill_storage(page: Page) -> int:
    """Fill the origin's localStorage until the browser refuses more; returns the characters stored."""
    return page.evaluate(
        """() => {
            let stored = 0, chunk = 1 << 20, n = 0;
            while (chunk >= 1) {
                try {
                    localStorage.setItem(`filler-${n++}`, "x".repeat(chunk));
                    stored += chunk;
                } catch (error) {
                    if (error.name !== "QuotaExceededError") throw error;
                    chunk >>= 1;
                }
            }
            return stored;
        }"""
    )


def test_quizzes_work_when_storage_is_full(page: Page) -> None:
    answer(question(page, "fixture-single"), "2")  # saved while there was room
    assert fill_storage(page) > 1_000_000
    quiz = question(page, "fixture-multiple")
    answer(quiz, "[]", "{'a': []}")
    assert status(quiz) == CORRECT
    button(quiz, RETRY).click()
    button(quiz, SHOW).click()
    assert status(quiz) == SHOWN
    page.reload()
    assert status(question(page, "fixture-single")) == CORRECT
    assert question(page, "fixture-multiple").get_attribute("data-quiz-state") is None


@pytest.mark.parametrize(
    "corrupt",
    [
        pytest.param("{not json", id="invalid-json"),
        pytest.param("null", id="null"),
        pytest.param("42", id="number"),
        pytest.param('"right"', id="string"),
        pytest.param("[1, 2]", id="array"),
        pytest.param('{"h": "{hash}"}', id="no-answer"),
        pytest.param('{"h": "{hash}", "r": "right", "a": [7]}', id="answer-out-of-range"),
        pytest.param('{"h": "{hash}", "r": "right", "a": [-1]}', id="negative-answer"),
        pytest.param('{"h": "{hash}", "r": "right", "a": ["1"]}', id="answer-as-text"),
        pytest.param('{"h": "{hash}", "r": "right", "a": [0.5]}', id="fractional-answer"),
        pytest.param('{"h": "{hash}", "r": "right", "a": []}', id="empty-answer"),
        pytest.param('{"h": "{hash}", "r": "maybe", "a": [1]}', id="unknown-result"),
        pytest.param('{"h": "{hash}", "r": "right", "a": {"length": 1, "0": 1}}', id="array-like-object"),
    ],
)
def test_quizzes_work_when_stored_progress_is_corrupt(page: Page, corrupt: str) -> None:
    for quiz_id in FIRST_PAGE_IDS:
        button(question(page, quiz_id), SHOW).click()  # learn the keys
    for quiz_id in FIRST_PAGE_IDS:
        value = corrupt.replace("{hash}", question(page, quiz_id).get_attribute("data-quiz-hash") or "")
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [storage_key(page, quiz_id), value])
    page.reload()
    assert_nothing_restored(page)
    answer(question(page, "fixture-single"), "2")
    assert status(question(page, "fixture-single")) == CORRECT
    answer(question(page, "fixture-short"), "512")
    page.reload()
    assert status(question(page, "fixture-single")) == CORRECT
    assert status(question(page, "fixture-short")) == CORRECT


@pytest.mark.parametrize(
    ("quiz_id", "typed", "stored_answer"), [("fixture-short", "512", [0]), ("fixture-single", "2", "2")]
)
def test_an_answer_stored_in_the_shape_of_another_type_is_not_restored(
    page: Page, quiz_id: str, typed: str, stored_answer: object
) -> None:
    answer(question(page, quiz_id), typed)
    key = storage_key(page, quiz_id)
    saved = json.loads(stored(page)[key])
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)", [key, json.dumps({**saved, "a": stored_answer})]
    )
    page.reload()
    assert_nothing_restored(page)
