"""The files the MkDocs plugin adds to a build from the question bank, each only where the site asks
for it: the machine-readable list of questions (``quizzes_json``), the "All questions" page
(``questions_page``), the reader's "Your progress" page (``progress_page``) and the reviewers' "Answer
key" (``answer_key``). None is in the navigation unless ``nav`` lists it.

The pages that ``nav`` may list are added before any page is rendered, and their content is written
once every page they list has been rendered (``QuizPlugin.on_env``). The pages of each chapter's
questions and answers are added then too: the chapters are the titles of the rendered pages. They go
into the folder named after their page (``questions.md``: ``questions/``), which the plugin claims
whole, so that a page of the site can never be replaced by one of them, whatever the chapters are.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from ..bank.progress import progress_front_matter
from .config import answer_key_wanted
from .navigation import nav_titles
from .source import config_dir, display_path

# Out of search: every question is indexed on its own page already, and a search would list it twice.
SEARCH_EXCLUDED = "search:\n  exclude: true\n"
# What each option adds, for the messages that name it.
WHAT = {
    "quizzes_json": "list of questions",
    "questions_page": '"All questions" page',
    "answer_key_page": '"Answer key"',
    "progress_page": '"Your progress" page',
}


def listing_front_matter(title: str) -> str:
    """The front matter of a page that lists questions: its title (in the site's language), out of search."""
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n{SEARCH_EXCLUDED}---\n"


@dataclass(frozen=True)
class GeneratedFiles:
    """The files the bank adds to a build; their content is written later (see the module's text)."""

    json: File | None
    questions_page: File | None
    answer_key: File | None
    tables: bool  # whether the Markdown of the pages may use tables
    progress_page: File | None = None
    chapter_list_url: str = ""  # the URL of a chapter's page of "All questions" ("questions/x/")
    added: tuple[File, ...] = ()  # every file above that the build has

    @property
    def pages(self) -> set[str]:
        files = (self.questions_page, self.answer_key, self.progress_page)
        return {page.src_uri for page in files if page is not None}

    def is_progress_page(self, src_uri: str) -> bool:
        return self.progress_page is not None and src_uri == self.progress_page.src_uri

    def is_questions_page(self, src_uri: str) -> bool:
        return self.questions_page is not None and src_uri == self.questions_page.src_uri


def chapter_folder(path: str) -> str:
    """The folder of the chapters' pages of a page that lists them: ``questions.md`` -> ``questions``."""
    return posixpath.splitext(path)[0]


def generated_files(config: MkDocsConfig, options: Any, files: Files, strings: Mapping[str, str]) -> GeneratedFiles:
    """The bank's files for a build (``options`` is the plugin's configuration; ``strings`` the site's
    interface strings, which title the pages). A file or a folder that would replace one of the site's,
    or that two options name, stops the build with an error naming the option (``PluginError``: MkDocs
    prints its message alone, the linter reports it as it is)."""
    listed = nav_titles(config.nav)
    tables = any(_extension_name(ext) in ("tables", "extra") for ext in config.markdown_extensions)
    claims = _Claims(config, files)

    def page(option: str, front_matter: str, in_nav: bool, chapters: bool = False) -> File | None:
        path = options[option]
        if not path:
            return None
        claims.claim(option, path, chapters)
        inclusion = InclusionLevel.UNDEFINED if in_nav and path in listed else InclusionLevel.NOT_IN_NAV
        return File.generated(config, path, content=front_matter, inclusion=inclusion)

    questions_page = page(
        "questions_page", listing_front_matter(strings["questions_title"]), in_nav=True, chapters=True
    )
    progress_page = page("progress_page", progress_front_matter(strings), in_nav=True)
    answer_key = None
    if answer_key_wanted(options.answer_key):
        answer_key = page(
            "answer_key_page", listing_front_matter(strings["answer_key_title"]), in_nav=False, chapters=True
        )
    json_file = None
    if options.quizzes_json:
        claims.claim("quizzes_json", options.quizzes_json)
        json_file = File.generated(config, options.quizzes_json, content="")
    chapter_list_url = ""
    if questions_page is not None:
        # Every chapter's page is in the same folder, so links from any of them are written alike.
        example = f"{chapter_folder(questions_page.src_uri)}/chapter.md"
        chapter_list_url = File(example, None, config.site_dir, config.use_directory_urls).url
    added = tuple(file for file in (json_file, questions_page, answer_key, progress_page) if file is not None)
    return GeneratedFiles(json_file, questions_page, answer_key, tables, progress_page, chapter_list_url, added)


class _Claims:
    """The paths the options name, checked against the site's files and against each other."""

    def __init__(self, config: MkDocsConfig, files: Files) -> None:
        self.config = config
        self.files = files
        self.claimed: dict[str, str] = {}  # path or folder/ -> option

    def claim(self, option: str, path: str, folder: bool = False) -> None:
        wanted = [path, chapter_folder(path) + "/"] if folder else [path]
        for claimed_path, other in self.claimed.items():
            if any(_overlaps(mine, claimed_path) for mine in wanted):
                raise PluginError(
                    f"quizblocks: `{option}: {path}` and `{other}` would both write {claimed_path}: set one of "
                    "them to another path"
                )
        existing = self.files.get_file_from_path(path)
        if existing is not None:
            raise PluginError(
                f"quizblocks: `{option}: {path}` would replace {self._shown(existing)}, a file of the site: "
                f'rename that file, or set `{option}` to another path ("" for no {WHAT[option]})'
            )
        if folder:
            inside = wanted[1]
            clash = next((file for file in self.files if file.src_uri.startswith(inside)), None)
            if clash is not None:
                raise PluginError(
                    f"quizblocks: `{option}: {path}` writes a page per chapter into the folder {inside}, but "
                    f"{self._shown(clash)} is a file of the site there: move that file, or set `{option}` to "
                    "another path"
                )
        for claimed in wanted:
            self.claimed[claimed] = option

    def _shown(self, file: File) -> str:
        """A file of the site as its author knows it: relative to mkdocs.yml, if it has a source."""
        if file.abs_src_path:
            return display_path(file.abs_src_path, config_dir(self.config.config_file_path))
        return file.src_uri


def _overlaps(path: str, other: str) -> bool:
    """Whether two claims meet: the same file, or a file in a claimed folder (``x/``)."""
    return (
        path == other
        or (other.endswith("/") and path.startswith(other))
        or (path.endswith("/") and other.startswith(path))
    )


def _extension_name(extension: object) -> str:
    name = extension if isinstance(extension, str) else type(extension).__module__
    return str(name).rsplit(".", 1)[-1]
