"""Export the question bank: Moodle GIFT for learning platforms, or JSON with everything.

Both carry each question's Markdown as written, with the code a code-output question shows appended
to its text, and links made absolute when the site has a ``site_url`` (they would point nowhere out of
the site otherwise).

GIFT (https://docs.moodle.org/en/GIFT_format), as Moodle's own exporter writes it:

- one question per block, ``::id::[markdown]text{answers}``, preceded by a comment that gives Moodle
  the id as the question's ID number (``[id:...]``); a ``$CATEGORY:`` per chapter;
- single choice ``=right ~wrong``; multiple choice ``~%50%right ~%-100%wrong`` (the right answers share
  100%, any wrong one cancels the score: only the exact set is right, as on the site); true or false
  ``TRUE#feedback if wrong#feedback if right``; short text ``=%100%accepted =%0%anticipated wrong``;
  numeric ``#=%100%512:0`` (exact, tolerance 0); ``#feedback`` after each answer; the explanation as
  general feedback ``####``; an ordering question as a matching question that pairs each step with
  its place (``=step -> 1``; GIFT's matching has no feedback per pair, so the steps' feedback is left
  out). GIFT has no hints, so hints are left out; a numeric tolerance is GIFT's own (``512:0.5``, a
  percentage worked out for each answer).
- ``\\ ~ = # { } :`` in text are escaped with a backslash and line breaks written as ``\\n``, so every
  question stays on its lines.

GIFT cannot say one thing: Moodle reads a short-text question whose answers or feedback contain
``->`` as a matching question, whatever is escaped, and splits a step of a matching question at its
``->``. The export refuses such a question (``ExportError``) rather than write a file that imports as
something else.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from ..core.answers import parse_number, short_answer_text
from ..core.model import Choice, Fragment, QuestionType
from ..core.true_false import TrueFalseWords, true_false_words
from ..snippets.shown_code import plain_code
from ..snippets.snippet_block import code_block
from .entries import BankEntry, QuestionBank
from .links import absolutizer, page_references, rewrite_links

GIFT_SPECIAL = str.maketrans(
    {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""}
)
FORMATS = ("gift", "json")


class ExportError(ValueError):
    """A question the chosen format cannot carry faithfully."""


class Exporter:
    """Turns bank entries into exportable Markdown: links absolute, the shown code under the text."""

    def __init__(self, site_url: str = "", page_urls: Mapping[str, str] | None = None) -> None:
        self.site_url = site_url
        self.page_urls = dict(page_urls or {})

    def markdown(self, entry: BankEntry, fragment: Fragment | None) -> str:
        if fragment is None:
            return ""
        rewrite: Callable[[str], str] = absolutizer(entry.page.source.src_uri, self.site_url, self.page_urls)
        return rewrite_links(fragment.text, rewrite, page_references(entry.page.source.markdown))

    def stem(self, entry: BankEntry) -> str:
        text = self.markdown(entry, entry.question.stem)
        if entry.shown_code:
            text += "\n\n" + "\n".join(code_block(plain_code(entry.shown_code), "python"))
        return text

    def url(self, entry: BankEntry) -> str:
        if not self.site_url:
            return entry.url
        return self.site_url.rstrip("/") + "/" + entry.url


def to_json(bank: QuestionBank, exporter: Exporter) -> str:
    """Everything about every question, answers and feedback included."""

    def choice(entry: BankEntry, item: Choice) -> dict[str, object]:
        text = (
            short_answer_text(item.body.text)
            if entry.question.type is QuestionType.SHORT
            else exporter.markdown(entry, item.body)
        )
        return {"text": text, "correct": item.correct, "feedback": exporter.markdown(entry, item.feedback) or None}

    questions = []
    for entry in bank.entries:
        question = entry.question
        questions.append(
            {
                "id": entry.id,
                "chapter": entry.chapter,
                "url": exporter.url(entry),
                "page": entry.page.url,
                "anchor": entry.anchor,
                "source": entry.page.source.path,
                "line": entry.line,
                "type": question.type.value,
                "numeric": question.numeric,
                "versions": entry.versions,
                "snippet": entry.snippet,
                "stem": exporter.stem(entry),
                "choices": [choice(entry, item) for item in question.choices],
                "tolerance": question.tolerance.text if question.tolerance is not None else None,
                "hints": [exporter.markdown(entry, hint) for hint in question.hints],
                "explanation": exporter.markdown(entry, question.explanation) or None,
                "content_hash": question.content_hash(entry.shown_code),
            }
        )
    return json.dumps({"questions": questions}, ensure_ascii=False, indent=2) + "\n"


def gift_escape(text: str) -> str:
    return text.translate(GIFT_SPECIAL)


def to_gift(bank: QuestionBank, exporter: Exporter, words: TrueFalseWords | None = None, title: str = "") -> str:
    """The bank as GIFT; ``words``: the site's true/false words (English and the built-in languages' by
    default)."""
    words = words or true_false_words()
    blocks = [f"// {title or 'Questions'}: {len(bank)} questions, exported as Moodle GIFT (Markdown text)."]
    for chapter in bank.chapters():
        category = chapter.replace("/", "//")  # Moodle writes a / inside a category name as //
        blocks.append(f"$CATEGORY: {title.replace('/', '//')}/{category}" if title else f"$CATEGORY: {category}")
        blocks += [_gift_question(entry, exporter, words) for entry in bank.in_chapter(chapter)]
    return "\n\n".join(blocks) + "\n"


def _gift_question(entry: BankEntry, exporter: Exporter, words: TrueFalseWords) -> str:
    question = entry.question

    def text(fragment: Fragment | None) -> str:
        return gift_escape(exporter.markdown(entry, fragment))

    def feedback(choice: Choice) -> str:
        return f"#{text(choice.feedback)}" if choice.feedback is not None else ""

    head = (
        f"// {entry.location} [id:{entry.id}]\n::{gift_escape(entry.id)}::[markdown]{gift_escape(exporter.stem(entry))}"
    )
    general = f"####{text(question.explanation)}" if question.explanation is not None else ""

    if question.type is QuestionType.TRUE_FALSE:
        right = next(choice for choice in question.choices if choice.correct)
        wrong = next(choice for choice in question.choices if not choice.correct)
        answer = "TRUE" if words.value(right.body.text) else "FALSE"
        right_feedback, wrong_feedback = text(right.feedback), text(wrong.feedback)
        if wrong_feedback:
            answer += f"#{wrong_feedback}"
        elif right_feedback:
            answer += "#"
        if right_feedback:
            answer += f"#{right_feedback}"
        return f"{head}{{{answer}{general}}}"

    lines: list[str] = []
    if question.type is QuestionType.SHORT and question.numeric:
        opening = "{#"
        for choice in question.choices:
            number = parse_number(short_answer_text(choice.body.text))
            assert number is not None  # the validator guarantees it
            tolerance = question.tolerance.width(number) if question.tolerance is not None else 0.0
            lines.append(f"=%{100 if choice.correct else 0}%{_number(number)}:{_number(tolerance)}{feedback(choice)}")
    elif question.type is QuestionType.SHORT:
        opening = "{"
        texts = [choice.body.text for choice in question.choices] + [
            text(choice.feedback) for choice in question.choices
        ]
        if any("->" in part for part in texts):
            raise ExportError(
                f"{entry.location}: GIFT cannot carry `->` in a short answer or its feedback "
                "(Moodle would read a matching question)"
            )
        for choice in question.choices:
            answer = gift_escape(short_answer_text(choice.body.text))
            lines.append(f"=%{100 if choice.correct else 0}%{answer}{feedback(choice)}")
    elif question.type is QuestionType.ORDER:
        opening = "{"
        if any("->" in choice.body.text for choice in question.choices):
            raise ExportError(f"{entry.location}: GIFT cannot carry `->` in a step (Moodle would split the step there)")
        lines += [f"={text(choice.body)} -> {place}" for place, choice in enumerate(question.choices, 1)]
    elif question.type is QuestionType.SINGLE:
        opening = "{"
        lines += [
            f"{'=' if choice.correct else '~'}{text(choice.body)}{feedback(choice)}" for choice in question.choices
        ]
    else:
        opening = "{"
        share = _percent(100 / len(question.correct_choices))
        for choice in question.choices:
            lines.append(f"~%{share if choice.correct else '-100'}%{text(choice.body)}{feedback(choice)}")
    if general:
        lines.append(general)
    return head + opening + "\n" + "\n".join(f"\t{line}" for line in lines) + "\n}"


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _percent(value: float) -> str:
    """100/3 as 33.33333: the precision of Moodle's own grade choices (0.3333333)."""
    return f"{value:.5f}".rstrip("0").rstrip(".")
