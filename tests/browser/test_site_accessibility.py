"""axe-core on every page of the real site, in both palettes: no serious or critical violation, not
even in Material's own chrome (a new one there is listed here with the reason, so that it is looked at);
the home and progress pages again for a returning reader; and the Tab stops of a whole chapter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from support import ROOT, build_site, serving

from .quizpage import CHECK, SHOW, button, choice_counts, tab_stops

pytestmark = pytest.mark.browser

AXE = Axe()
# Material's chrome, not our pages: none left. The search dialog and the instant-navigation progress
# bar have names (overrides/partials/), and the footer's credit reads at 9:1 (docs/stylesheets/site.css).
MATERIAL: set[tuple[str, str]] = set()


def nav_pages(item: object) -> list[str]:
    """Every page the navigation of mkdocs.yml lists, as a URL path."""
    if isinstance(item, str):
        return [] if "://" in item else ["" if item == "index.md" else item.removesuffix(".md") + "/"]
    if isinstance(item, list):
        return [path for child in item for path in nav_pages(child)]
    if isinstance(item, dict):
        return [path for child in item.values() for path in nav_pages(child)]
    return []


PAGES = nav_pages(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # Built for the root path the test server uses (production serves it under /cpython-memory/).
    out = build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("a11y-site"), site_url="https://example.invalid/")
    with serving(Path(out)) as url:
        yield url


def severe(results: dict) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    found = set()
    for violation in results["violations"]:
        if violation["impact"] in ("serious", "critical"):
            for node in violation["nodes"]:
                selector = node["target"][0]
                chrome = next((part for rule, part in MATERIAL if rule == violation["id"] and part in selector), None)
                found.add((violation["id"], chrome or selector))
    return found


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/") or "home")
def test_every_page_of_the_site_passes_axe_in_both_palettes(browser: Browser, site_url: str, path: str) -> None:
    page = browser.new_page()
    try:
        page.goto(site_url + path)
        light = severe(AXE.run(page).response)
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        page.wait_for_timeout(1000)  # Material fades colours from one palette to the other
        dark = severe(AXE.run(page).response)
    finally:
        page.close()
    assert light - MATERIAL == set(), f"light palette: {light - MATERIAL}"
    assert dark - MATERIAL == set(), f"dark palette: {dark - MATERIAL}"


def run_axe(page: Page) -> set[tuple[str, str]]:
    """Every violation, whatever its impact, but for Material's own chrome."""
    found = set()
    for violation in AXE.run(page).response["violations"]:
        for node in violation["nodes"]:
            selector = node["target"][0]
            if not any(part in selector for part in (".md-search", ".md-progress", ".md-copyright", ".md-code__nav")):
                found.add((violation["id"], selector))
    return found


def test_the_home_and_progress_pages_of_a_returning_reader_pass_axe_in_both_palettes(
    browser: Browser, site_url: str
) -> None:
    page = browser.new_page()
    try:
        page.goto(site_url + "overview/")  # every answer revealed: a finished chapter, all to review
        for quiz in page.locator(".quiz").all():
            button(quiz, SHOW).click()
        page.goto(site_url + "pymalloc/")  # a chapter begun, with a wrong answer
        quiz = page.locator(".quiz").first
        quiz.locator("fieldset input").first.check()
        button(quiz, CHECK).click()
        for path in ("", "progress/"):
            page.goto(site_url + path)
            for palette in ("default", "slate"):
                page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{palette}')")
                page.wait_for_timeout(1000)  # Material fades colours from one palette to the other
                assert run_axe(page) == set(), f"{path or 'home'} in {palette}"
        expect(page.locator(".quiz-review li").first).to_be_visible()
        expect(page.locator("nav li > a .quiz-done").first).to_be_attached()  # the overview is finished
    finally:
        page.close()


def test_the_pymalloc_chapter_takes_few_tab_stops(browser: Browser, site_url: str) -> None:
    """No Copy button and no scroll stop in an answer; the answers, Check and Show answer take at most
    the number of choices and two stops. The question's own text keeps what reading it needs: a folded
    block of helper code, and code too wide for the page (scrolled from the keyboard)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(site_url + "pymalloc/")
        assert page.locator(".quiz .md-code__button, .quiz .md-clipboard").count() == 0
        assert page.locator(".quiz-choice-body [tabindex]").count() == 0
        stops, counts = tab_stops(page), choice_counts(page)
        # A question that follows the reader's CPython has its version menu: one stop, counted apart.
        followers = set(
            page.evaluate("[...document.querySelectorAll('.quiz[data-quiz-versions]')].map((q) => q.id.slice(5))")
        )
        menus = {quiz: [tag for _, tag in found if tag == "select"] for quiz, found in stops.items()}
        assert all(menus[quiz] == (["select"] if quiz in followers else []) for quiz in stops), menus
        stops = {quiz: [(in_stem, tag) for in_stem, tag in found if tag != "select"] for quiz, found in stops.items()}
        over = {
            quiz: [tag for in_stem, tag in found if not in_stem]
            for quiz, found in stops.items()
            if sum(not in_stem for in_stem, _ in found) > counts[quiz] + 2
        }
        assert over == {}
        in_text = {quiz: [tag for in_stem, tag in found if in_stem] for quiz, found in stops.items()}
        assert all(set(tags) <= {"summary", "code", "a"} for tags in in_text.values()), in_text
        # 71 before the economy, 173 asked of us; 46 since five questions show a folded helper (the
        # fold and its code: two stops each), one more than before allocator statistics were read in-process
        assert sum(len(found) for found in stops.values()) <= 46
    finally:
        page.close()
