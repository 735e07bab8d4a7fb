"""What every build writes from the question bank: ``quizzes.json``, the "All questions" page, the
reader's "Your progress" page where the site asks for it (``progress``) and, in preview builds only,
the reviewers' "Answer key" page.

The files are added to the build before any page is rendered (the navigation lists them); their
content is written once the pages they list are known (``bank_build``). The pages are Markdown, so
they go through the same Markdown extensions as the rest (the answer key shows each linked snippet
with a ``/// snippet`` block) and the strict build checks their links. The one exception is the list
of every question on the "All questions" page: HTML written into the converted page
(``fill_question_lists``), whose links are made from the same ids the questions are rendered with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from .answers import short_answer_text
from .bank import BankEntry, QuestionBank, nav_titles, type_label
from .bank_build import Chapter
from .config import answer_key_wanted
from .links import page_references, relocator, rewrite_links
from .model import Fragment, QuestionType
from .progress import progress_front_matter

JSON_NAME = "quizzes.json"
TYPE_COLUMNS = (
    (QuestionType.SINGLE, "Single choice"),
    (QuestionType.MULTIPLE, "Multiple choice"),
    (QuestionType.TRUE_FALSE, "True or false"),
    (QuestionType.SHORT, "Short answer"),
)
# Where the "All questions" page's Markdown leaves the list of a chapter's questions.
QUESTION_LIST = "<!-- quiz: the questions of chapter {number} -->"
QUESTION_LIST_RE = re.compile(r"<!-- quiz: the questions of chapter (\d+) -->")
# Out of search: every question is indexed on its own page already, and a search would list it twice.
QUESTIONS_FRONT_MATTER = "---\ntitle: All questions\nsearch:\n  exclude: true\n---\n"
ANSWER_KEY_FRONT_MATTER = "---\ntitle: Answer key\nsearch:\n  exclude: true\n---\n"


@dataclass(frozen=True)
class GeneratedFiles:
    """The files the bank adds to a build; their content is written later (see the module's text)."""

    json: File
    questions_page: File | None
    answer_key: File | None
    tables: bool  # whether the Markdown of the pages may use tables
    progress_page: File | None = None

    @property
    def pages(self) -> set[str]:
        files = (self.questions_page, self.answer_key, self.progress_page)
        return {page.src_uri for page in files if page is not None}

    def is_progress_page(self, src_uri: str) -> bool:
        return self.progress_page is not None and src_uri == self.progress_page.src_uri

    def is_questions_page(self, src_uri: str) -> bool:
        return self.questions_page is not None and src_uri == self.questions_page.src_uri


def generated_files(config: MkDocsConfig, options: Any, files: Files) -> GeneratedFiles:
    """The bank's files for a build (``options`` is the plugin's configuration)."""
    listed = nav_titles(config.nav)
    tables = any(_extension_name(ext) in ("tables", "extra") for ext in config.markdown_extensions)
    key_page = options.answer_key_page if answer_key_wanted(options.answer_key) else ""

    def listed_page(path: str, front_matter: str) -> File:
        in_nav = config.nav is None or path in listed
        inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
        return File.generated(config, path, content=front_matter, inclusion=inclusion)

    questions_page = listed_page(options.questions_page, QUESTIONS_FRONT_MATTER) if options.questions_page else None
    progress_page = None
    if options.progress_page:
        progress_page = listed_page(options.progress_page, progress_front_matter(options.strings))
    answer_key = None
    if key_page:
        answer_key = File.generated(
            config, key_page, content=ANSWER_KEY_FRONT_MATTER, inclusion=InclusionLevel.NOT_IN_NAV
        )
    json_file = File.generated(config, JSON_NAME, content="")
    generated = GeneratedFiles(json_file, questions_page, answer_key, tables, progress_page)
    for file in (generated.json, questions_page, answer_key, progress_page):
        if file is not None and files.get_file_from_path(file.src_uri) is not None:
            raise PluginError(f"quiz: {file.src_uri} would replace a file of the site: rename it, or set another name")
    return generated


def _extension_name(extension: object) -> str:
    name = extension if isinstance(extension, str) else type(extension).__module__
    return str(name).rsplit(".", 1)[-1]


def all_questions_markdown(chapters: list[Chapter], page_src_uri: str, answer_key_src_uri: str, tables: bool) -> str:
    """The Markdown of the "All questions" page, after its front matter."""
    page_link = relocator("", page_src_uri)  # from a docs-relative path to a link on this page
    total = sum(len(chapter) for chapter in chapters)
    lines = ["# All questions", ""]
    lines += [
        f"The site asks {total} question{'s' if total != 1 else ''} in {len(chapters)} "
        f"chapter{'s' if len(chapters) != 1 else ''}. Each one links to the page that asks it; "
        f"programs can read the same list from [{JSON_NAME}]({page_link(JSON_NAME)}).",
        "",
    ]
    if answer_key_src_uri:
        lines += [f"Reviewers: this preview build also has the [answer key]({page_link(answer_key_src_uri)}).", ""]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    if tables:
        lines.append(row(["Chapter", *(label for _, label in TYPE_COLUMNS), "All", "Code output"]))
        lines.append(row([":--", *("--:" for _ in TYPE_COLUMNS), "--:", "--:"]))
        for chapter in chapters:
            numbers = [str(chapter.counts[kind]) for kind, _ in TYPE_COLUMNS]
            link = f"[{chapter.title}]({page_link(chapter.first_page)})"
            lines.append(row([link, *numbers, str(len(chapter)), str(chapter.code_output)]))
        all_numbers = [str(sum(chapter.counts[kind] for chapter in chapters)) for kind, _ in TYPE_COLUMNS]
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
    for choice in question.choices:
        label = (
            ("Accepted" if choice.correct else "Anticipated wrong answer")
            if short
            else ("Right" if choice.correct else "Wrong")
        )
        body = [code_span(short_answer_text(choice.body.text))] if short else markdown(choice.body)
        lines.append(f"- **{label}:** {body[0]}")
        lines += [f"    {line}" if line else "" for line in body[1:]]
        if choice.feedback is not None:
            lines.append("")
            lines += [f"    > {line}".rstrip() for line in markdown(choice.feedback)]
        lines.append("")
    if question.hint is not None:
        lines += ["**Hint:**", "", *markdown(question.hint), ""]
    if question.explanation is not None:
        lines += ["**Explanation:**", "", *markdown(question.explanation), ""]
    return lines


def code_span(text: str) -> str:
    """``text`` as inline code, whatever backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
