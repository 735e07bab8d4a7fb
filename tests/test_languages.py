"""A site in another language: real strict builds of the fixture site with the theme's language set.

Every word the engine writes is in the site's language: the questions' HTML, the script's strings, and
the pages the build writes (All questions, the answer key, the progress page, the chapter counts). A site
replaces any one string; true/false questions work whatever words the site uses; a mistake in the
strings is a configuration error that names the key, in the build and in the linter alike.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from quiz_plugin.bank.export import Exporter, to_gift
from quiz_plugin.cli.dry_build import check_site
from quiz_plugin.core.model import QuestionType
from quiz_plugin.core.true_false import true_false_words
from support import FIXTURE_SITE, build_site

# A true/false question written in German words, next to the fixture's, written in English ones.
GERMAN_QUESTION = """
/// quiz | fixture-wahr
    type: true-false
`gc.collect()` gibt die Zahl der gefundenen unerreichbaren Objekte zurück.

- [x] Wahr
    > Sie ist ihr Rückgabewert.
- [ ] Falsch
///
"""


def configure(site: Path, theme: str = "", quiz: str = "") -> None:
    """Add lines under the fixture's `theme:` and under its quiz plugin."""
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("theme:\n  name: material\n", f"theme:\n  name: material\n{theme}")
    config = config.replace("  - quizblocks:\n", f"  - quizblocks:\n{quiz}")
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")


def copy_fixture(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE_SITE, tmp_path / "site-src"))


def page(site: Path, name: str) -> str:
    return (site / name / "index.html").read_text(encoding="utf-8")


