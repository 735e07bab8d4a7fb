"""The interface strings: nine built-in languages, every key in each, chosen by a site's language tag and
replaced key by key; a mistake in a site's strings is an error that names the key."""

from __future__ import annotations

import json
import re

import markdown
import pytest

from quiz_plugin.core.languages import BUILT_IN, built_in_language, locale_texts
from quiz_plugin.core.messages import Plural, parse_message
from quiz_plugin.core.plurals import plural_rule
from quiz_plugin.core.strings import COUNTS, ENGLISH, SCRIPT_STRINGS, StringsError, checked_overrides, interface_strings
from quiz_plugin.extension import QuizExtension
from support import ROOT

TRANSLATIONS = BUILT_IN[1:]
LOCALES = ROOT / "quiz_plugin" / "core" / "locales"


def forms(message: str) -> set[str]:
    """The plural forms a message writes (`one`, `few`, `=0`), at any depth."""
    found: set[str] = set()

    def walk(parts: tuple[object, ...]) -> None:
        for part in parts:
            if isinstance(part, Plural):
                found.update(part.forms)
                for form in part.forms.values():
                    walk(form)

    walk(parse_message(message).parts)
    return found


def test_the_built_in_languages_are_the_nine_the_engine_promises() -> None:
    assert BUILT_IN == ("en", "de", "fr", "es", "it", "pt-BR", "ja", "zh", "ru")
    assert sorted(path.stem for path in LOCALES.glob("*.json")) == sorted(TRANSLATIONS)


@pytest.mark.parametrize("code", TRANSLATIONS)
def test_every_language_has_every_key_in_the_order_of_the_english_ones(code: str) -> None:
    texts = json.loads((LOCALES / f"{code}.json").read_text(encoding="utf-8"))
    assert list(texts) == list(ENGLISH)
    assert all(isinstance(text, str) and text.strip() for text in texts.values())


@pytest.mark.parametrize("code", TRANSLATIONS)
def test_every_translation_shows_the_placeholders_of_its_english_text(code: str) -> None:
    for key, text in locale_texts(code).items():
        english, translated = parse_message(ENGLISH[key]), parse_message(text)
        assert translated.shown() == english.shown(), key
        assert translated.placeholders() <= english.placeholders(), key
        assert translated.counts() <= COUNTS, key


@pytest.mark.parametrize("code", BUILT_IN)
def test_every_plural_form_written_is_one_the_language_has(code: str) -> None:
    rule = plural_rule(code)
    categories = {rule(n) for n in [*range(1000), 1_000_000]} | {"other"}
    texts = ENGLISH if code == "en" else locale_texts(code)
    for key, text in texts.items():
        written = {form for form in forms(text) if not form.startswith("=")}
        assert written <= categories, (key, written - categories)


@pytest.mark.parametrize("code", TRANSLATIONS)
def test_translations_are_tidy_text(code: str) -> None:
    for key, text in locale_texts(code).items():
        assert text == text.strip() and "  " not in text and "\n" not in text, key


@pytest.mark.parametrize(
    ("tag", "built_in"),
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("de_CH", "de"),  # MkDocs' own themes write locales with an underscore
        ("pt-BR", "pt-BR"),
        ("pt_BR", "pt-BR"),
        ("PT-br", "pt-BR"),
        ("pt", "pt-BR"),  # the only Portuguese
        ("zh", "zh"),
        ("zh-CN", "zh"),
        ("zh-Hans", "zh"),
        ("zh-Hant", None),  # traditional characters: the built-in Chinese is simplified
        ("zh-TW", None),
        ("ja", "ja"),
        ("ru", "ru"),
        ("en-GB", "en"),
        ("pl", None),
        ("custom", None),  # Material's own-translation setting
        ("", None),
    ],
)
def test_a_site_language_tag_gets_its_built_in_language(tag: str, built_in: str | None) -> None:
    assert built_in_language(tag) == built_in


def test_a_language_without_built_in_strings_gets_english_ones_and_its_own_plural_rules() -> None:
    strings = interface_strings(
        "pl", {"count": "{count, plural, one {# pytanie} few {# pytania} many {# pytań} other {# pytania}}"}
    )
    assert (strings.built_in, strings.language) == ("en", "pl")
    assert strings["check"] == "Check"
    assert [strings.text("count", count=n) for n in (1, 2, 5, 22)] == [
        "1 pytanie",
        "2 pytania",
        "5 pytań",
        "22 pytania",
    ]


def test_a_site_replaces_one_string_and_keeps_the_rest_of_its_language() -> None:
    strings = interface_strings("de", {"check": "Überprüfen"})
    assert strings["check"] == "Überprüfen"
    assert strings["retry"] == "Erneut versuchen"
    assert strings.text("count", count=1) == "1 Frage"


