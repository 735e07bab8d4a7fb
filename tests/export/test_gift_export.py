"""The Moodle GIFT export: every question and answer survives a re-import by Moodle's own rules."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from gift_parser import GiftQuestion, parse_gift

from quiz_plugin.bank.entries import BankEntry, QuestionBank, SitePage, page_entries
from quiz_plugin.bank.export import Exporter, ExportError, gift_escape, to_gift
from quiz_plugin.cli.dry_build import SiteCheck, check_site
from quiz_plugin.core.answers import parse_number, short_answer_text
from quiz_plugin.core.model import QuestionType
from quiz_plugin.core.parser import parse
from quiz_plugin.core.true_false import TrueFalseWords, true_false_words
from quiz_plugin.core.validate import block_problems
from quiz_plugin.plugin.source import source_page
from support import ROOT

PROJECT = Path(__file__).resolve().parents[1] / "bank" / "project"


def bank_of(config: Path) -> tuple[SiteCheck, QuestionBank, Exporter]:
    """The site's question bank, as the export command gets it (the build's own steps)."""
    site = check_site(str(config), keep_questions=True)
    assert site.problems == [] and site.errors == []
    return site, site.bank, Exporter(site.site_url, site.page_urls)


def assert_survived(
    entry: BankEntry, exporter: Exporter, imported: GiftQuestion, words: TrueFalseWords | None = None
) -> None:
    """What Moodle imports is the question as the site asks it: text, answers, weights, feedback."""
    question = entry.question
    assert (imported.name, imported.idnumber) == (entry.id, entry.id)
    assert imported.text.format == "markdown"
    assert imported.text.text == exporter.stem(entry)
    assert imported.general_feedback == exporter.markdown(entry, question.explanation)

    def feedback(index: int) -> str:
        return exporter.markdown(entry, question.choices[index].feedback)

    if question.type is QuestionType.TRUE_FALSE:
        assert imported.qtype == "truefalse"
        words = words or true_false_words()
        right = next(choice for choice in question.choices if choice.correct)
        assert imported.correct_answer is words.value(right.body.text)
        by_value = {words.value(choice.body.text): i for i, choice in enumerate(question.choices)}
        assert imported.feedback_true == feedback(by_value[True])
        assert imported.feedback_false == feedback(by_value[False])
    elif question.type is QuestionType.SHORT and question.numeric:
        assert imported.qtype == "numerical"
        numbers = [parse_number(short_answer_text(c.body.text)) or 0.0 for c in question.choices]
        tolerance = question.tolerance
        expected = [
            (number, 1.0 if c.correct else 0.0, feedback(i), tolerance.width(number) if tolerance else 0.0)
            for i, (c, number) in enumerate(zip(question.choices, numbers, strict=True))
        ]
        assert [(float(a.text), a.fraction, a.feedback, a.tolerance) for a in imported.answers] == expected
    elif question.type is QuestionType.ORDER:
        assert imported.qtype == "match"  # each step paired with its place
        steps = [(exporter.markdown(entry, step.body), str(place)) for place, step in enumerate(question.choices, 1)]
        assert imported.pairs == steps
    elif question.type is QuestionType.SHORT:
        assert imported.qtype == "shortanswer"
        expected_short = [
            (short_answer_text(c.body.text), 1.0 if c.correct else 0.0, feedback(i))
            for i, c in enumerate(question.choices)
        ]
        assert [(a.text, a.fraction, a.feedback) for a in imported.answers] == expected_short
    else:
        assert imported.qtype == "multichoice"
        assert imported.single is (question.type is QuestionType.SINGLE)
        share = 1 / len(question.correct_choices)
        wrong = 0.0 if question.type is QuestionType.SINGLE else -1.0
        expected_choices = [
            (exporter.markdown(entry, c.body), pytest.approx(share, abs=1e-7) if c.correct else wrong, feedback(i))
            for i, c in enumerate(question.choices)
        ]
        assert [(a.text, a.fraction, a.feedback) for a in imported.answers] == expected_choices


def test_every_question_and_answer_of_the_fixture_site_survives_a_moodle_import() -> None:
    site, bank, exporter = bank_of(PROJECT / "mkdocs.yml")
    imported = parse_gift(to_gift(bank, exporter, title=site.site_name))
    questions = [q for q in imported if q.qtype != "category"]
    assert [q.name for q in questions] == [entry.id for entry in bank.entries]
    assert {entry.question.type for entry in bank.entries} == set(QuestionType)  # every type is exercised
    for entry, question in zip(bank.entries, questions):
        assert_survived(entry, exporter, question)


def test_every_question_of_the_real_site_survives_a_moodle_import() -> None:
    site, bank, exporter = bank_of(ROOT / "mkdocs.yml")
    words = true_false_words(site.strings["true"], site.strings["false"])
    questions = [q for q in parse_gift(to_gift(bank, exporter, words, site.site_name)) if q.qtype != "category"]
    assert len(questions) == len(bank) > 0
    for entry, question in zip(bank.entries, questions):
        assert_survived(entry, exporter, question, words)


def test_each_chapter_becomes_a_category_before_its_questions() -> None:
    site, bank, exporter = bank_of(PROJECT / "mkdocs.yml")
    sequence = [
        (q.qtype == "category", q.category or q.name) for q in parse_gift(to_gift(bank, exporter, title="Bank fixture"))
    ]
    assert sequence == [
        (True, "Bank fixture/Collecting garbage"),
        (False, "gc-threshold"),
        (False, "gc-threshold-versions"),
        (False, "gc-disable"),
        (False, "gc-specials"),
        (True, "Bank fixture/Counting references"),
        (False, "count-module"),
        (False, "count-threshold"),
        (False, "count-single"),
        (False, "count-order"),
    ]


def test_links_point_to_the_published_site_and_code_output_questions_show_their_code() -> None:
    site, bank, exporter = bank_of(PROJECT / "mkdocs.yml")
    by_id = {q.name: q for q in parse_gift(to_gift(bank, exporter))}
    assert by_id["gc-threshold"].general_feedback == "See [thresholds](https://example.org/bank/gc/#thresholds)."
    assert by_id["count-module"].general_feedback == (
        "See [the collector](https://example.org/bank/gc/#thresholds) and "
        "[counting](https://example.org/bank/guide/counting/#counting)."
    )
    assert by_id["gc-threshold"].text.text == (
        "What does this print on CPython 3.13?\n\n```python\nimport gc\n\nprint(gc.get_threshold())\n```"
    )


def test_gift_special_characters_are_escaped_with_a_backslash() -> None:
    assert gift_escape("~ = # { } :") == "\\~ \\= \\# \\{ \\} \\:"
    assert gift_escape("a \\ b") == "a \\\\ b"
    assert gift_escape("two\nlines\r\n") == "two\\nlines\\n"


SPECIALS = """\
/// quiz | specials
Is `{x: 1}` a dict? What about `a ~ b`, `x = 1 # comment`, `\\n` and a \\ backslash?
It spans two lines: `::name::` must stay text.

