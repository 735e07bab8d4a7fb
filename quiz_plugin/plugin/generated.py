"""The files the MkDocs plugin adds to a build from the question bank: ``quizzes.json``, the "All
questions" page, the reader's "Your progress" page where the site asks for it, and, in preview builds
only, the reviewers' "Answer key" page.

The files are added before any page is rendered (the navigation lists them); their content is written
once every page they list has been rendered (``QuizPlugin.on_env``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from ..bank.progress import progress_front_matter
from .config import answer_key_wanted
from .navigation import nav_titles

JSON_NAME = "quizzes.json"


def listing_front_matter(title: str) -> str:
    # Out of search: every question is indexed on its own page already, and a search would list it twice.
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsearch:\n  exclude: true\n---\n"


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


def generated_files(config: MkDocsConfig, options: Any, files: Files, strings: Mapping[str, str]) -> GeneratedFiles:
    """The bank's files for a build (``options`` is the plugin's configuration; ``strings`` the site's
    interface strings, which title the pages)."""
    listed = nav_titles(config.nav)
    tables = any(_extension_name(ext) in ("tables", "extra") for ext in config.markdown_extensions)
    key_page = options.answer_key_page if answer_key_wanted(options.answer_key) else ""

    def listed_page(path: str, front_matter: str) -> File:
        in_nav = config.nav is None or path in listed
        inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
        return File.generated(config, path, content=front_matter, inclusion=inclusion)

    questions_page = None
    if options.questions_page:
        questions_page = listed_page(options.questions_page, listing_front_matter(strings["questions_title"]))
    progress_page = None
    if options.progress_page:
        progress_page = listed_page(options.progress_page, progress_front_matter(strings))
    answer_key = None
    if key_page:
        content = listing_front_matter(strings["answer_key_title"])
        answer_key = File.generated(config, key_page, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
    json_file = File.generated(config, JSON_NAME, content="")
    generated = GeneratedFiles(json_file, questions_page, answer_key, tables, progress_page)
    for file in (generated.json, questions_page, answer_key, progress_page):
        if file is not None and files.get_file_from_path(file.src_uri) is not None:
            raise PluginError(f"quiz: {file.src_uri} would replace a file of the site: rename it, or set another name")
    return generated


def _extension_name(extension: object) -> str:
    name = extension if isinstance(extension, str) else type(extension).__module__
    return str(name).rsplit(".", 1)[-1]