def test_the_script_gets_the_script_strings_of_the_language() -> None:
    script = interface_strings("ru").script()
    # and the answer key's words, which a question following the reader's version rewrites, and a
    # question's number, which names a question to review on the progress page until its preview comes
    assert set(script) == {*SCRIPT_STRINGS, "correct_answer", "question"}
    assert script["check"] == "Проверить"
    assert script["score"] == [
        "Верно: ",
        {"v": "correct"},
        " из ",
        {"v": "total"},
        ", отвечено: ",
        {"v": "answered"},
        ", показано ответов: ",
        {"v": "revealed"},
    ]


def test_a_bare_python_markdown_host_gets_the_language_it_names() -> None:
    html = markdown.Markdown(extensions=[QuizExtension(language="de")]).convert(
        "/// quiz | q\n    type: true-false\nDer Himmel ist blau.\n\n- [x] Wahr\n- [ ] Falsch\n///\n"
    )
    assert "<legend>Frage 1</legend>" in html
    assert "<summary>Lösung</summary>" in html
    assert '<p class="quiz-key">Richtige Antwort: Wahr</p>' in html


UNQUOTED_BOOLEAN = "expected text, not `true`: YAML reads an unquoted yes, no, on, off, true or false as a boolean"


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        pytest.param({"chek": "Prüfen"}, "`chek` is not an interface string: did you mean `check`?", id="unknown key"),
        pytest.param({"zzz": "x"}, "`zzz` is not an interface string (the keys: question, select_all,", id="far off"),
        pytest.param({"check": 5}, "`check`: expected text, not a number (put it in quotes)", id="a number"),
        pytest.param({"check": True}, f"`check`: {UNQUOTED_BOOLEAN}", id="yes unquoted"),
        pytest.param({"hint": ["a"]}, "`hint`: expected text, not a list", id="a list"),
        pytest.param({True: "Ja", "true": "Wahr"}, "`true` is given twice", id="true twice"),
        pytest.param({5: "x"}, "`5` is not the key of an interface string", id="a number as key"),
        pytest.param(
            {"question": "Frage {nummer}"},
            "`question`: unknown placeholder `{nummer}` (this text's placeholders: `{number}`)",
            id="mistyped placeholder",
        ),
        pytest.param(
            {"hint": "Hinweis {number}"},
            "`hint`: unknown placeholder `{number}` (this text's placeholders: none)",
            id="a placeholder where none is known",
        ),
        pytest.param({"question": "Frage {number"}, "`question`: `{` at character 7 is never closed", id="unclosed"),
        pytest.param(
            {"count": "{count, plural, one {# Frage}}"},
            "`count`: `{count, plural, …}` needs an `other` form",
            id="plural without other",
        ),
        pytest.param(
            {"continue": "{chapter, plural, one {a} other {b}}"},
            "`continue`: `{chapter}` is not a number: it cannot choose a plural form",
            id="plural of text",
        ),
        pytest.param(
            {"count_other": "{count} Fragen"}, "`count_one` and `count_other` are now one key, `count`", id="renamed"
        ),
        pytest.param(
            ["check"], "expected a mapping of keys to texts, such as `{check: Prüfen}`, not a list", id="a list"
        ),
    ],
)
def test_each_mistake_in_a_sites_strings_says_which_key_and_what_to_change(overrides: object, error: str) -> None:
    with pytest.raises(StringsError) as raised:
        checked_overrides(overrides)
    assert str(raised.value).startswith(error)


def test_unquoted_true_and_false_keys_are_the_true_and_false_strings() -> None:
    # YAML 1.1 reads `true: Wahr` as {True: "Wahr"}.
    assert checked_overrides({True: "Wahr", False: "Falsch"}) == {"true": "Wahr", "false": "Falsch"}


def test_every_mistake_is_reported_at_once() -> None:
    with pytest.raises(StringsError) as raised:
        checked_overrides({"chek": "x", "hint": 5})
    assert str(raised.value) == (
        "`chek` is not an interface string: did you mean `check`?; `hint`: expected text, not a number (put it in quotes)"
    )


def test_a_bare_host_gets_the_same_errors() -> None:
    with pytest.raises(StringsError, match="`question`: unknown placeholder `{nummer}`"):
        QuizExtension(language="de", strings={"question": "Frage {nummer}"})


def test_writing_questions_lists_every_key_with_its_english_text() -> None:
    page = (ROOT / "docs" / "writing-questions.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([a-z_]+)` \| `(.*)` \|$", page.split("### The keys")[1], re.MULTILINE))
    assert listed == ENGLISH


@pytest.mark.parametrize(("language", "kind"), [(5, "a number"), (["de"], "a list")])
def test_a_language_that_is_not_a_tag_is_an_error(language: object, kind: str) -> None:
    with pytest.raises(StringsError, match=f"the language must be a tag such as `de` or `pt-BR`, not {kind}"):
        QuizExtension(language=language)
