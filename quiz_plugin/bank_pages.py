"""What every build writes from the question bank: ``quizzes.json``, the "All questions" page and, in
preview builds only, the reviewers' "Answer key" page.

The pages are Markdown generated before any page is rendered, so they go through the same Markdown
extensions as the rest (the answer key shows each linked snippet with a ``/// snippet`` block) and the
strict build checks their links, including the anchor of every question they link to.
"""

from __future__ import annotations

import html
import json
import os
import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from .answers import short_answer_text
from .bank import BankEntry, QuestionBank, SitePage, collect, nav_titles, type_label
from .check import PageCheck, PageChecker, SourcePage, display_path
from .config import answer_key_wanted
from .links import relocator, rewrite_links
from .model import Fragment, QuestionType

JSON_NAME = "quizzes.json"
TYPE_COLUMNS = (
    (QuestionType.SINGLE, "Single choice"),
    (QuestionType.MULTIPLE, "Multiple choice"),
    (QuestionType.TRUE_FALSE, "True or false"),
    (QuestionType.SHORT, "Short answer"),
)
PREVIEW_STOP_RE = re.compile(r"^(?:[ ]{0,3}(?:`{3,}|~{3,}|/{3,}|--8<--|!!!|\?\?\?|[-*+] |\d+[.)] |>|\||#)|[ ]{4,})")
LINK_TEXT_RE = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\([^)]*\)|\[[^\]]*\])")
PREVIEW_LENGTH = 150
# Where the "All questions" page's Markdown leaves the list of a chapter's questions (see question_lists).
QUESTION_LIST = "<!-- quiz: the questions of chapter {number} -->"
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
STRONG_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
ESCAPED_RE = re.compile(r"\\([!-/:-@\[-`{-~])")


def site_pages(files: Files, config: MkDocsConfig) -> list[SitePage]:
    """The documentation pages of a build, in build order, with their sources."""
    base_dir = os.path.dirname(config.config_file_path or "") or os.getcwd()
    pages = []
    for file in files.documentation_pages():
        try:
            content = file.content_string
        except (OSError, UnicodeDecodeError):
            continue  # MkDocs reports it when it reads the page
        path = display_path(file.abs_src_path, base_dir) if file.abs_src_path else file.src_uri
        pages.append(SitePage(SourcePage.from_source(path, content, file.src_uri, file.abs_src_path or ""), file.url))
    return pages


def site_bank(files: Files, config: MkDocsConfig, checker: PageChecker) -> QuestionBank:
    """The bank of a build's pages, checked (silently: the build reports problems as it renders)."""
    pages = site_pages(files, config)
    checked = [(page, PageCheck(page.source, checker.questions(page.source), [])) for page in pages]
    return collect(checked, checker.extension.snippets, config.nav)


