"""Interface messages: `{name}` placeholders, and plural forms chosen by a count in the message's language."""

from __future__ import annotations

import pytest

from quiz_plugin.core.messages import MessageError, parse_message
from quiz_plugin.core.plurals import plural_rule

QUESTIONS = "{count, plural, one {# question} other {# questions}}"
RUSSIAN = "{count, plural, one {# вопрос} few {# вопроса} many {# вопросов} other {# вопроса}}"


def text(message: str, language: str = "en", **values: object) -> str:
    return parse_message(message).format(language, values)


def test_a_placeholder_is_replaced_by_its_value() -> None:
    assert text("Question {number}", number=3) == "Question 3"
    assert text("{ number }.", number=3) == "3."


def test_a_plural_picks_the_form_of_its_count_and_hash_is_the_count() -> None:
    assert [text(QUESTIONS, count=n) for n in (0, 1, 2)] == ["0 questions", "1 question", "2 questions"]


def test_russian_counts_read_correctly_in_its_three_forms() -> None:
    counts = (1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 112)
    assert [text(RUSSIAN, "ru", count=n) for n in counts] == [
        "1 вопрос",
        "2 вопроса",
        "5 вопросов",
        "11 вопросов",
        "12 вопросов",
        "21 вопрос",
        "22 вопроса",
        "25 вопросов",
        "101 вопрос",
        "111 вопросов",
        "112 вопросов",
    ]


def test_an_exact_form_wins_over_the_category_and_other_stands_in_for_a_missing_one() -> None:
    message = "{count, plural, =0 {none} one {# question} other {# questions}}"
    assert [text(message, count=n) for n in (0, 1, 7)] == ["none", "1 question", "7 questions"]
    # Russian's `few` is not in an English-shaped message: `other` is used.
    assert text(QUESTIONS, "ru", count=3) == "3 questions"


def test_french_and_brazilian_portuguese_count_zero_as_one() -> None:
    assert [plural_rule("fr")(n) for n in (0, 1, 2, 1_000_000)] == ["one", "one", "other", "many"]
    assert [plural_rule("pt-BR")(n) for n in (0, 1, 2)] == ["one", "one", "other"]
    assert [plural_rule("pt-PT")(n) for n in (0, 1, 2)] == ["other", "one", "other"]
    assert {plural_rule("ja")(n) for n in range(30)} == {"other"}
    assert plural_rule("xx")(1) == "one" and plural_rule("xx")(2) == "other"  # any other language: English's


def test_plural_forms_nest_placeholders_and_several_counts_share_a_message() -> None:
    message = (
        "{count, plural, one {Correct answer: {answers}} other {Correct answers: {answers}}} "
        "in {chapters, plural, one {# chapter} other {# chapters}}"
    )
    assert text(message, count=2, answers="A, C", chapters=1) == "Correct answers: A, C in 1 chapter"
    assert parse_message(message).placeholders() == {"count", "answers", "chapters"}
    assert parse_message(message).counts() == {"count", "chapters"}


def test_apostrophes_and_a_hash_outside_a_plural_are_text() -> None:
    assert text("L’indice n'est pas #1 : {number}", "fr", number=2) == "L’indice n'est pas #1 : 2"


def test_the_script_gets_plain_text_as_it_is_and_placeholders_as_parts() -> None:
    assert parse_message("Check").for_script() == "Check"
    assert parse_message("Question {number}").for_script() == ["Question ", {"v": "number"}]
    assert parse_message(QUESTIONS).for_script() == [
        {"v": "count", "p": {"one": [{"v": "count"}, " question"], "other": [{"v": "count"}, " questions"]}}
    ]


def test_escape_applies_to_the_words_of_a_message_and_not_to_its_values() -> None:
    message = parse_message("{count, plural, one {<b>} other {<i>}}: {answers}")
    assert message.format("en", {"count": 2, "answers": "<code>x</code>"}, str.upper) == "<I>: <code>x</code>"


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("Frage {nummer", "`{` at character 7 is never closed"),
        ("Frage nummer}", "`}` at character 13 closes nothing"),
        ("{Number}", "`{Number}` is not a placeholder: a placeholder's name is lower-case letters, digits and _"),
        ("{}", "`{}` is not a placeholder"),
        ("{count, plural, one {# Frage}}", "`{count, plural, …}` needs an `other` form"),
        ("{count, plural, uno {a} other {b}}", "`uno` is not a plural form of `{count, plural, …}`"),
        ("{count, plural, one {a} one {b} other {c}}", "`{count, plural, …}` has two `one` forms"),
        ("{count, select, a {b} other {c}}", "`{count, select` is not understood: the only kind is"),
        ("{count, plural}", "`{count, plural` is not understood"),
        ("{count, plural, one {a} other {b}", "`{count, plural, …}` is never closed: end it with `}`"),
        ("{count, plural, one {a} others", "`{count, plural, …}` needs forms such as `one {…} other {…}`"),
        ("{a {b}}", "`{a` is not closed before the next `{`"),
    ],
)
def test_a_message_that_cannot_be_read_says_what_to_change(message: str, error: str) -> None:
    with pytest.raises(MessageError) as raised:
        parse_message(message)
    assert str(raised.value).startswith(error)
