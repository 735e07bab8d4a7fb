"""axe-core on quiz pages in Material's light and dark (slate) palettes, before and after answering;
readable colours, visible focus, reduced motion; screenshots to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from .conftest import Pages
from .quizpage import CHECK, HINT, RETRY, SHOW, answer, button, question

pytestmark = pytest.mark.browser

AXE = Axe()
SEVERE = ("serious", "critical")

# Serious violations of Material's own page chrome, outside the quiz markup, that we leave alone:
# the footer's "Made with Material for MkDocs" is light grey on the dark footer (about 3.9:1 instead of
# 4.5:1). Listed so that a new violation outside the quizzes is looked at, not silently ignored.
MATERIAL_VIOLATIONS = {("color-contrast", ".md-copyright")}


def severe_violations(page: Page) -> tuple[list[str], set[tuple[str, str]]]:
    """Serious and critical axe violations: those in quiz markup (described), and the others (rule, node)."""
    results = AXE.run(page)
    ours: list[str] = []
    others: set[tuple[str, str]] = set()
    for violation in results.response["violations"]:
        if violation["impact"] not in SEVERE:
            continue
        for node in violation["nodes"]:
            selector = node["target"][0]
            inside = page.evaluate("(s) => Boolean(document.querySelector(s)?.closest('.quiz, .quiz-score'))", selector)
            if inside:
                ours.append(f"{violation['id']} ({violation['impact']}) at {selector}: {node['failureSummary']}")
            else:
                others.add((violation["id"], selector))
    return ours, others


def assert_no_severe_violations(page: Page) -> None:
    ours, others = severe_violations(page)
    assert ours == [], "\n".join(ours)
    assert others <= MATERIAL_VIOLATIONS, f"new violations outside the quiz markup: {others - MATERIAL_VIOLATIONS}"


def answer_with_every_kind_of_mark(page: Page) -> None:
    """Right, wrong, missed and shown answers, so every colour of the quiz is on screen."""
    answer(question(page, "fixture-single"), "1")
    answer(question(page, "fixture-multiple"), "[]", "{'a': []}")
    answer(question(page, "fixture-true-false"), "True")
    button(question(page, "fixture-true-false"), SHOW).click()
    answer(question(page, "fixture-short"), "0x100")


def switch_to_dark_palette(page: Page) -> None:
    """With Material's own palette toggle, as a reader would."""
    page.get_by_title("Dark").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_axe_finds_no_serious_violation_in_the_quizzes_before_and_after_answering(
    pages: Pages, palette: str, screenshots: Path
) -> None:
    page = pages.open("first/")
    if palette == "dark":
        switch_to_dark_palette(page)
    page.screenshot(path=screenshots / f"first-{palette}-unanswered.png", full_page=True)
    assert_no_severe_violations(page)
    answer_with_every_kind_of_mark(page)
    page.screenshot(path=screenshots / f"first-{palette}-answered.png", full_page=True)
    assert_no_severe_violations(page)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_axe_finds_no_serious_violation_in_short_text_and_code_block_questions(
    pages: Pages, palette: str, screenshots: Path
) -> None:
    page = pages.open("second/")
    if palette == "dark":
        switch_to_dark_palette(page)
    assert_no_severe_violations(page)
    answer(question(page, "fixture-second"), "The cyclic garbage collector")
    answer(question(page, "fixture-short-text"), "sys")
    button(question(page, "fixture-code-choice"), SHOW).click()
    page.screenshot(path=screenshots / f"second-{palette}-answered.png", full_page=True)
    assert_no_severe_violations(page)


def answer_the_newer_kinds(page: Page) -> None:
    """Steps marked in and out of place, shuffled options marked, the hints out, the page's summary with
    questions to review."""
    button(question(page, "fixture-order"), CHECK).click()  # the steps as they start: none in place
    answer(question(page, "fixture-shuffled"), "mimalloc")
    answer(question(page, "fixture-shuffled-multiple"), "A list", "An int")
    button(question(page, "fixture-shuffled-multiple"), SHOW).click()
    answer(question(page, "fixture-tolerance"), "28")
    button(question(page, "fixture-tolerance"), "Next hint").click()


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_axe_finds_no_violation_at_all_in_ordering_shuffled_hinted_questions_and_the_page_summary(
    pages: Pages, palette: str, screenshots: Path
) -> None:
    page = pages.open("more/")
    if palette == "dark":
        switch_to_dark_palette(page)
    material = {(rule, "serious", node) for rule, node in MATERIAL_VIOLATIONS}
    assert all_violations(page) - material == set()
    answer_the_newer_kinds(page)
    expect(page.locator(".quiz-missed")).to_be_visible()
    page.screenshot(path=screenshots / f"more-{palette}-answered.png", full_page=True)
    assert all_violations(page) - material == set()


