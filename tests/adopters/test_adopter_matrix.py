"""Every host an adopter may use, with the package installed from its wheel: MkDocs with its default
Markdown extensions (the mkdocs and readthedocs themes), Material without and with pymdownx (this site's
setup), Zensical, and a bare Python-Markdown writing HTML files.

On each, the example site builds strictly, its search index holds the questions' text but no answer,
its questions answer in Chromium (a wrong answer and a right one, each with its feedback) without an
error in the console or a request that fails or leaves the site, and a mistake in a question fails the
build with the page and line of the mistake.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser.quizpage import CHECK, CORRECT, INCORRECT, answer, button, question, visible_feedback
from playwright.sync_api import Browser, Page, expect

from support import ROOT, serving

from .environment import Environment
from .sites import BROKEN, BROKEN_LINE, BROKEN_MESSAGE, HOSTS, Host

STEM = "What does this print on CPython 3.12?"
# What a search result must never show: a feedback, the hint, the answer key, the explanation.
ANSWERS = [
    "One reference from the name",
    "receives the object as an argument",
    "Correct answer",
    "counts the reference held by its own argument",
    "Reference counting still frees every object",
]
# What the page must never show as text: a fence, a code block's settings or a question's source.
LEAKED_RE = re.compile(r"```|~~~|hl_lines=|title=\"|/// quiz|/// snippet")


def build(host: Host, directory: Path, environment: Environment, site_url: str) -> None:
    host.write(directory, site_url)
    if host.assets:
        made = environment.run(*host.assets, cwd=directory)
        assert made.returncode == 0, made.stderr
    built = environment.run(*host.build, cwd=directory)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Traceback" not in built.stderr


def searched_text(site: Path, index: str) -> str:
    """Everything the site's search index holds, as text."""
    return json.dumps(json.loads((site / index).read_text(encoding="utf-8")), ensure_ascii=False)


def test_the_matrix_runs_the_package_installed_from_its_wheel(adopter_environment: Environment) -> None:
    found = adopter_environment.run("python", "-c", "import quiz_plugin; print(quiz_plugin.__file__)", cwd=Path("/"))
    installed = Path(found.stdout.strip())
    assert installed.is_relative_to(adopter_environment.directory)
    assert not installed.is_relative_to(ROOT)


@pytest.mark.browser
@pytest.mark.parametrize("host", HOSTS, ids=lambda host: host.name)
def test_an_adopters_site_builds_keeps_answers_out_of_search_and_answers_in_chromium(
    host: Host, adopter_environment: Environment, browser: Browser, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with serving(site) as url:
        build(host, tmp_path, adopter_environment, url)
        searched = searched_text(site, host.search_index)
        assert STEM in searched
        assert [secret for secret in ANSWERS if secret in searched] == []
        answer_the_examples(browser, url)


def answer_the_examples(browser: Browser, url: str) -> None:
    """From the home page, through its link (instant navigation where the theme has it), to the questions:
    a wrong answer and a right one, each with its feedback, nothing failing on the way."""
    context = browser.new_context(base_url=url)
    context.set_default_timeout(10_000)
    problems: list[str] = []
    context.route(
        re.compile(f"^(?!{re.escape(url)})"), lambda route: (problems.append(route.request.url), route.abort())
    )
    page = context.new_page()
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("response", lambda response: problems.append(response.url) if response.status >= 400 else None)
    try:
        page.goto(url)
        page.get_by_role("link", name="the examples page").click()
        single = question(page, "example-single")
        expect(button(single, CHECK)).to_be_visible()  # the script has set the question up
        assert_styled(page)
        assert LEAKED_RE.findall(page.locator("body").inner_text()) == []

        answer(single, "1")
        expect(single.get_by_role("status")).to_have_text(INCORRECT)
        assert visible_feedback(single) == ["The name x holds one reference, but the call itself holds another one."]

        true_false = question(page, "example-true-false")
        answer(true_false, "False")
        expect(true_false.get_by_role("status")).to_have_text(CORRECT)
        assert visible_feedback(true_false) == [
            "Reference counting still frees every object whose count drops to zero."
        ]

        code = question(page, "adopter-code-answers")
        expect(code.locator(".quiz-choice-body pre")).to_have_count(2)  # the answers are code blocks
        assert problems == []
    finally:
        context.close()


def assert_styled(page: Page) -> None:
    """The stylesheet is applied: a question's fieldset has no border (a browser's own has one)."""
    border = page.locator(".quiz fieldset").first.evaluate("(element) => getComputedStyle(element).borderTopStyle")
    assert border == "none"


@pytest.mark.parametrize("host", HOSTS, ids=lambda host: host.name)
def test_a_mistake_in_a_question_fails_the_build_at_its_page_and_line(
    host: Host, adopter_environment: Environment, tmp_path: Path
) -> None:
    host.write(tmp_path, "http://127.0.0.1:8000/")
    (tmp_path / "docs" / "broken.md").write_text(BROKEN, encoding="utf-8")
    if host.assets:
        adopter_environment.run(*host.assets, cwd=tmp_path)
    built = adopter_environment.run(*host.build, cwd=tmp_path)
    assert built.returncode != 0
    assert f"docs/broken.md:{BROKEN_LINE}: {BROKEN_MESSAGE}" in built.stdout + built.stderr
