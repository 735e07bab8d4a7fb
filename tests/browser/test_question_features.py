"""Shuffled options, several hints, numeric tolerances and the page summary, in Chromium: with the mouse,
the keyboard, without JavaScript, on paper, and across Material's instant navigation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import Pages
from .quizpage import (
    CHECK,
    CORRECT,
    INCORRECT,
    RETRY,
    SHOW,
    answer,
    button,
    focused,
    key,
    option,
    question,
    status,
    verdicts,
)
from .test_instant_navigation import follow
from .test_ordering import with_seed

pytestmark = pytest.mark.browser

SINGLE = "fixture-shuffled"
MULTIPLE = "fixture-shuffled-multiple"
SINGLE_OPTIONS = ["The system's malloc", "pymalloc", "mimalloc", "mmap, directly"]  # the author's order
MULTIPLE_OPTIONS = ["A list", "An int", "A dict", "A str", "An instance of a class of your own"]
NEXT_HINT = "Next hint"


def shown_options(quiz: Locator) -> list[str]:
    return [text.strip() for text in quiz.locator("fieldset > .quiz-choices > li > label").all_inner_texts()]


def letter(place: int) -> str:
    return "ABCDEFGH"[place]


# --- shuffled options ---------------------------------------------------------------------------


def test_shuffled_options_are_in_an_order_of_the_readers_own_the_same_on_every_visit(pages: Pages) -> None:
    page = pages.open("more/", init_script=with_seed(7))
    orders = {quiz: shown_options(question(page, quiz)) for quiz in (SINGLE, MULTIPLE)}
    assert sorted(orders[SINGLE]) == sorted(SINGLE_OPTIONS) and sorted(orders[MULTIPLE]) == sorted(MULTIPLE_OPTIONS)
    assert orders[MULTIPLE] != MULTIPLE_OPTIONS
    page.reload()
    assert {quiz: shown_options(question(page, quiz)) for quiz in orders} == orders
    other = pages.open("more/", init_script=with_seed(8))
    assert {quiz: shown_options(question(other, quiz)) for quiz in orders} != orders


FIRST_PAGE_OPTIONS = {
    "fixture-single": ["1", "2", "3"],
    "fixture-multiple": ["[]", "42", "{'a': []}"],
    "fixture-true-false": ["True", "False"],
}


@pytest.mark.parametrize("seed", [1, 2, 3, 7])
def test_questions_that_do_not_ask_for_shuffling_keep_the_authors_order_for_every_reader(
    pages: Pages, seed: int
) -> None:
    """Shuffling is off by default: the fixture site does not turn it on, and first/ asks for none."""
    page = pages.open("first/", init_script=with_seed(seed))
    for quiz, options in FIRST_PAGE_OPTIONS.items():
        assert shown_options(question(page, quiz)) == options
        expect(question(page, quiz)).not_to_have_attribute("data-quiz-shuffle", "")
    button(question(page, "fixture-multiple"), SHOW).click()
    expect(key(question(page, "fixture-multiple"))).to_have_text("Correct answers: A, C")


def test_a_reader_without_a_seed_gets_one_kept_for_the_next_visit(page: Page) -> None:
    page.goto("more/")
    seed = page.evaluate("JSON.parse(localStorage.getItem('quiz:/:seed')).s")
    assert isinstance(seed, int) and 0 <= seed < 2**32
    order = shown_options(question(page, MULTIPLE))
    page.reload()
    assert shown_options(question(page, MULTIPLE)) == order


def test_the_answer_key_names_the_letters_the_reader_sees(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, MULTIPLE)
    shown = shown_options(quiz)
    button(quiz, SHOW).click()
    right = [letter(shown.index(name)) for name in ("A list", "A dict", "An instance of a class of your own")]
    expect(key(quiz)).to_have_text(f"Correct answers: {', '.join(sorted(right))}")
    single = question(page, SINGLE)
    button(single, SHOW).click()
    expect(key(single)).to_have_text(f"Correct answer: {letter(shown_options(single).index('pymalloc'))}")


def test_progress_is_kept_by_the_authors_order_and_restored_onto_the_same_answers(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, MULTIPLE)
    answer(quiz, "A list", "An int")
    assert status(quiz).startswith(INCORRECT)
    stored = page.evaluate("JSON.parse(localStorage.getItem('quiz:/fixture-shuffled-multiple'))")
    assert stored["a"] == [0, 1]  # the author's first two options, wherever the reader saw them
    page.reload()
    quiz = question(page, MULTIPLE)
    expect(option(quiz, "A list")).to_be_checked()
    expect(option(quiz, "An int")).to_be_checked()
    assert verdicts(quiz) == {"A list": "Right", "An int": "Wrong"}


def test_without_javascript_options_keep_the_authors_order_and_its_letters(pages: Pages) -> None:
    page = pages.open("more/", java_script_enabled=False)
    assert shown_options(question(page, SINGLE)) == SINGLE_OPTIONS
    assert shown_options(question(page, MULTIPLE)) == MULTIPLE_OPTIONS
    question(page, SINGLE).locator("summary", has_text="Answer").click()
    expect(key(question(page, SINGLE))).to_have_text("Correct answer: B")


def test_on_paper_options_are_in_the_authors_order_and_come_back_to_the_readers_after(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, MULTIPLE)
    reader = shown_options(quiz)
    option(quiz, "A dict").focus()
    page.emulate_media(media="print")
    page.evaluate("() => dispatchEvent(new Event('beforeprint'))")
    assert shown_options(quiz) == MULTIPLE_OPTIONS
    expect(key(quiz)).to_have_text("Correct answers: A, C, E")
    expect(key(question(page, SINGLE))).to_have_text("Correct answer: B")
    page.evaluate("() => dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert shown_options(quiz) == reader
    assert focused(page) == f"input:checkbox A dict in {MULTIPLE}"


# --- several hints ------------------------------------------------------------------------------

TOLERANCE = "fixture-tolerance"
HINTS = [
    "A list holds pointers to its items, not the items.",
    "A pointer is 8 bytes on a 64-bit build.",
    "A million pointers of 8 bytes each.",
]


def visible_hints(quiz: Locator) -> list[str]:
    return [hint.inner_text() for hint in quiz.locator("fieldset > details > p").all() if hint.is_visible()]


def test_hints_come_one_at_a_time_after_each_wrong_answer(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, TOLERANCE)
    assert visible_hints(quiz) == []  # a first try comes first
    expect(button(quiz, NEXT_HINT)).to_be_hidden()
    answer(quiz, "1")
    assert visible_hints(quiz) == HINTS[:1]
    expect(quiz.locator("fieldset > details > summary").first).to_have_text("Hint 1 of 3")
    button(quiz, RETRY).click()
    answer(quiz, "2")
    assert visible_hints(quiz) == HINTS[:2]
    button(quiz, RETRY).click()
    answer(quiz, "8")
    assert status(quiz) == CORRECT
    assert visible_hints(quiz) == HINTS[:2]
    expect(button(quiz, NEXT_HINT)).to_be_hidden()


def test_next_hint_shows_one_more_on_request_and_takes_the_focus_to_it(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, TOLERANCE)
    answer(quiz, "1")
    page.keyboard.press("Tab")  # from the result: Try again, then Next hint
    page.keyboard.press("Tab")
    assert focused(page) == f"button {NEXT_HINT} in {TOLERANCE}"
    page.keyboard.press("Enter")
    assert visible_hints(quiz) == HINTS[:2]
    assert focused(page) == f"summary Hint 2 of 3 in {TOLERANCE}"
    button(quiz, NEXT_HINT).click()
    assert visible_hints(quiz) == HINTS
    expect(button(quiz, NEXT_HINT)).to_be_hidden()  # none left


def test_the_hints_a_reader_has_seen_come_back_with_their_answer(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, TOLERANCE)
    answer(quiz, "1")
    button(quiz, NEXT_HINT).click()
    assert page.evaluate("JSON.parse(localStorage.getItem('quiz:/fixture-tolerance')).k") == 2
    page.reload()
    assert visible_hints(question(page, TOLERANCE)) == HINTS[:2]


def test_without_javascript_each_hint_opens_on_its_own(pages: Pages) -> None:
    page = pages.open("more/", java_script_enabled=False)
    quiz = question(page, TOLERANCE)
    summaries = quiz.locator("fieldset > details > summary")
    expect(summaries).to_have_text(["Hint 1 of 3", "Hint 2 of 3", "Hint 3 of 3"])
    summaries.nth(1).click()
    assert visible_hints(quiz) == HINTS[1:2]


def test_on_paper_every_hint_shows(page: Page) -> None:
    page.goto("more/")
    page.emulate_media(media="print")
    assert visible_hints(question(page, TOLERANCE)) == HINTS


# --- numeric tolerance --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "result"), [("8", CORRECT), ("8.4", CORRECT), ("7.6", CORRECT), ("8.5", INCORRECT), ("8e6", INCORRECT)]
)
def test_a_number_within_the_tolerance_is_right(page: Page, typed: str, result: str) -> None:
    page.goto("more/")
    quiz = question(page, TOLERANCE)
    answer(quiz, typed)
    assert status(quiz) == result


def test_an_anticipated_wrong_number_is_recognised_within_the_tolerance_too(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, TOLERANCE)
    answer(quiz, "27.5")
    assert status(quiz) == INCORRECT
    assert verdicts(quiz) == {"28": "Wrong"}


def test_the_answer_key_gives_the_tolerance(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, TOLERANCE)
    button(quiz, SHOW).click()
    expect(key(quiz)).to_have_text("Accepted answer: 8 (give or take 5%)")


# --- the page summary ---------------------------------------------------------------------------


def summary(page: Page) -> Locator:
    return page.locator(".quiz-score")


def test_the_summary_is_where_the_author_put_it_and_links_to_each_question_missed_or_revealed(page: Page) -> None:
    page.goto("more/")
    expect(page.locator(".quiz-summary > .quiz-score")).to_have_count(1)
    expect(summary(page).locator(".quiz-missed")).to_be_hidden()
    answer(question(page, TOLERANCE), "1")
    button(question(page, SINGLE), SHOW).click()
    answer(question(page, MULTIPLE), "A list", "A dict", "An instance of a class of your own")
    expect(summary(page).locator(".quiz-score-text")).to_have_text("1 of 4 correct, 2 answered, 1 revealed")
    missed = summary(page).locator(".quiz-missed")
    expect(missed).to_have_text("To review: Question 2, Question 4")
    expect(missed.get_by_role("link")).to_have_count(2)
    missed.get_by_role("link", name="Question 4").click()
    page.wait_for_url("**/more/#quiz-fixture-tolerance")
    button(question(page, TOLERANCE), RETRY).click()
    answer(question(page, TOLERANCE), "8")
    expect(missed).to_have_text("To review: Question 2")


def test_the_summary_comes_back_with_the_readers_answers(page: Page) -> None:
    page.goto("more/")
    answer(question(page, TOLERANCE), "1")
    page.reload()
    expect(summary(page).locator(".quiz-missed")).to_have_text("To review: Question 4")


def test_without_a_marker_the_summary_follows_the_last_question(page: Page) -> None:
    page.goto("second/")
    expect(page.locator("#quiz-fixture-code-choice + .quiz-score")).to_have_count(1)


def test_the_summary_follows_instant_navigation_from_page_to_page(page: Page) -> None:
    page.goto("first/")
    answer(question(page, "fixture-single"), "1")
    expect(summary(page).locator(".quiz-missed")).to_have_text("To review: Question 1")
    follow(page, "More kinds", "more/", 4)
    expect(summary(page)).to_have_count(1)
    expect(page.locator(".quiz-summary > .quiz-score .quiz-score-text")).to_have_text(
        "0 of 4 correct, 0 answered, 0 revealed"
    )
    expect(summary(page).locator(".quiz-missed")).to_be_hidden()
    answer(question(page, SINGLE), "mimalloc")
    expect(summary(page).locator(".quiz-missed")).to_have_text("To review: Question 2")
    follow(page, "First quiz", "first/", 4)
    expect(summary(page).locator(".quiz-missed")).to_have_text("To review: Question 1")


def test_without_javascript_there_is_no_summary(pages: Pages) -> None:
    page = pages.open("more/", java_script_enabled=False)
    expect(page.locator(".quiz-summary")).to_be_hidden()
    expect(summary(page)).to_have_count(0)


def test_check_from_the_keyboard_on_a_shuffled_question_judges_the_option_the_reader_chose(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, SINGLE)
    shown = shown_options(quiz)
    option(quiz, shown[0]).focus()
    page.keyboard.press("Space")
    button(quiz, CHECK).focus()
    page.keyboard.press("Enter")
    assert status(quiz) == (CORRECT if shown[0] == "pymalloc" else INCORRECT)
    assert verdicts(quiz) == {shown[0]: "Right" if shown[0] == "pymalloc" else "Wrong"}
