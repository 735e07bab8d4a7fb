"""Questions that follow the reader's CPython (`version: reader`), on the real site in Chromium: the
version a reader picks names the question and chooses its key, on every page and visit; a version
without a recording says so instead of judging; snippet tabs and questions follow one choice; without
JavaScript the default version's question stands, with the key on every other version."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

pytestmark = pytest.mark.browser

PAGE = "myths/"
READ_FOLLOWERS = """() => [...document.querySelectorAll('.quiz[data-quiz-versions]')].map((quiz) => ({
  id: quiz.id, versions: quiz.dataset.quizVersions.split(' '), default: quiz.dataset.quizVersion,
  rightOn: [...quiz.querySelectorAll('fieldset > .quiz-choices > li')].map((li) => (li.dataset.rightOn || '').split(' ').filter(Boolean)),
}))"""


@pytest.fixture
def site_url(real_site_url: str) -> str:
    return real_site_url


@pytest.fixture
def context(real_site_context: BrowserContext) -> BrowserContext:
    return real_site_context


def a_question_whose_key_changes(page: Page) -> tuple[dict[str, Any], str, int, int]:
    """A following question, an older version, and its answers right on the default and on that version."""
    for quiz in page.evaluate(READ_FOLLOWERS):
        on_default = next(i for i, versions in enumerate(quiz["rightOn"]) if quiz["default"] in versions)
        for version in quiz["versions"]:
            on_version = next(i for i, versions in enumerate(quiz["rightOn"]) if version in versions)
            if on_version != on_default:
                return quiz, version, on_default, on_version
    raise AssertionError(f"{PAGE} has no question whose key differs between versions")


def test_without_javascript_the_default_versions_question_stands_with_every_versions_key(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(PAGE)
        followers = page.evaluate(READ_FOLLOWERS)
        assert len(followers) >= 4
        assert {quiz["default"] for quiz in followers} == {"3.13"}
        assert set(page.locator(".quiz-version").all_text_contents()) == {"3.13"}
        assert page.locator(".quiz-version-menu").count() == 0  # the menu needs the script
        quiz, version, on_default, on_version = a_question_whose_key_changes(page)
        answer = page.locator(f"#{quiz['id']} .quiz-answer")
        assert answer.locator(".quiz-key").text_content() == f"Correct answer: {'ABCDEFGH'[on_default]}"
        assert f"{version}" in answer.locator(".quiz-key-versions").text_content()
    finally:
        context.close()


def test_a_picked_version_names_every_question_and_sets_its_key_on_every_page_and_visit(
    context: BrowserContext,
) -> None:
    page = context.new_page()
    page.goto(PAGE)
    quiz, version, on_default, on_version = a_question_whose_key_changes(page)
    question = page.locator(f"#{quiz['id']}")
    menu = question.locator(".quiz-version-select")
    assert menu.input_value() == "3.13"
    assert menu.locator("option").all_text_contents()[0] == quiz["versions"][0]  # newest first

    menu.select_option(version)
    assert set(page.locator(".quiz-version").all_text_contents()) == {version}
    # every other question's menu shows the pick too (or says the version it has no recording for)
    assert {
        value for value in page.locator(".quiz-version-select").evaluate_all("(all) => all.map((s) => s.value)")
    } == {version}
    question.locator("fieldset > .quiz-choices > li").nth(on_version).locator("input").check()
    question.locator(".quiz-check").click()
    assert question.locator(".quiz-status").text_content() == "Correct!"
    assert question.locator(".quiz-key").text_content() == f"Correct answer: {'ABCDEFGH'[on_version]}"

    # Back on the default version, the same answer is judged by that version's recording.
    menu.select_option("3.13")
    assert question.get_attribute("data-quiz-state") == "wrong"
    assert question.locator(".quiz-status").text_content() == "Not quite."

    menu.select_option(version)
    page.goto("gc/")
    page.goto(PAGE)
    assert set(page.locator(".quiz-version").all_text_contents()) == {version}
    assert page.locator(f"#{quiz['id']}").get_attribute("data-quiz-state") == "right"


def test_a_version_without_a_recording_says_so_instead_of_judging(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto(PAGE)
    page.evaluate("() => localStorage.setItem('quiz:/:cpython', JSON.stringify({ v: '3.8' }))")
    page.reload()
    question = page.locator(".quiz[data-quiz-versions]").first
    assert question.locator(".quiz-version").first.text_content() == "3.8"
    assert question.locator(".quiz-version-select").input_value() == "3.8"
    question.locator("fieldset input").first.check()
    question.locator(".quiz-check").click()
    assert "no recording for CPython 3.8" in (question.locator(".quiz-status").text_content() or "")
    assert question.get_attribute("data-quiz-state") is None
    assert question.locator("fieldset > .quiz-choices > li[data-correct]").count() == 0


def test_snippet_tabs_and_questions_follow_one_choice(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto(PAGE)
    quiz, version, _, _ = a_question_whose_key_changes(page)
    page.locator(f"#{quiz['id']} .quiz-version-select").select_option(version)
    # Every version tab set that has the version opens the tab that lists it.
    opened = page.evaluate(
        """(version) => [...document.querySelectorAll('.tabbed-set')].flatMap((set) => {
          const labels = [...set.querySelectorAll('.tabbed-labels > label')].map((l) => l.textContent.trim());
          const lists = labels.map((label) => label.split(/, | and /));
          if (!lists.some((names) => names.includes(version))) return [];
          const checked = [...set.querySelectorAll(':scope > input')].findIndex((input) => input.checked);
          return [lists[checked].includes(version)];
        })""",
        version,
    )
    assert opened and all(opened)
    # A tab picked in a snippet's output moves the questions to a version it lists.
    label = page.locator(".tabbed-set .tabbed-labels > label", has_text="3.11").first
    label.scroll_into_view_if_needed()
    label.click()
    listed = (label.text_content() or "").strip().replace(" and ", ", ").split(", ")
    shown = set(page.locator(".quiz-version").all_text_contents())
    assert len(shown) == 1 and shown <= set(listed), (shown, listed)


def test_the_version_menu_works_from_the_keyboard(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto(PAGE)
    menu = page.locator(".quiz-version-select").first
    assert page.locator(".quiz-version-menu label").first.text_content().startswith("Your CPython")
    menu.focus()
    page.keyboard.press("ArrowDown")
    chosen = menu.input_value()
    assert chosen != "3.13"
    assert set(page.locator(".quiz-version").all_text_contents()) == {chosen}