- [x] `{x: 1}` # yes
    > `{}` with `key: value` pairs. \\~ stays as written.
- [ ] `~{}` and `={}`
    > A ~ or = at the start is GIFT syntax, here it is text.
- [ ] #### four hashes
    > General feedback starts with `####` in GIFT.

Explanation with every special: ~ = # { } : \\ and \\n, then `####`.
///
"""


def specials_bank(markdown: str) -> tuple[QuestionBank, Exporter]:
    page = SitePage(source_page("docs/specials.md", markdown, "specials.md"), "specials/", "Specials")
    blocks = parse(page.source.markdown).blocks
    assert [problem for block in blocks for problem in block_problems(block)] == []
    questions = [block.question for block in blocks if block.question is not None]
    return QuestionBank(page_entries(page, questions, None)), Exporter()


def test_text_with_every_special_character_survives_the_round_trip() -> None:
    bank, exporter = specials_bank(SPECIALS)
    gift = to_gift(bank, exporter)
    (question,) = [q for q in parse_gift(gift) if q.qtype != "category"]
    assert_survived(bank.entries[0], exporter, question)
    assert question.text.text.startswith(
        "Is `{x: 1}` a dict? What about `a ~ b`, `x = 1 # comment`, `\\n` and a \\ backslash?\n"
    )
    assert question.answers[2].text == "#### four hashes"


@pytest.mark.parametrize(
    "kind, block",
    [
        (
            "true-false",
            "/// quiz | tf\n    type: true-false\nIs `{a: 1} == {a: 1}`?\n\n- [x] True\n    > Equal = same items.\n- [ ] False\n    > Not so # see above.\n\nDicts compare by items: {k: v}.\n///\n",
        ),
        (
            "short text",
            "/// quiz | st\n    type: short\nWhat separates key and value in `{k: v}`?\n\n- [x] `:`\n    > A colon.\n- [x] colon\n- [ ] `=`\n    > That is `dict(k=v)`.\n\nA colon: {k: v}.\n///\n",
        ),
        (
            "numeric",
            "/// quiz | num\n    type: short\n    numeric: true\nHow much is `0x10 # hex`?\n\n- [x] 16\n    > 1 * 16 = 16.\n- [x] 0x10\n- [ ] 10\n    > That would be {decimal}.\n///\n",
        ),
    ],
)
def test_each_answer_form_survives_with_special_characters(kind: str, block: str) -> None:
    bank, exporter = specials_bank(block)
    (question,) = [q for q in parse_gift(to_gift(bank, exporter)) if q.qtype != "category"]
    assert_survived(bank.entries[0], exporter, question)


def test_the_command_writes_a_gift_file(tmp_path: Path) -> None:
    output = tmp_path / "bank.gift"
    result = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "export", "--format", "gift", "-o", str(output)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "8 questions written" in result.stderr
    assert len([q for q in parse_gift(output.read_text(encoding="utf-8")) if q.qtype != "category"]) == 8


def test_the_command_refuses_to_export_questions_with_problems(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(
        textwrap.dedent(
            """\
            /// quiz | broken
            Nothing is right.

            - [ ] a
            - [ ] b
            ///
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "export", "--format", "gift"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert "docs/page.md:4: no answer is marked correct: tick the right one with `[x]`" in result.stderr


def test_a_short_answer_with_an_arrow_is_refused_because_moodle_would_import_a_matching_question() -> None:
    block = "/// quiz | arrow\n    type: short\nWhat does `a -> b` annotate?\n\n- [x] return\n- [ ] a\n    > `a` is left of the `->`.\n///\n"
    bank, exporter = specials_bank(block)
    with pytest.raises(ExportError, match=r"docs/specials.md:1: GIFT cannot carry `->`"):
        to_gift(bank, exporter)
    # What Moodle's importer would make of it, had it been written:
    assert parse_gift("::arrow::Q{=return =%0%a#`a` is left of the `->`.}")[0].qtype == "match"
