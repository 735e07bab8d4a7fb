"""Ordering questions in Chromium: the reader puts the steps of a process in order with the keyboard
(Tab to a step's "Move up" or "Move down" button and press it, or Alt+Up and Alt+Down) or the mouse; a
screen reader hears each move; Check tells which steps are in their right place. Without JavaScript and
on paper the steps are in the build's scrambled order and the answer lists them in the right order."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import Pages
from .quizpage import CHECK, CORRECT, INCORRECT, RETRY, SHOW, SHOWN, button, explanation, focused, key, question, status

pytestmark = pytest.mark.browser

QUIZ = "fixture-order"
STEPS = [
    "Copy each container's reference count into its gc_refs.",
    "Subtract the references that containers of the generation hold to each other.",
    "Mark every container reachable from one whose gc_refs is still above zero.",
    "Free the containers left unmarked.",
]
BUILD_ORDER = [2, 3, 1, 0]  # the order the build shows without JavaScript (quiz_plugin/core/order.py)
MOVE_UP, MOVE_DOWN = "Move up", "Move down"


def with_seed(seed: int) -> str:
    """An init script that gives the reader a known seed (their own order of steps and options)."""
    value = json.dumps(json.dumps({"s": seed}))
    return f"try {{ localStorage.setItem('quiz:/:seed', {value}); }} catch {{}}"  # not in about:blank


def steps(quiz: Locator) -> list[int]:
    """The steps as the page shows them, by their right place (0 is the first step)."""
    texts = quiz.locator("fieldset > .quiz-steps > li > .quiz-choice-body, fieldset > .quiz-steps > li").evaluate_all(
        "(items) => items.filter((item) => item.tagName === 'LI').map((item) =>"
        " (item.querySelector('.quiz-choice-body') || item).textContent.replace(/\\s+/g, ' ').trim())"
    )
    return [next(index for index, step in enumerate(STEPS) if text.startswith(step)) for text in texts]


def step_item(quiz: Locator, step: int) -> Locator:
    return quiz.locator("fieldset > .quiz-steps > li").filter(has_text=STEPS[step][:30])


def move_button(quiz: Locator, step: int, name: str) -> Locator:
    return step_item(quiz, step).get_by_role("button", name=name, exact=True)


def put_in_order(page: Page, quiz: Locator) -> None:
    """With the mouse: each step in turn moved up to its place."""
    for target in range(len(STEPS)):
        while steps(quiz).index(target) > target:
            move_button(quiz, target, MOVE_UP).click()


def tab_to(page: Page, target: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == target:
            return
    raise AssertionError(f"Tab never reached {target}; the focus is on {focused(page)}")


def test_the_steps_start_scrambled_for_each_reader_and_stay_so_on_every_visit(pages: Pages) -> None:
    first = pages.open("more/", init_script=with_seed(1))
    order = steps(question(first, QUIZ))
    assert sorted(order) == [0, 1, 2, 3]
    assert all(step != place for place, step in enumerate(order)), "a step starts in its right place"
    first.reload()
    assert steps(question(first, QUIZ)) == order
    other = pages.open("more/", init_script=with_seed(2))
    assert steps(question(other, QUIZ)) != order  # another reader, another order


def test_each_step_has_move_buttons_named_for_screen_readers_and_described_by_the_step(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    order = steps(quiz)
    first, last = order[0], order[-1]
    expect(move_button(quiz, first, MOVE_UP)).to_have_count(0)  # out of sight, out of the Tab order
    expect(move_button(quiz, last, MOVE_DOWN)).to_have_count(0)
    down = move_button(quiz, first, MOVE_DOWN)
    expect(down).to_have_accessible_description(STEPS[first])
    assert quiz.get_by_role("button", name=MOVE_UP, exact=True).count() == len(STEPS) - 1
    assert quiz.get_by_role("list").first.get_by_role("listitem").count() == len(STEPS)


def test_the_keyboard_moves_a_step_with_its_buttons_and_the_focus_stays_on_the_step(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    order = steps(quiz)
    first = order[0]
    tab_to(page, f"button {MOVE_DOWN} in {QUIZ}")  # the first stop in the question: the first step's
    page.keyboard.press("Enter")
    assert steps(quiz)[1] == first
    assert status(quiz) == "Moved to place 2 of 4."
    assert focused(page) == f"button {MOVE_DOWN} in {QUIZ}"
    assert page.evaluate("document.activeElement.closest('li').textContent").startswith(STEPS[first][:20])
    page.keyboard.press("Shift+Tab")  # the same step's other button
    assert focused(page) == f"button {MOVE_UP} in {QUIZ}"
    page.keyboard.press("Space")
    assert steps(quiz) == order
    assert status(quiz) == "Moved to place 1 of 4."
    # At the top its "Move up" is gone: the focus goes to its "Move down", never to the page.
    assert focused(page) == f"button {MOVE_DOWN} in {QUIZ}"


def focused_step(page: Page) -> int | None:
    """The right place of the step that has the focus (None outside the steps)."""
    step = page.evaluate("document.activeElement.closest('.quiz-steps > li')?.dataset.quizStep ?? null")
    return None if step is None else int(step)


def test_with_the_keyboard_alone_a_reader_orders_the_steps_checks_and_hears_each_result(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    tab_to(page, f"button {CHECK} in {QUIZ}")
    page.keyboard.press("Enter")  # as the page starts: no step is in its right place
    wrong = f"{INCORRECT} 0 of 4 steps are in their right place."
    assert status(quiz) == wrong
    assert focused(page) == f"p {wrong} in {QUIZ}"  # the result, in a live region, has the focus
    page.keyboard.press("Tab")
    assert focused(page) == f"button {RETRY} in {QUIZ}"
    page.keyboard.press("Enter")
    assert focused_step(page) == steps(quiz)[0]  # back on the first step's button
    for target in range(len(STEPS)):
        for _ in range(2 * len(STEPS)):  # forward to the step that belongs at this place
            if focused_step(page) == target:
                break
            page.keyboard.press("Tab")
        assert focused_step(page) == target
        moves = steps(quiz).index(target) - target
        for _ in range(moves):
            page.keyboard.press("Alt+ArrowUp")
        if moves:
            assert status(quiz) == f"Moved to place {target + 1} of 4."  # read out to screen readers
    assert steps(quiz) == [0, 1, 2, 3]
    tab_to(page, f"button {CHECK} in {QUIZ}")
    page.keyboard.press("Enter")
    assert status(quiz) == CORRECT
    assert focused(page) == f"p {CORRECT} in {QUIZ}"
    assert quiz.locator(".quiz-verdict").all_inner_texts() == ["Right place"] * 4
    expect(quiz.locator(".quiz-order > li")).to_have_text(STEPS)


def test_alt_up_and_alt_down_move_the_step_that_has_the_focus(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    order = steps(quiz)
    moving = order[0]
    tab_to(page, f"button {MOVE_DOWN} in {QUIZ}")
    for place in range(1, len(STEPS)):
        page.keyboard.press("Alt+ArrowDown")
        assert steps(quiz)[place] == moving
        assert status(quiz) == f"Moved to place {place + 1} of 4."
    page.keyboard.press("Alt+ArrowDown")  # already last: nothing moves
    assert steps(quiz)[-1] == moving
    assert focused(page) == f"button {MOVE_UP} in {QUIZ}"
    page.keyboard.press("Alt+ArrowUp")
    assert steps(quiz)[-2] == moving


def test_a_wrong_order_says_which_steps_are_in_their_right_place_and_keeps_the_key_hidden(pages: Pages) -> None:
    # A reader whose steps start as 1, 3, 0, 2: once the first is moved to the top, two are still out of
    # place (for another reader, that move may well finish the job).
    page = pages.open("more/", init_script=with_seed(2))
    quiz = question(page, QUIZ)
    while steps(quiz).index(0) > 0:
        move_button(quiz, 0, MOVE_UP).click()
    in_place = sum(step == place for place, step in enumerate(steps(quiz)))
    assert 0 < in_place < len(STEPS), steps(quiz)
    button(quiz, CHECK).click()
    assert status(quiz) == f"{INCORRECT} {in_place} of 4 steps are in their right place."
    marks = quiz.locator(".quiz-steps > li .quiz-verdict").all_inner_texts()
    assert marks.count("Right place") == in_place and marks.count("Wrong place") == 4 - in_place
    expect(key(quiz)).to_be_hidden()
    expect(explanation(quiz)).to_be_hidden()
    expect(quiz.locator("fieldset > details > p")).to_be_visible()  # the hint
    expect(quiz.get_by_role("button", name=MOVE_DOWN).first).to_be_disabled()  # until Try again
    button(quiz, RETRY).click()
    expect(quiz.get_by_role("button", name=MOVE_DOWN).first).to_be_enabled()
    assert quiz.locator(".quiz-verdict").count() == 0


def test_the_right_order_is_correct_and_survives_a_reload(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    put_in_order(page, quiz)
    assert steps(quiz) == [0, 1, 2, 3]
    button(quiz, CHECK).click()
    assert status(quiz) == CORRECT
    assert quiz.locator(".quiz-verdict").all_inner_texts() == ["Right place"] * 4
    expect(key(quiz)).to_have_text("The right order:")
    expect(quiz.locator(".quiz-order > li")).to_have_text(STEPS)
    expect(explanation(quiz)).to_be_visible()
    stored = page.evaluate("JSON.parse(localStorage.getItem('quiz:/fixture-order'))")
    assert (stored["r"], stored["a"]) == ("right", [0, 1, 2, 3])
    page.reload()
    quiz = question(page, QUIZ)
    assert status(quiz) == CORRECT and steps(quiz) == [0, 1, 2, 3]


def test_a_wrong_order_comes_back_as_the_reader_left_it(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    move_button(quiz, steps(quiz)[0], MOVE_DOWN).click()
    left = steps(quiz)
    button(quiz, CHECK).click()
    page.reload()
    assert steps(question(page, QUIZ)) == left
    assert status(question(page, QUIZ)).startswith(INCORRECT)


def test_show_answer_lists_the_right_order_under_the_readers_own(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    before = steps(quiz)
    button(quiz, SHOW).click()
    assert status(quiz) == SHOWN
    assert steps(quiz) == before
    expect(quiz.locator(".quiz-order > li")).to_have_text(STEPS)


def test_without_javascript_the_steps_are_scrambled_and_the_answer_lists_them_in_order(pages: Pages) -> None:
    page = pages.open("more/", java_script_enabled=False)
    quiz = question(page, QUIZ)
    assert steps(quiz) == BUILD_ORDER
    expect(quiz.get_by_role("button")).to_have_count(0)
    expect(quiz.locator(".quiz-order")).to_be_hidden()
    quiz.locator("summary", has_text="Answer").click()
    expect(quiz.locator(".quiz-order > li")).to_have_text(STEPS)
    expect(quiz.locator(".quiz-steps > li > p")).to_be_visible()  # a step's feedback


def test_on_paper_the_answer_lists_the_right_order_and_no_button_shows(page: Page) -> None:
    page.goto("more/")
    quiz = question(page, QUIZ)
    page.emulate_media(media="print")
    expect(quiz.locator(".quiz-order > li")).to_have_text(STEPS)
    expect(quiz.locator("button:visible")).to_have_count(0)
    expect(quiz.locator("fieldset > details > p")).to_be_visible()