def all_violations(page: Page) -> set[tuple[str, str, str]]:
    """Every axe violation, whatever its impact: (rule, impact, node)."""
    return {
        (violation["id"], violation["impact"], node["target"][0])
        for violation in AXE.run(page).response["violations"]
        for node in violation["nodes"]
    }


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("path", ["chapters/", "progress/"])
def test_axe_finds_no_violation_at_all_on_the_reader_pages(
    pages: Pages, palette: str, path: str, screenshots: Path
) -> None:
    """The list of chapters and the progress page, for a reader with progress, questions due for review,
    a finished chapter marked in the navigation and a confirmation open."""
    context = pages.new_context(timezone_id="UTC")
    context.clock.set_fixed_time(1_772_000_000)
    page = pages.open("first/", context=context)
    answer_with_every_kind_of_mark(page)
    second = pages.open("second/", context=context)
    for quiz in ("fixture-second", "fixture-short-text", "fixture-code-choice"):
        button(question(second, quiz), SHOW).click()
    context.clock.set_fixed_time(1_772_000_000 + 86_400 * 2)
    page.goto(path)
    if palette == "dark":
        switch_to_dark_palette(page)
    expect(page.locator("nav li > a .quiz-done")).not_to_have_count(0)
    if path == "progress/":
        expect(page.locator(".quiz-review li")).not_to_have_count(0)
        page.get_by_role("button", name="Clear all progress").click()
    page.screenshot(path=screenshots / f"{path.strip('/')}-{palette}.png", full_page=True)
    assert all_violations(page) - {(rule, "serious", node) for rule, node in MATERIAL_VIOLATIONS} == set()


def test_a_light_palette_on_a_dark_system_keeps_readable_colours(pages: Pages) -> None:
    """The system prefers dark, the page is light: the quiz follows the page."""
    page = pages.open("first/", color_scheme="dark")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    answer_with_every_kind_of_mark(page)
    assert_no_severe_violations(page)


def test_right_and_wrong_are_told_by_words_and_colours_that_differ_between_palettes(pages: Pages) -> None:
    page = pages.open("first/")
    answer(question(page, "fixture-true-false"), "True")
    answer(question(page, "fixture-single"), "2")
    wrong = question(page, "fixture-true-false").locator(".quiz-verdict")
    right = question(page, "fixture-single").locator(".quiz-verdict")
    colour = "(element) => getComputedStyle(element).color"
    light = (right.evaluate(colour), wrong.evaluate(colour))
    switch_to_dark_palette(page)
    dark = (right.evaluate(colour), wrong.evaluate(colour))
    assert (right.inner_text(), wrong.inner_text()) == ("Right", "Wrong")
    assert light[0] != light[1] and dark[0] != dark[1]
    assert light != dark


def test_the_keyboard_focus_is_visible_on_quiz_controls(page: Page) -> None:
    quiz = question(page, "fixture-single")
    quiz.get_by_role("radio", name="2").focus()
    page.keyboard.press("Tab")  # to Check: focus by keyboard, so :focus-visible applies
    check = button(quiz, CHECK)
    assert check.evaluate("(element) => element === document.activeElement")
    outline = check.evaluate(
        "(element) => [getComputedStyle(element).outlineStyle, getComputedStyle(element).outlineWidth]"
    )
    assert outline[0] == "solid" and float(outline[1].removesuffix("px")) >= 2


MOTION = """() => [...document.querySelectorAll(".quiz, .quiz *, .quiz-score, .quiz-score *")].flatMap((element) =>
    [null, "::before", "::after"].map((pseudo) => getComputedStyle(element, pseudo))
        .filter((style) => style.transitionDuration.split(", ").some((d) => d !== "0s") || style.animationName !== "none")
        .map(() => element.className || element.tagName))"""


def test_nothing_in_a_quiz_moves_when_the_reader_prefers_reduced_motion(pages: Pages) -> None:
    animated = pages.open("first/").evaluate(MOTION)
    assert animated, "nothing moves even without the preference: this test would prove nothing"
    still = pages.open("first/", reduced_motion="reduce")
    answer(question(still, "fixture-single"), "1")  # opens the hint
    question(still, "fixture-single").locator(f"{HINT} > summary").click()
    button(question(still, "fixture-single"), RETRY).click()
    answer(question(still, "fixture-single"), "2")
    assert still.evaluate(MOTION) == []
