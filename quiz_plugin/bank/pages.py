"""The Markdown of the pages that list questions: "All questions" and the reviewers' "Answer key".

The pages are Markdown, so they go through the host's Markdown extensions like any other page (the
answer key shows each linked snippet with a ``/// snippet`` block) and a strict build checks their
links. The one exception is the list of every question on the "All questions" page: HTML written into
the converted page (``fill_question_lists``), whose links are made from the same ids the questions
are rendered with.
"""

from __future__ import annotations

import html
import re

from ..core.answers import short_answer_text
from ..core.model import Fragment, QuestionType
from ..core.strings import Strings, english
from ..core.true_false import true_false_words
from .build import Chapter
from .entries import BankEntry, QuestionBank, type_label
from .links import page_references, relocator, rewrite_links

# The columns of the table of chapters, by the interface string of each kind of question.
TYPE_COLUMNS = (
    (QuestionType.SINGLE, "type_single"),
    (QuestionType.MULTIPLE, "type_multiple"),
    (QuestionType.TRUE_FALSE, "type_true_false"),
    (QuestionType.SHORT, "type_short"),
)
# What Python-Markdown would read as markup in a text (the rest of its escapable characters only
# matter at the start of a line, where no interface text is written).
MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]])")
# Where the "All questions" page's Markdown leaves the list of a chapter's questions.
QUESTION_LIST = "<!-- quiz: the questions of chapter {number} -->"
QUESTION_LIST_RE = re.compile(r"<!-- quiz: the questions of chapter (\d+) -->")


def markdown_text(text: str) -> str:
    """An interface text as Markdown that reads as the same text (a site's `strings` are never markup)."""
    return MARKDOWN_SPECIAL_RE.sub(r"\\\1", html.escape(text, quote=False))


def heading(label: str) -> str:
    """A kind of question as a table's heading: ``single choice`` becomes ``Single choice``."""
    return label[:1].upper() + label[1:]


def all_questions_markdown(
    chapters: list[Chapter],
    page_src_uri: str,
    answer_key_src_uri: str,
    tables: bool,
    json_src_uri: str = "",
    strings: Strings | None = None,
) -> str:
    """The Markdown of the "All questions" page, after its front matter (``json_src_uri``: where the
    machine-readable list is published, if it is), in the words of the site's ``strings``."""
    strings = strings or english()
    page_link = relocator("", page_src_uri)  # from a docs-relative path to a link on this page
    total = sum(len(chapter) for chapter in chapters)
    words = {key: markdown_text(strings[key]) for key in ("questions_title", "answer_key_title", "chapter", "all")}
    kinds = [markdown_text(strings[key]) for _, key in TYPE_COLUMNS]
    code_output_label = markdown_text(strings["code_output"])

    lines = [f"# {words['questions_title']}", ""]
    intro = [strings.markup("questions_intro", markdown_text, questions=total, chapters=len(chapters))]
    if json_src_uri:
        link = f"[{json_src_uri}]({page_link(json_src_uri)})"
        intro.append(strings.markup("questions_json", markdown_text, file=link))
    lines += [" ".join(intro), ""]
    if answer_key_src_uri:
        link = f"[{words['answer_key_title']}]({page_link(answer_key_src_uri)})"
        lines += [strings.markup("questions_answer_key", markdown_text, page=link), ""]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    if tables:
        lines.append(row([words["chapter"], *map(heading, kinds), words["all"], heading(code_output_label)]))
        lines.append(row([":--", *("--:" for _ in TYPE_COLUMNS), "--:", "--:"]))
        for chapter in chapters:
            numbers = [str(chapter.counts[kind]) for kind, _ in TYPE_COLUMNS]
            link = f"[{chapter.title}]({page_link(chapter.first_page)})"
            lines.append(row([link, *numbers, str(len(chapter)), str(chapter.code_output)]))
        all_numbers = [str(sum(chapter.counts[kind] for chapter in chapters)) for kind, _ in TYPE_COLUMNS]
        code_output = sum(chapter.code_output for chapter in chapters)
        lines.append(row([f"**{words['all']}**", *all_numbers, f"**{total}**", str(code_output)]))
    else:
        for chapter in chapters:
            parts = [
                f"{label}: {chapter.counts[kind]}"
                for (kind, _), label in zip(TYPE_COLUMNS, kinds, strict=True)
                if chapter.counts[kind]
            ]
            parts.append(f"{code_output_label}: {chapter.code_output}")
            count = strings.markup("count", markdown_text, count=len(chapter))
            lines.append(f"- [{chapter.title}]({page_link(chapter.first_page)}): {count} ({', '.join(parts)})")
    lines.append("")

    for number, chapter in enumerate(chapters):
        lines += [f"## {chapter.title}", "", QUESTION_LIST.format(number=number), ""]
    return "\n".join(lines)


