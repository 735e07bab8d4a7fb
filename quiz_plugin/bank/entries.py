"""The question bank: every question of the site, the page and chapter it belongs to, what it is about.

A build gathers it as it renders the pages (``build``); the exporter runs the build's own steps to get
it. A question's **chapter** is the title of its page, as the host gives it (MkDocs: the page's title
in the navigation, from ``nav``, the front matter or the first heading).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..core.model import Question
from ..snippets.code_output import VERSION_IN_TEXT_RE
from ..snippets.recordings import SnippetError, SnippetStore, Version


@dataclass(frozen=True)
class SourcePage:
    """A page's Markdown as MkDocs hands it to Python-Markdown, and where it came from."""

    path: str  # as problems name it, for example docs/gc.md
    markdown: str  # the source without its front matter
    line_offset: int = 0  # source lines before ``markdown`` (front matter)
    meta: Mapping[str, Any] = field(default_factory=dict)  # the front matter
    src_uri: str = ""  # relative to the docs directory, for a page of the site
    file: str = ""  # the absolute path of the source file, if it has one


@dataclass(frozen=True)
class SitePage:
    """A documentation page of the site, as the build will publish it."""

    source: SourcePage
    url: str  # relative to the site root, for example "gc/" ("" for the home page)
    title: str = ""  # the page's title as the host shows it: the chapter of its questions


@dataclass(frozen=True)
class BankEntry:
    question: Question
    page: SitePage
    chapter: str
    shown_code: str = ""  # the code a code-output question shows under its text

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def location(self) -> str:
        """``docs/gc.md:41``: where the question's header is."""
        return f"{self.page.source.path}:{self.line}"

    @property
    def line(self) -> int:
        return self.question.line + self.page.source.line_offset

    @property
    def anchor(self) -> str:
        return f"quiz-{self.question.id}"  # the id render.render_question gives the question's element

    @property
    def url(self) -> str:
        return f"{self.page.url}#{self.anchor}"

    @property
    def snippet(self) -> str | None:
        setting = self.question.settings.get("snippet")
        return setting.value.strip() if setting else None

    @property
    def versions(self) -> list[str]:
        """The CPython versions a code-output question's answer key was checked against."""
        return question_versions(self.question)

    @property
    def code_output(self) -> bool:
        return self.snippet is not None


@dataclass
class QuestionBank:
    entries: list[BankEntry]

    def __len__(self) -> int:
        return len(self.entries)

    def chapters(self) -> list[str]:
        """Chapter titles in site order."""
        return list(dict.fromkeys(entry.chapter for entry in self.entries))

    def in_chapter(self, chapter: str) -> list[BankEntry]:
        return [entry for entry in self.entries if entry.chapter == chapter]


def question_versions(question: Question) -> list[str]:
    """``version: 3.12, 3.13`` gives those; ``prints:`` the versions its answers name; others none."""
    settings = question.settings
    try:
        if "version" in settings:
            return [str(Version.parse(part)) for part in settings["version"].value.split(",")]
        if "prints" in settings:
            named = (VERSION_IN_TEXT_RE.search(choice.body.text) for choice in question.choices)
            versions = {Version.parse(match[1]) for match in named if match}
            return [str(version) for version in sorted(versions)]
    except SnippetError:
        pass  # a question the build rejects; it is not in the bank
    return []


def page_entries(page: SitePage, questions: list[Question], store: SnippetStore | None) -> list[BankEntry]:
    """A page's questions as bank entries, in the chapter the page is (its title)."""
    chapter = page.title or page.source.src_uri or page.source.path
    return [BankEntry(question, page, chapter, shown_code(store, question)) for question in questions]


def shown_code(store: SnippetStore | None, question: Question) -> str:
    """The code a code-output question shows under its text ("" for other questions)."""
    setting = question.settings.get("snippet")
    if setting is None or store is None:
        return ""
    try:
        return store.get(setting.value).code
    except SnippetError:
        return ""


def type_label(question: Question, strings: Mapping[str, str]) -> str:
    """The kind of a question in the site's words: the interface string ``type_<type>`` (``type_single``,
    ``type_true_false``), or ``type_numeric`` for a short answer that is a number."""
    if question.numeric:
        return strings["type_numeric"]
    return strings["type_" + question.type.value.replace("-", "_")]
