"""The markup a reader's browser and assistive technology get, and what the page loads for the quizzes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

from .conftest import Pages
from .quizpage import CHECK, CORRECT, RESET, SHOW, answer, button, question, status

pytestmark = pytest.mark.browser


def test_every_question_is_a_named_group_of_labelled_controls(page: Page) -> None:
    quizzes = page.locator(".quiz")
    assert quizzes.count() == 4
    for number, quiz in enumerate(quizzes.all(), start=1):
        assert (quiz.get_attribute("id") or "").startswith("quiz-")
        assert quiz.evaluate(
            "(q) => q.querySelector(':scope > fieldset > legend') === q.querySelector('fieldset').firstElementChild"
        )
        expect(quiz.get_by_role("group", name=f"Question {number}")).to_have_count(1)
        controls = quiz.locator("fieldset input")
        names = [
            control.evaluate("(c) => c.labels.length ? c.labels[0].textContent.trim() : ''")
            for control in controls.all()
        ]
        assert all(names), names
        by_role = quiz.get_by_role("radio").or_(quiz.get_by_role("checkbox")).or_(quiz.get_by_role("textbox"))
        assert by_role.count() == controls.count()


def test_a_group_is_described_by_its_question_text(page: Page) -> None:
    group = question(page, "fixture-single").get_by_role("group", name="Question 1")
    expect(group).to_have_accessible_description("What does sys.getrefcount(x) print right after x = object()?")


def test_choices_made_of_blocks_are_named_by_their_content(pages: Pages) -> None:
    page = pages.open("second/")
    quiz = question(page, "fixture-code-choice")
    expect(quiz.get_by_role("radio", name="A list that contains itself: a = [] a.append(a)")).to_have_count(1)
    expect(quiz.get_by_role("radio", name="Two names for one list: a = [] b = a")).to_have_count(1)


def test_the_actions_are_real_buttons_and_the_results_live_regions(page: Page) -> None:
    for quiz in page.locator(".quiz").all():
        for name in (CHECK, SHOW):
            expect(button(quiz, name)).to_have_attribute("type", "button")
        expect(quiz.get_by_role("status")).to_have_count(1)
    score = page.locator(".quiz-score")
    expect(score.get_by_role("button", name=RESET)).to_have_attribute("type", "button")
    expect(score.get_by_role("status")).to_have_count(1)
    expect(page.locator(".quiz button:not([type=button]), .quiz-score button:not([type=button])")).to_have_count(0)


def test_neither_the_markup_nor_the_script_adds_inline_code(page: Page) -> None:
    answer(question(page, "fixture-single"), "1")
    button(question(page, "fixture-single"), SHOW).click()
    answer(question(page, "fixture-short"), "512")
    inline = page.evaluate(
        """() => [...document.querySelectorAll(".quiz, .quiz *, .quiz-score, .quiz-score *")].flatMap((element) => [
            ...[...element.attributes].filter((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))
                .map((a) => `${element.tagName} ${a.name}="${a.value}"`),
            ...(element.tagName === "SCRIPT" || element.hasAttribute("style") ? [element.outerHTML] : []),
        ])"""
    )
    assert inline == []


def test_a_quiz_page_loads_one_quiz_script_and_one_quiz_stylesheet_and_nothing_else_of_ours(pages: Pages) -> None:
    context = pages.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = pages.open("first/", context=context)
    # A set: Material's bundle assigns every link's href to itself once it runs (to make it absolute),
    # which fetches each stylesheet again when, as here, the server forbids caching.
    ours = {url.removeprefix(pages.server.url) for url in requested if "/assets/quiz/" in url}
    assert sorted(url.rsplit(".", 1)[-1] for url in ours) == ["css", "js"], ours
    assert all(url.startswith(pages.server.url) for url in requested)

    page.wait_for_load_state("networkidle")  # the favicon, the sitemap: Material's, after the load event
    loaded = len(requested)
    answer(question(page, "fixture-single"), "1")
    button(question(page, "fixture-single"), SHOW).click()
    answer(question(page, "fixture-short"), "0x200")
    page.get_by_role("button", name=RESET).click()
    assert requested[loaded:] == [], "answering made requests"


def test_a_page_without_questions_loads_nothing_of_ours(pages: Pages) -> None:
    context = pages.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    pages.open("", context=context)
    assert [url for url in requested if "/assets/quiz/" in url] == []


STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'"


def test_the_quizzes_work_under_a_policy_that_forbids_inline_scripts_and_styles(pages: Pages) -> None:
    """Material needs inline scripts; our files must not. Violations are attributed by their source."""
    context = pages.new_context()

    def add_policy(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": STRICT_POLICY})

    context.route("**/first/", add_policy)
    context.add_init_script(
        """window.policyViolations = [];
        document.addEventListener("securitypolicyviolation", (event) =>
            window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI} in ${event.sourceFile}`));"""
    )
    page = pages.open("first/", context=context)
    quiz = question(page, "fixture-single")
    answer(quiz, "2")
    assert status(quiz) == CORRECT
    violations = page.evaluate("window.policyViolations")
    assert violations, "the policy was not applied: this test would prove nothing"
    assert [violation for violation in violations if "/assets/quiz/" in violation] == []
    # Material's inline scripts are blocked, so Material's bundle fails; those errors are not ours.
    assert pages.errors_from_quiz() == []
    pages.errors.clear()


def test_a_request_leaving_the_site_would_be_noticed(pages: Pages) -> None:
    """The `pages` fixture fails every test whose pages make such requests; here is one, on purpose."""
    page = pages.open("first/")
    page.evaluate("fetch('https://example.org/tracker').catch(() => null)")
    page.wait_for_function("performance.getEntriesByType('resource').some((e) => e.name.includes('example.org'))")
    assert pages.foreign_requests == ["https://example.org/tracker"]
    pages.foreign_requests.clear()
