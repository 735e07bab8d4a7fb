"""The Markdown of the pages that list questions: "All questions" and the reviewers' "Answer key".

The pages are Markdown, so they go through the host's Markdown extensions like any other page (the
answer key shows each linked snippet with a ``/// snippet`` block) and a strict build checks their
links. The one exception is the list of every question on the "All questions" page: HTML written into
the converted page (``fill_question_lists``), whose links are made from the same ids the questions
are rendered with.
"""

from __future__ import annotations

import re

from ..core.answers import short_answer_text
from ..core.model import Fragment, QuestionType
from .build import Chapter
from .entries import BankEntry, QuestionBank, type_label
from .links import page_references, relocator, rewrite_links

TYPE_COLUMNS = (
    (QuestionType.SINGLE, "Single choice"),
    (QuestionType.MULTIPLE, "Multiple choice"),
    (QuestionType.TRUE_FALSE, "True or false"),
    (QuestionType.SHORT, "Short answer"),
    (QuestionType.ORDER, "Ordering"),
)
# Where the "All questions" page's Markdown leaves the list of a chapter's questions.
QUESTION_LIST = "<!-- quiz: the questions of chapter {number} -->"
QUESTION_LIST_RE = re.compile(r"<!-- quiz: the questions of chapter (\d+) -->")


def all_questions_markdown(
    chapters: list[Chapter], page_src_uri: str, answer_key_src_uri: str, tables: bool, json_src_uri: str = ""
) -> str:
    """The Markdown of the "All questions" page, after its front matter (``json_src_uri``: where the
    machine-readable list is published, if it is)."""
    page_link = relocator("", page_src_uri)  # from a docs-relative path to a link on this page
    total = sum(len(chapter) for chapter in chapters)
    lines = ["# All questions", ""]
    machine = (
        f"; programs can read the same list from [{json_src_uri}]({page_link(json_src_uri)})" if json_src_uri else ""
    )
    lines += [
        f"The site asks {total} question{'s' if total != 1 else ''} in {len(chapters)} "
        f"chapter{'s' if len(chapters) != 1 else ''}. Each one links to the page that asks it{machine}.",
        "",
    ]
    if answer_key_src_uri:
        lines += [f"Reviewers: this preview build also has the [answer key]({page_link(answer_key_src_uri)}).", ""]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    # A column for each type, ordering questions only if the site has any.
    columns = [
        (kind, label)
        for kind, label in TYPE_COLUMNS
        if kind is not QuestionType.ORDER or any(chapter.counts[kind] for chapter in chapters)
    ]
    if tables:
        lines.append(row(["Chapter", *(label for _, label in columns), "All", "Code output"]))
        lines.append(row([":--", *("--:" for _ in columns), "--:", "--:"]))
        for chapter in chapters:
            numbers = [str(chapter.counts[kind]) for kind, _ in columns]
            link = f"[{chapter.title}]({page_link(chapter.first_page)})"
            lines.append(row([link, *numbers, str(len(chapter)), str(chapter.code_output)]))
        all_numbers = [str(sum(chapter.counts[kind] for chapter in chapters)) for kind, _ in columns]
        code_output = sum(chapter.code_output for chapter in chapters)
        lines.append(row(["**All**", *all_numbers, f"**{total}**", str(code_output)]))
    else:
        for chapter in chapters:
            parts = [f"{chapter.counts[kind]} {label.lower()}" for kind, label in TYPE_COLUMNS if chapter.counts[kind]]
            lines.append(
                f"- [{chapter.title}]({page_link(chapter.first_page)}): {len(chapter)} "
                f"({', '.join(parts)}; {chapter.code_output} code output)"
            )
    lines.append("")

    for number, chapter in enumerate(chapters):
        lines += [f"## {chapter.title}", "", QUESTION_LIST.format(number=number), ""]
    return "\n".join(lines)


def fill_question_lists(page_html: str, chapters: list[Chapter]) -> str:
    """The converted "All questions" page with each chapter's list where its Markdown left a mark."""
    lists = ["<ul>\n" + "\n".join(chapter.items) + "\n</ul>" for chapter in chapters]
    # One pass over the page, which holds every question (2 MB for 10,000 of them).
    return QUESTION_LIST_RE.sub(lambda mark: lists[int(mark[1])] if int(mark[1]) < len(lists) else "", page_html)


def answer_key_markdown(bank: QuestionBank, page_src_uri: str) -> str:
    """The Markdown of the "Answer key" page, after its front matter."""
    lines = ["# Answer key", ""]
    lines += [
        "For reviewers: every question of the site with its right answers, the feedback of every answer "
        "and the snippet it is checked against. Only preview builds have this page; the published site "
        "does not, and search never lists it.",
        "",
    ]
    for chapter in bank.chapters():
        lines += [f"## {chapter}", ""]
        for entry in bank.in_chapter(chapter):
            lines += _key_entry(entry, page_src_uri)
    return "\n".join(lines)


def _key_entry(entry: BankEntry, page_src_uri: str) -> list[str]:
    question = entry.question
    move = relocator(entry.page.source.src_uri, page_src_uri)
    references = page_references(entry.page.source.markdown)

    def markdown(fragment: Fragment) -> list[str]:
        return rewrite_links(fragment.text, move, references).split("\n")

    where = f"[{entry.location}]({move('#' + entry.anchor)})"
    facts = [where, type_label(question)]
    if entry.snippet:
        versions = ", ".join(entry.versions)
        facts.append(f"snippet `{entry.snippet}`" + (f", CPython {versions}" if versions else ""))
    lines = [f"### {entry.id}", "", " · ".join(facts), "", *markdown(question.stem), ""]
    if entry.snippet:
        lines += [f"/// snippet | {entry.snippet}", "///", ""]
        if "prints" in question.settings:
            lines += [f"Asks which versions print `{question.settings['prints'].value}`.", ""]
    short = question.type is QuestionType.SHORT
    if question.tolerance is not None:
        lines += [f"Any number within {question.tolerance.text} of an accepted answer is accepted.", ""]
    for position, choice in enumerate(question.choices, 1):
        if question.type is QuestionType.ORDER:
            label = f"Step {position}"
        elif short:
            label = "Accepted" if choice.correct else "Anticipated wrong answer"
        else:
            label = "Right" if choice.correct else "Wrong"
        body = [code_span(short_answer_text(choice.body.text))] if short else markdown(choice.body)
        lines.append(f"- **{label}:** {body[0]}")
        lines += [f"    {line}" if line else "" for line in body[1:]]
        if choice.feedback is not None:
            lines.append("")
            lines += [f"    > {line}".rstrip() for line in markdown(choice.feedback)]
        lines.append("")
    for number, hint in enumerate(question.hints, 1):
        label = f"Hint {number}:" if len(question.hints) > 1 else "Hint:"
        lines += [f"**{label}**", "", *markdown(hint), ""]
    if question.explanation is not None:
        lines += ["**Explanation:**", "", *markdown(question.explanation), ""]
    return lines


def code_span(text: str) -> str:
    """``text`` as inline code, whatever backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