def generated_files(bank: QuestionBank, config: MkDocsConfig, options: Any, files: Files) -> list[File]:
    """The files the bank adds to a build (``options`` is the plugin's configuration)."""
    listed = nav_titles(config.nav)
    tables = any(_extension_name(ext) in ("tables", "extra") for ext in config.markdown_extensions)
    key_page = options.answer_key_page if answer_key_wanted(options.answer_key) else ""
    generated = [File.generated(config, JSON_NAME, content=quizzes_json(bank))]
    if options.questions_page:
        in_nav = config.nav is None or options.questions_page in listed
        content = all_questions_markdown(bank, options.questions_page, key_page, tables)
        inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
        generated.append(File.generated(config, options.questions_page, content=content, inclusion=inclusion))
    if key_page:
        content = answer_key_markdown(bank, key_page)
        generated.append(File.generated(config, key_page, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    for file in generated:
        if files.get_file_from_path(file.src_uri) is not None:
            raise PluginError(f"quiz: {file.src_uri} would replace a file of the site: rename it, or set another name")
    return generated


def _extension_name(extension: object) -> str:
    name = extension if isinstance(extension, str) else type(extension).__module__
    return str(name).rsplit(".", 1)[-1]


def quizzes_json(bank: QuestionBank) -> str:
    """The machine-readable index of every question (no answers: those are in the export)."""
    questions = [
        {
            "id": entry.id,
            "page": entry.page.url,
            "anchor": entry.anchor,
            "url": entry.url,
            "source": entry.page.source.path,
            "line": entry.line,
            "chapter": entry.chapter,
            "type": entry.question.type.value,
            "numeric": entry.question.numeric,
            "versions": entry.versions,
            "snippet": entry.snippet,
        }
        for entry in bank.entries
    ]
    # One question per line: readable, diff-friendly, and written by json's C encoder (indent= is not).
    lines = ",\n".join(json.dumps(question, ensure_ascii=False) for question in questions)
    return '{"questions": [\n' + lines + ("\n" if questions else "") + "]}\n"


def preview(stem: Fragment, length: int = PREVIEW_LENGTH) -> str:
    """The first paragraph of a question's text, on one line, links reduced to their text."""
    words: list[str] = []
    for line in stem.lines:
        if not line.strip() or PREVIEW_STOP_RE.match(line):
            break
        words += line.split()
    text = LINK_TEXT_RE.sub(r"\1", " ".join(words))
    if len(text) > length:
        text = text[:length].rsplit(" ", 1)[0]
        if text.count("`") % 2:
            text = text[: text.rfind("`")].rstrip()
        text += " …"
    return text


def all_questions_markdown(bank: QuestionBank, page_src_uri: str, answer_key_src_uri: str, tables: bool) -> str:
    counts = bank.counts()
    chapters = bank.chapters()
    first_page = {chapter: bank.in_chapter(chapter)[0].page.source.src_uri for chapter in chapters}
    page_link = relocator("", page_src_uri)  # from a docs-relative path to a link on this page

    # Out of search: every question is indexed on its own page already, and a search would list it twice.
    lines = ["---", "title: All questions", "search:", "  exclude: true", "---", "", "# All questions", ""]
    lines += [
        f"The site asks {len(bank)} question{'s' if len(bank) != 1 else ''} in {len(chapters)} "
        f"chapter{'s' if len(chapters) != 1 else ''}. Each one links to the page that asks it; "
        f"programs can read the same list from [{JSON_NAME}]({page_link(JSON_NAME)}).",
        "",
    ]
    if answer_key_src_uri:
        lines += [f"Reviewers: this preview build also has the [answer key]({page_link(answer_key_src_uri)}).", ""]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    total = {kind: sum(counts[chapter][kind] for chapter in chapters) for kind, _ in TYPE_COLUMNS}
    code_output = {chapter: sum(entry.code_output for entry in bank.in_chapter(chapter)) for chapter in chapters}
    if tables:
        lines.append(row(["Chapter", *(label for _, label in TYPE_COLUMNS), "All", "Code output"]))
        lines.append(row([":--", *("--:" for _ in TYPE_COLUMNS), "--:", "--:"]))
        for chapter in chapters:
            numbers = [str(counts[chapter][kind]) for kind, _ in TYPE_COLUMNS]
            link = f"[{chapter}]({page_link(first_page[chapter])})"
            lines.append(row([link, *numbers, str(sum(counts[chapter].values())), str(code_output[chapter])]))
        all_numbers = [str(total[kind]) for kind, _ in TYPE_COLUMNS]
        lines.append(row(["**All**", *all_numbers, f"**{len(bank)}**", str(sum(code_output.values()))]))
    else:
        for chapter in chapters:
            parts = [
                f"{counts[chapter][kind]} {label.lower()}" for kind, label in TYPE_COLUMNS if counts[chapter][kind]
            ]
            lines.append(
                f"- [{chapter}]({page_link(first_page[chapter])}): {sum(counts[chapter].values())} "
                f"({', '.join(parts)}; {code_output[chapter]} code output)"
            )
    lines.append("")

    for number, chapter in enumerate(chapters):
        lines += [f"## {chapter}", "", QUESTION_LIST.format(number=number), ""]
    return "\n".join(lines)


def question_lists(bank: QuestionBank, page_url: str) -> list[str]:
    """The HTML list of each chapter's questions, for the "All questions" page at ``page_url``.

    They are written as HTML into the converted page (``fill_question_lists``): a thousand list items
    through Python-Markdown's inline patterns took 0.2 s, a sixth of a whole build (benchmarks/)."""
    links: dict[str, str] = {}  # a link to each page, from this one
    lists = []
    for chapter in bank.chapters():
        items = []
        for entry in bank.in_chapter(chapter):
            kind = type_label(entry.question) + (", code output" if entry.code_output else "")
            link = links.get(entry.page.url) or links.setdefault(
                entry.page.url, get_relative_url(entry.page.url, page_url)
            )
            target = html.escape(f"{link}#{entry.anchor}")
            text = inline_html(preview(entry.question.stem))
            items.append(f'<li><a href="{target}"><code>{entry.id}</code></a>: {text} <em>({kind})</em></li>')
        lists.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return lists


def fill_question_lists(page_html: str, lists: list[str]) -> str:
    """The converted "All questions" page with each chapter's list where its Markdown left a mark."""
    for number, listing in enumerate(lists):
        page_html = page_html.replace(QUESTION_LIST.format(number=number), listing, 1)
    return page_html


def inline_html(text: str) -> str:
    """A one-line preview as HTML: code spans, ``**strong**``, ``*emphasis*`` and backslash escapes of
    Markdown; everything else is text. (Previews never hold links or raw HTML: ``preview`` removed them.)"""
    parts = []
    position = 0
    for match in CODE_SPAN_RE.finditer(text):
        parts.append(_emphasis_html(text[position : match.start()]))
        code = match[2].replace("\n", " ")
        if code.startswith(" ") and code.endswith(" ") and code.strip():
            code = code[1:-1]
        parts.append(f"<code>{html.escape(code, quote=False)}</code>")
        position = match.end()
    parts.append(_emphasis_html(text[position:]))
    return "".join(parts)


def _emphasis_html(text: str) -> str:
    # Split at backslash escapes first (odd items are the escaped characters), so `\*` is never emphasis.
    pieces = ESCAPED_RE.split(text)
    for index, piece in enumerate(pieces):
        piece = html.escape(piece, quote=False)
        if index % 2 == 0:
            piece = EMPHASIS_RE.sub(r"<em>\1</em>", STRONG_RE.sub(r"<strong>\1</strong>", piece))
        pieces[index] = piece
    return "".join(pieces)


def answer_key_markdown(bank: QuestionBank, page_src_uri: str) -> str:
    lines = ["---", "title: Answer key", "search:", "  exclude: true", "---", "", "# Answer key", ""]
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

    def markdown(fragment: Fragment) -> list[str]:
        return rewrite_links(fragment.text, move).split("\n")

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