def script(site: Path) -> str:
    return next((site / "assets" / "quiz").glob("*.js")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def german_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site in German (Material's `theme.language: de`), with its "All questions" page and
    its answer key, one string of its own (the hint's), and a true/false question in German words."""
    site = copy_fixture(tmp_path_factory.mktemp("german"))
    quiz = "      questions_page: questions.md\n      answer_key: true\n      strings:\n        hint: Tipp\n"
    configure(site, theme="  language: de\n", quiz=quiz)
    with (site / "docs" / "second.md").open("a", encoding="utf-8") as second:
        second.write(GERMAN_QUESTION)
    return site


@pytest.fixture(scope="module")
def german(german_source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(german_source / "mkdocs.yml", tmp_path_factory.mktemp("german-out"))


def test_a_german_site_asks_its_questions_in_german(german: Path) -> None:
    first = page(german, "first")
    assert "<legend>Frage 1</legend>" in first
    assert (
        '<legend>Frage 2 <span class="quiz-instruction">Alle zutreffenden Antworten auswählen.</span></legend>' in first
    )
    assert "<summary>Lösung</summary>" in first
    assert '<p class="quiz-key">Richtige Antwort: B</p>' in first
    assert '<p class="quiz-key">Richtige Antworten: A, C</p>' in first
    more = page(german, "more")  # ordering, several hints, a tolerance
    assert '<span class="quiz-instruction">Bringen Sie die Schritte in die richtige Reihenfolge.</span>' in more
    assert "<summary>Hinweis 2 von 3</summary>" in more
    assert "(plus/minus 5%)</p>" in more
    assert '<p class="quiz-key">Akzeptierte Antwort: <code>512</code></p>' in first
    # The fixture's true/false question is written `- [ ] True` / `- [x] False`: readers see the site's words.
    true_false = first.split('id="quiz-fixture-true-false"')[1].split('<div class="quiz"')[0]
    assert re.findall(r"/> (\w+)</label>", true_false) == ["Wahr", "Falsch"]
    assert '<p class="quiz-key">Richtige Antwort: Falsch</p>' in true_false


def test_a_string_the_site_sets_replaces_only_that_one(german: Path) -> None:
    assert "<summary>Tipp</summary>" in page(german, "first")
    assert "<summary>Hinweis</summary>" not in page(german, "first")
    assert '"retry": "Erneut versuchen"' in script(german)


def test_the_script_carries_the_german_strings_and_language(german: Path) -> None:
    shipped = script(german)
    assert '"check": "Prüfen"' in shipped and '"correct": "Richtig!"' in shipped
    assert 'const LANGUAGE = "de";' in shipped


def test_the_pages_the_build_writes_are_in_german(german: Path) -> None:
    questions = page(german, "questions")
    assert "<title>Alle Fragen - Quiz fixture</title>" in questions
    assert ">Alle Fragen</h1>" in questions
    assert (
        "<p>Die Website stellt 12 Fragen in 3 Kapiteln. Die Seite jedes Kapitels listet seine Fragen auf, jede mit "
        "einem Link auf die Seite, die sie stellt." in questions
    )
    assert re.findall(r"<th[^>]*>([^<]*)</th>", questions) == [
        "Kapitel",
        "Einfachauswahl",
        "Mehrfachauswahl",
        "Wahr oder falsch",
        "Kurzantwort",
        "Reihenfolge",  # the fixture's "More kinds" has an ordering question
        "Gesamt",
        "Code-Ausgabe",
    ]
    assert "<strong>Gesamt</strong>" in questions
    assert '<a href="../answer-key/">Lösungsschlüssel</a>: alle Fragen mit ihren Antworten' in questions

    listed = page(german, "questions/first-quiz")
    assert (
        "<title>Alle Fragen: First quiz - Quiz fixture</title>" in listed
        and "<h1>Alle Fragen: First quiz</h1>" in listed
    )
    assert (
        '<p>4 Fragen aus <a href="../../first/">First quiz</a>, in der Reihenfolge der Seiten. '
        'Die Seite <a href="../">Alle Fragen</a> zählt die Fragen jedes Kapitels.</p>' in listed
    )
    assert "<em>(Kurzantwort (eine Zahl))</em>" in listed

    key = page(german, "answer-key")
    assert ">Lösungsschlüssel</h1>" in key and "<p>Für Reviewer: jede Frage der Website" in key
    assert '<a href="first-quiz/">First quiz</a>: 4 Fragen' in key
    first_key, second_key = page(german, "answer-key/first-quiz"), page(german, "answer-key/second-quiz")
    assert "<title>Lösungsschlüssel: First quiz - Quiz fixture</title>" in first_key
    assert ">Lösungsschlüssel: First quiz</h1>" in first_key
    assert '<p>4 Fragen. Die Seite <a href="../">Lösungsschlüssel</a> führt alle Kapitel auf.</p>' in first_key
    # The fixture's `- [ ] True` / `- [x] False`, in the site's words; the German question's as written.
    assert "<strong>Falsch:</strong> Wahr" in first_key and "<strong>Richtig:</strong> Falsch" in first_key
    assert "<strong>Richtig:</strong> Wahr" in second_key
    assert "<strong>Akzeptiert:</strong> <code>512</code>" in first_key
    assert "<strong>Erwartete falsche Antwort:</strong> <code>256</code>" in first_key

    progress = page(german, "progress")
    assert ">Ihr Fortschritt</h1>" in progress and "Ihr Fortschritt wird nur in Ihrem Browser" in progress
    assert ">4 Fragen</span>" in page(german, "chapters")


def test_mkdocs_own_themes_give_their_language_as_locale(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"theme:\n(  .*\n|    .*\n)*", "theme:\n  name: readthedocs\n  locale: pt_BR\n", config)
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "<legend>Questão 1</legend>" in page(out, "first")
    assert '"check": "Verificar"' in script(out)


def test_the_plugins_language_option_wins_over_the_theme(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path)
    configure(site, theme="  language: de\n", quiz="      language: ru\n")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "<legend>Вопрос 1</legend>" in page(out, "first")
    assert ">4 вопроса</span>" in page(out, "chapters")


def test_true_false_questions_in_either_language_pass_the_statistics_and_the_export(german_source: Path) -> None:
    site = check_site(str(german_source / "mkdocs.yml"), keep_questions=True)
    assert site.problems == [] and site.errors == []
    facts = {fact.id: fact.true_answer for fact in site.facts if fact.type is QuestionType.TRUE_FALSE}
    assert facts == {"fixture-true-false": False, "fixture-wahr": True}
    words = true_false_words(site.strings["true"], site.strings["false"])
    gift = to_gift(site.bank, Exporter(), words)
    assert "::fixture-true-false::" in gift and re.search(r"::fixture-wahr::[^{]*\{TRUE#", gift)
    assert re.search(r"::fixture-true-false::[^{]*\{FALSE#", gift)


def test_a_site_that_changes_its_true_and_false_words_keeps_its_questions(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path)
    # Unquoted, as people write them: YAML reads these keys as booleans.
    configure(site, quiz="      strings:\n        true: Yes indeed\n        false: Not at all\n")
    with (site / "docs" / "second.md").open("a", encoding="utf-8") as second:
        second.write(
            GERMAN_QUESTION
            + "\n/// quiz | own-words\n    type: true-false\nQ?\n\n- [ ] Yes indeed\n- [x] Not at all\n///\n"
        )
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    labels = re.findall(r"/> ([\w ]+)</label>", page(out, "second").split('id="quiz-fixture-wahr"')[1])
    assert labels[:2] == ["Yes indeed", "Not at all"]
    checked = check_site(str(site / "mkdocs.yml"))
    facts = {fact.id: fact.true_answer for fact in checked.facts if fact.type is QuestionType.TRUE_FALSE}
    assert facts == {"fixture-true-false": False, "fixture-wahr": True, "own-words": False}


def test_true_false_answers_in_two_languages_are_a_mistake(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = copy_fixture(tmp_path)
    configure(site, theme="  language: de\n")
    with (site / "docs" / "second.md").open("a", encoding="utf-8") as second:
        second.write("\n/// quiz | mixed\n    type: true-false\nQ?\n\n- [x] Wahr\n- [ ] False\n///\n")
    caplog.set_level(logging.WARNING)
    with pytest.raises(Abort):
        build_site(site / "mkdocs.yml", tmp_path / "out")
    assert (
        "docs/second.md:52: a true-false question has exactly two answers, `Wahr` and `Falsch`; found `Wahr`, "
        "`False` (write both in one language)" in caplog.text
    )


CONFIGURATION_MISTAKES = {
    "unknown key": ("        chek: Prüfen\n", "`chek` is not an interface string: did you mean `check`?"),
    "mistyped placeholder": (
        "        question: 'Frage {nummer}'\n",
        "`question`: unknown placeholder `{nummer}` (this text's placeholders: `{number}`)",
    ),
    "not text": ("        check: 5\n", "`check`: expected text, not a number (put it in quotes)"),
    "unquoted yes": ("        confirm_yes: yes\n", "`confirm_yes`: expected text, not `true`: YAML reads an unquoted"),
    "true given twice": ("        true: Ja\n        'true': Wahr\n", "`true` is given twice"),
    "plural without other": (
        "        count: '{count, plural, one {# Frage}}'\n",
        "`count`: `{count, plural, …}` needs an `other` form",
    ),
}


@pytest.mark.parametrize("mistake", CONFIGURATION_MISTAKES.values(), ids=CONFIGURATION_MISTAKES.keys())
def test_a_mistake_in_the_strings_is_a_configuration_error_in_the_build_and_the_linter(
    mistake: tuple[str, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines, message = mistake
    site = copy_fixture(tmp_path)
    configure(site, quiz="      strings:\n" + lines)
    with pytest.raises(Abort, match="configuration error"):
        build_site(site / "mkdocs.yml", tmp_path / "out")
    assert f"Plugin 'quizblocks' option 'strings': {message}" in caplog.text
    linted = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "lint"], cwd=site, capture_output=True, text=True, timeout=120
    )
    assert linted.returncode == 2
    assert f"Plugin 'quizblocks' option 'strings': {message}" in linted.stderr
    assert "Traceback" not in linted.stderr


def test_a_language_without_built_in_strings_is_said_and_falls_back_to_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_fixture(tmp_path)
    configure(site, theme="  language: pl\n")
    caplog.set_level(logging.INFO)
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "<legend>Question 1</legend>" in page(out, "first")
    assert "quizblocks: no built-in interface strings in `pl`: English ones where `strings` sets none" in caplog.text
    assert json.loads(re.search(r"const LANGUAGE = (\"[^\"]*\");", script(out))[1]) == "pl"  # type: ignore[index]
