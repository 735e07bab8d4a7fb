"""The question bank of a build, gathered page by page as MkDocs renders the pages.

Each page's questions are parsed once, by the page's own conversion. What ``quizzes.json`` and the
"All questions" page need of them is kept as text (a line of JSON, an HTML list item) and counts, so
that a big site does not hold every parsed question to the end of its build: with 10,000 questions,
holding them cost the build 0.9 s more in the garbage collector. Only a preview build that writes the
answer key keeps the questions themselves.

The pages that list questions are written once every page has been rendered (``on_env``).
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.model import Question, QuestionType
from ..core.preview import inline_html, preview
from ..core.strings import ENGLISH
from ..snippets.recordings import SnippetStore
from .entries import BankEntry, QuestionBank, SitePage, page_entries, type_label
from .links import relative_url


@dataclass
class Chapter:
    """A chapter's line in the "All questions" page, and its list of questions."""

    title: str
    first_page: str  # the source path (src_uri) of its first page
    first_url: str = ""  # the URL of its first page, relative to the site root ("gc/")
    counts: Counter[QuestionType] = field(default_factory=Counter)
    code_output: int = 0
    items: list[str] = field(default_factory=list)  # an HTML list item for each question

    def __len__(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class PageQuestions:
    """A page's questions, as lists of chapters and the progress page show them."""

    url: str  # the page's URL, relative to the site root ("gc/")
    chapter: str
    ids: tuple[str, ...]
    hashes: tuple[str, ...]  # each question's content hash: progress is kept under id and hash
    previews: tuple[str, ...]  # each question's one-line preview, as HTML ("" on a site without a progress page)

    def data(self) -> str:
        """``id:hash id:hash ...``: what the browser script needs to read the reader's progress."""
        return " ".join(f"{qid}:{content_hash}" for qid, content_hash in zip(self.ids, self.hashes, strict=True))


@dataclass
class _Page:
    url: str
    chapter: str
    kinds: list[QuestionType]
    code_output: int
    json_lines: list[str]  # a line of quizzes.json for each question
    items: list[str]
    entries: list[BankEntry]  # for the answer key, when there is one
    questions: PageQuestions | None = None


def json_fields(entry: BankEntry) -> dict[str, Any]:
    """A question's line in ``quizzes.json`` (no answers: those are in the export)."""
    return {
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


class BuildBank:
    def __init__(
        self,
        order: Sequence[str],
        list_page_url: str,
        store: SnippetStore | None,
        *,
        keep_entries: bool,
        strings: Mapping[str, str] = ENGLISH,
        json_lines: bool = True,
        list_items: bool = True,
        previews: bool = True,
    ) -> None:
        """``order``: the source paths of the site's pages in the build's order (the navigation's);
        ``list_page_url``: where the lists of each chapter's questions are (their links start there:
        every chapter's list is a page in the same folder); ``strings``: the site's interface strings (the
        kinds of questions in the lists).

        ``json_lines``, ``list_items``, ``previews``: whether to write each question's line of
        quizzes.json, its item in its chapter's list, its preview for the progress page. A site without
        those pages needs none of them, and a line of JSON and two of HTML per question are a good part
        of the bank's cost (about 0.03 ms a question, and their garbage)."""
        self.strings = strings
        self.list_page_url = list_page_url
        self.store = store
        self.keep_entries = keep_entries
        self.keeps_json_lines, self.keeps_list_items, self.keeps_previews = json_lines, list_items, previews
        self.order = {src_uri: index for index, src_uri in enumerate(order)}
        self.pages: dict[str, _Page] = {}
        self._links: dict[str, str] = {}

    def add(self, page: SitePage, questions: list[Question], hashes: Sequence[str] = ()) -> None:
        """Record a page's questions (those without problems, in page order), with their content hashes
        if the conversion gave them (else they are computed here)."""
        entries = page_entries(page, questions, self.store)
        chapter = entries[0].chapter if entries else ""
        record = _Page(page.url, chapter, [], 0, [], [], entries if self.keep_entries else [])
        previews = []
        for entry in entries:
            record.kinds.append(entry.question.type)
            record.code_output += entry.code_output
            if self.keeps_json_lines:
                record.json_lines.append(json.dumps(json_fields(entry), ensure_ascii=False))
            if self.keeps_list_items or self.keeps_previews:
                text = inline_html(preview(entry.question.stem))
                previews.append(text)
                if self.keeps_list_items:
                    record.items.append(self._list_item(entry, text))
        if entries:
            record.questions = PageQuestions(
                page.url,
                chapter,
                tuple(entry.id for entry in entries),
                tuple(hashes)
                if len(hashes) == len(entries)
                else tuple(entry.question.content_hash(entry.shown_code) for entry in entries),
                tuple(previews) if self.keeps_previews else ("",) * len(entries),
            )
        self.pages[page.source.src_uri] = record

    def chapters(self) -> list[Chapter]:
        chapters: dict[str, Chapter] = {}
        for src_uri, page in self._in_order():
            if not page.kinds:
                continue
            chapter = chapters.setdefault(page.chapter, Chapter(page.chapter, src_uri, page.url))
            chapter.counts.update(page.kinds)
            chapter.code_output += page.code_output
            chapter.items += page.items
        return list(chapters.values())

    def page_questions(self) -> list[PageQuestions]:
        """Every page that asks questions, in site order."""
        return [page.questions for _, page in self._in_order() if page.questions is not None]

    def quizzes_json(self) -> str:
        """The machine-readable index of every question, one question per line (readable, diff-friendly)."""
        lines = [line for _, page in self._in_order() for line in page.json_lines]
        return '{"questions": [\n' + ",\n".join(lines) + ("\n" if lines else "") + "]}\n"

    def bank(self) -> QuestionBank:
        """Every question with its page (``keep_entries`` only)."""
        return QuestionBank([entry for _, page in self._in_order() for entry in page.entries])

    def _in_order(self) -> list[tuple[str, _Page]]:
        return sorted(self.pages.items(), key=lambda item: self.order.get(item[0], len(self.order)))

    def _list_item(self, entry: BankEntry, text: str) -> str:
        link = self._links.get(entry.page.url)
        if link is None:
            link = self._links[entry.page.url] = relative_url(entry.page.url, self.list_page_url)
        kind = type_label(entry.question, self.strings)
        if entry.code_output:
            kind += f", {self.strings['code_output']}"
        target, kind = html.escape(f"{link}#{entry.anchor}"), html.escape(kind, quote=False)
        return f'<li><a href="{target}"><code>{entry.id}</code></a>: {text} <em>({kind})</em></li>'
