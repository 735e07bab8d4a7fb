"""The question bank: every question of the site, the page and chapter it belongs to, what it is about.

A build gathers it as it renders the pages (``bank_build``); the exporter runs the build's own steps to
get it (``dry_build``).

A question's **chapter** is the title of its page as the navigation shows it: the title given in the
``nav`` of mkdocs.yml; for a page listed without a title or not listed, its front-matter ``title``,
else its first level-1 heading, else its file name (the order MkDocs itself uses).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .code_output import VERSION_IN_TEXT_RE
from .fences import FenceMap
from .model import Question, QuestionType
from .recordings import SnippetError, SnippetStore, Version
from .source import SourcePage

ATX_H1_RE = re.compile(r"^#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*$")
ATTR_LIST_RE = re.compile(r"[ \t]*\{[^}]*\}[ \t]*$")


@dataclass(frozen=True)
class SitePage:
    """A documentation page of the site, as the build will publish it."""

    source: SourcePage
    url: str  # relative to the site root, for example "gc/" ("" for the home page)


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


def nav_titles(nav: Any) -> dict[str, str | None]:
    """Every page listed in a ``nav`` configuration, in order, with the title it is given (or None)."""
    found: dict[str, str | None] = {}

    def walk(item: Any, title: str | None) -> None:
        if isinstance(item, str):
            if "://" not in item and item.endswith(".md"):
                found.setdefault(posixpath.normpath(item), title)
        elif isinstance(item, list):
            for child in item:
                walk(child, None)
        elif isinstance(item, dict):
            for key, value in item.items():
                walk(value, str(key) if isinstance(value, str) else None)

    walk(nav or [], None)
    return found


def page_title(page: SourcePage, given: str | None = None, *, homepage: bool = False) -> str:
    if given:
        return given
    title = page.meta.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    lines = page.markdown.split("\n")
    fences = FenceMap(lines)
    for index, line in enumerate(lines):
        if fences.is_code(index):
            continue
        heading = ATX_H1_RE.match(line)
        if heading:
            return ATTR_LIST_RE.sub("", heading["title"]).strip()
    if homepage:
        return "Home"
    name = posixpath.splitext(posixpath.basename(page.src_uri or page.path))[0]
    title = name.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


def page_entries(
    page: SitePage, questions: list[Question], listed: Mapping[str, str | None], store: SnippetStore | None
) -> list[BankEntry]:
    """A page's questions as bank entries, in the chapter the page is (``listed``: ``nav_titles``)."""
    if not questions:
        return []
    homepage = page.url in ("", "./", "index.html")
    chapter = page_title(page.source, listed.get(page.source.src_uri), homepage=homepage)
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


def type_label(question: Question) -> str:
    labels: Mapping[QuestionType, str] = {
        QuestionType.SINGLE: "single choice",
        QuestionType.MULTIPLE: "multiple choice",
        QuestionType.TRUE_FALSE: "true or false",
        QuestionType.SHORT: "short answer",
    }
    label = labels[question.type]
    return f"{label} (a number)" if question.numeric else label
