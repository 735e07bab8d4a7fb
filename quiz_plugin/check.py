"""Check question blocks exactly as the build does, without building: for the linter, the question
bank and the export.

The build checks a page when Python-Markdown runs the extension's preprocessor on it: the parser, the
validator, the code-output check against recorded snippet output and the snippet blocks all run there.
``PageChecker`` runs that same preprocessor, and nothing else of Markdown, on a page's source, so a
rule added to the extension applies to the linter with no change here. ``register_ids`` applies the
one site-wide rule (ids are unique) and is what the plugin calls too, page by page in build order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from markdown import Markdown
from mkdocs.utils.meta import get_data

from .extension import QuizExtension, normalized_lines
from .model import LocatedProblem, Question
from .validate import IdRegistry, QuestionPlace


@dataclass(frozen=True)
class SourcePage:
    """A page's Markdown as MkDocs hands it to Python-Markdown, and where it came from."""

    path: str  # as problems name it, for example docs/gc.md
    markdown: str  # the source without its front matter
    line_offset: int = 0  # source lines before ``markdown`` (front matter)
    meta: Mapping[str, Any] = field(default_factory=dict)  # the front matter
    src_uri: str = ""  # relative to the docs directory, for a page of the site
    file: str = ""  # the absolute path of the source file, if it has one

    @classmethod
    def from_source(cls, path: str, source: str, src_uri: str = "", file: str = "") -> SourcePage:
        """Split off the front matter with MkDocs' own function, counting the lines it removed."""
        markdown, meta = get_data(source)
        return cls(path, markdown, front_matter_lines(source, markdown), meta, src_uri, file)

    @classmethod
    def read(cls, file: str, path: str, src_uri: str = "") -> SourcePage:
        # As MkDocs reads pages: UTF-8 with an optional BOM, universal newlines.
        with open(file, encoding="utf-8-sig", errors="strict") as handle:
            return cls.from_source(path, handle.read(), src_uri, os.path.abspath(file))


def front_matter_lines(source: str, markdown: str) -> int:
    """How many lines of a page's source come before the Markdown MkDocs renders (its front matter)."""
    if markdown and source.endswith(markdown):
        return source[: len(source) - len(markdown)].count("\n")
    return 0


@dataclass
class PageCheck:
    page: SourcePage
    questions: list[Question]  # the questions without problems, in page order
    problems: list[LocatedProblem]


def display_path(file: str, base_dir: str) -> str:
    """A source file's path as contributors type it: relative to the directory of mkdocs.yml."""
    return os.path.relpath(file, base_dir).replace(os.sep, "/")


def config_dir(config_file_path: str | None) -> str:
    """The directory of mkdocs.yml, which the plugin's paths and problem locations are relative to."""
    return os.path.dirname(config_file_path or "") or os.getcwd()


def snippets_dir(config_file_path: str | None, configured: str) -> str:
    """The plugin's ``snippets_dir`` resolved against the directory of mkdocs.yml ("" if absent)."""
    directory = os.path.join(config_dir(config_file_path), configured)
    return directory if os.path.isdir(directory) else ""


class PageChecker:
    """Runs the build's own checks on one page at a time."""

    def __init__(
        self,
        strings: Mapping[str, str],
        snippets_dir: str = "",
        like: QuizExtension | None = None,
        predict_first: bool = False,
    ) -> None:
        """With ``like``, the checker shares that extension's analyses, so a build parses each page once."""
        self.extension = QuizExtension(strings=dict(strings), snippets_dir=snippets_dir, predict_first=predict_first)
        if like is not None:
            self.extension.analyses = like.analyses
        self.extension.report = lambda problem: None  # collected from the conversion instead of logged
        self._preprocessor = Markdown(extensions=[self.extension]).preprocessors["quiz"]

    def check(self, page: SourcePage) -> PageCheck:
        if not page.markdown.strip():
            return PageCheck(page, [], [])  # Python-Markdown does not run preprocessors on a blank page
        self.extension.set_page(page.path, page.line_offset)
        self._preprocessor.run(page.markdown.split("\n"))
        conversion = self.extension.last
        return PageCheck(page, list(conversion.questions), list(conversion.problems))

    def questions(self, page: SourcePage) -> list[Question]:
        """The page's questions without problems, from the parser and the validator alone: what the
        build's question bank needs of a page it lists before the page is rendered (the build reports
        the problems when it renders the page, and its preprocessor finds this analysis remembered)."""
        if not page.markdown.strip():
            return []
        _, checked = self.extension.analyse(normalized_lines(page.markdown.split("\n")))
        return [block.question for block, problems in checked if block.question is not None and not problems]


def register_ids(
    registry: IdRegistry, path: str, line_offset: int, questions: Iterable[Question]
) -> list[LocatedProblem]:
    """Add a page's questions to the site's ids; a problem for each id some earlier page already used."""
    problems = []
    for question in questions:
        problem = registry.add(QuestionPlace(question.id, path, question.line + line_offset))
        if problem is not None:
            problems.append(problem)
    return problems