def fill_question_lists(page_html: str, chapters: list[Chapter]) -> str:
    """The converted "All questions" page with each chapter's list where its Markdown left a mark."""
    lists = ["<ul>\n" + "\n".join(chapter.items) + "\n</ul>" for chapter in chapters]
    # One pass over the page, which holds every question (2 MB for 10,000 of them).
    return QUESTION_LIST_RE.sub(lambda mark: lists[int(mark[1])] if int(mark[1]) < len(lists) else "", page_html)


def answer_key_markdown(bank: QuestionBank, page_src_uri: str, strings: Strings | None = None) -> str:
    """The Markdown of the "Answer key" page, after its front matter, in the words of ``strings``."""
    strings = strings or english()
    lines = [f"# {markdown_text(strings['answer_key_title'])}", "", markdown_text(strings["answer_key_intro"]), ""]
    for chapter in bank.chapters():
        lines += [f"## {chapter}", ""]
        for entry in bank.in_chapter(chapter):
            lines += _key_entry(entry, page_src_uri, strings)
    return "\n".join(lines)


def _key_entry(entry: BankEntry, page_src_uri: str, strings: Strings) -> list[str]:
    question = entry.question
    move = relocator(entry.page.source.src_uri, page_src_uri)
    references = page_references(entry.page.source.markdown)

    def markdown(fragment: Fragment) -> list[str]:
        return rewrite_links(fragment.text, move, references).split("\n")

    def label(key: str) -> str:
        return f"**{markdown_text(strings[key])}:**"

    where = f"[{entry.location}]({move('#' + entry.anchor)})"
    facts = [where, markdown_text(type_label(question, strings))]
    if entry.snippet:
        versions = ", ".join(entry.versions)
        snippet = strings.markup("key_snippet", markdown_text, snippet=code_span(entry.snippet))
        facts.append(snippet + (f", CPython {versions}" if versions else ""))
    lines = [f"### {entry.id}", "", " · ".join(facts), "", *markdown(question.stem), ""]
    if entry.snippet:
        lines += [f"/// snippet | {entry.snippet}", "///", ""]
        if "prints" in question.settings:
            output = code_span(question.settings["prints"].value)
            lines += [strings.markup("key_prints", markdown_text, output=output), ""]
    short = question.type is QuestionType.SHORT
    words = true_false_words(strings["true"], strings["false"])
    for choice in question.choices:
        if short:
            key = "key_accepted" if choice.correct else "key_anticipated"
        else:
            key = "right" if choice.correct else "wrong"
        if short:
            body = [code_span(short_answer_text(choice.body.text))]
        elif question.type is QuestionType.TRUE_FALSE:  # the site's word, as readers see it
            word = strings["true"] if words.value(choice.body.text) else strings["false"]
            body = [markdown_text(word)]
        else:
            body = markdown(choice.body)
        lines.append(f"- {label(key)} {body[0]}")
        lines += [f"    {line}" if line else "" for line in body[1:]]
        if choice.feedback is not None:
            lines.append("")
            lines += [f"    > {line}".rstrip() for line in markdown(choice.feedback)]
        lines.append("")
    if question.hint is not None:
        lines += [label("hint"), "", *markdown(question.hint), ""]
    if question.explanation is not None:
        lines += [label("explanation"), "", *markdown(question.explanation), ""]
    return lines


def code_span(text: str) -> str:
    """``text`` as inline code, whatever backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
