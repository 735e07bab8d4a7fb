"""A site in another language, answered in Chromium: the buttons, verdicts, status and score come from the
script's strings in the site's language, and counts take the plural forms the build chose for the page.

The browser picks plural forms with its own rules (`Intl.PluralRules`), the build with the engine's
(`core.plurals`): for every language the engine knows, they agree."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from quiz_plugin.core.languages import BUILT_IN
from quiz_plugin.core.plurals import RULES, plural_rule
from support import FIXTURE_SITE, build_site, serving

from .quizpage import button, option, question, score, status, verdicts

pytestmark = pytest.mark.browser


def built_in(language: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with Material's `theme.language` set, built."""
    source = Path(shutil.copytree(FIXTURE_SITE, tmp_path_factory.mktemp(f"{language}-src") / "site"))
    config = (source / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("theme:\n  name: material\n", f"theme:\n  name: material\n  language: {language}\n")
    (source / "mkdocs.yml").write_text(config, encoding="utf-8")
    return build_site(source / "mkdocs.yml", tmp_path_factory.mktemp(f"{language}-site"))


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A German and a French copy of the fixture site, served side by side (de/ and fr/)."""
    root = tmp_path_factory.mktemp("languages")
    for language in ("de", "fr"):
        shutil.copytree(built_in(language, tmp_path_factory), root / language)
    with serving(root) as url:
        yield url


@pytest.fixture
def open_page(browser: Browser, sites: str) -> Iterator[object]:
    contexts = []
    errors: list[str] = []

    def open_(path: str) -> Page:
        context = browser.new_context(base_url=sites)
        context.set_default_timeout(5_000)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert errors == [], "uncaught JavaScript errors"


def test_a_german_site_is_answered_in_german(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("de/first/")
    single = question(page, "fixture-single")
    option(single, "2").check()
    button(single, "Prüfen").click()
    assert status(single) == "Richtig!"
    assert verdicts(single) == {"2": "Richtig"}
    expect(single.locator(".quiz-answer").get_by_text("Erklärung", exact=True)).to_be_visible()

    true_false = question(page, "fixture-true-false")
    option(true_false, "Wahr").check()  # the fixture writes `- [ ] True`: German readers see "Wahr"
    button(true_false, "Prüfen").click()
    assert status(true_false) == "Nicht ganz."
    assert verdicts(true_false) == {"Wahr": "Falsch"}
    expect(button(true_false, "Erneut versuchen")).to_be_visible()
    expect(button(true_false, "Lösung zeigen")).to_be_visible()

    assert score(page) == "1 von 4 richtig, 2 beantwortet, 0 aufgedeckt"
    expect(page.get_by_role("button", name="Antworten auf dieser Seite zurücksetzen")).to_be_visible()


def test_the_script_chooses_plural_forms_in_the_sites_language(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page("fr/first/")
    # French counts 0 and 1 in the singular.
    assert score(page) == "0 juste sur 4, 0 répondue, 0 révélée"
    single = question(page, "fixture-single")
    option(single, "2").check()
    button(single, "Vérifier").click()
    assert status(single) == "Bonne réponse\u00a0!"
    multiple = question(page, "fixture-multiple")
    option(multiple, "[]").check()
    option(multiple, "{'a': []}").check()
    button(multiple, "Vérifier").click()
    button(question(page, "fixture-short"), "Voir la réponse").click()
    assert score(page) == "2 justes sur 4, 2 répondues, 1 révélée"


LANGUAGES = sorted({*BUILT_IN, *RULES, "pt-PT", "de-AT", "sw"})
COUNTS = [*range(0, 230), 1000, 1001, 1_000_000, 2_000_000]


def test_the_browser_and_the_build_choose_the_same_plural_forms(browser: Browser) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        chosen = page.evaluate(
            """([languages, counts]) => Object.fromEntries(languages.map((language) =>
                [language, counts.map((n) => new Intl.PluralRules(language).select(n))]))""",
            [LANGUAGES, COUNTS],
        )
    finally:
        context.close()
    for language in LANGUAGES:
        assert chosen[language] == [plural_rule(language)(n) for n in COUNTS], language
