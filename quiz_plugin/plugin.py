"""The MkDocs plugin: registers the Markdown extension, ships the assets, checks ids across the site,
and writes the question bank's files (``bank_pages``).

Kept thin on purpose: parsing, validation and rendering live in the extension, so the site renders the
same under MkDocs, ProperDocs or a bare Python-Markdown call.
"""

from __future__ import annotations

import logging

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from .assets import Asset, build_assets
from .bank import SitePage
from .bank_build import BuildBank
from .bank_pages import (
    GeneratedFiles,
    all_questions_markdown,
    answer_key_markdown,
    fill_question_lists,
    generated_files,
)
from .check import PageChecker, SourcePage, config_dir, display_path, front_matter_lines, register_ids, snippets_dir
from .config import QuizConfig
from .extension import QuizExtension
from .model import LocatedProblem
from .search_view import SearchView, search_view
from .validate import IdRegistry

# A plain logger under "mkdocs" (not get_plugin_logger, which prefixes "[quiz]"): its warnings count
# in --strict, and each line reads exactly `docs/page.md:12: message`.
log = logging.getLogger("mkdocs.plugins.quiz")


class QuizPlugin(BasePlugin[QuizConfig]):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__
    def __init__(self) -> None:
        self.extension = QuizExtension()
        self.script: Asset | None = None
        self.style: Asset | None = None
        self.ids = IdRegistry()
        self.problems: list[LocatedProblem] = []
        self.pages_with_questions: dict[str, list[str]] = {}  # the ids of each page's questions
        self.search_views: dict[str, SearchView] = {}
        self.checker: PageChecker | None = None
        self.generated: GeneratedFiles | None = None
        self.bank: BuildBank | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        strings = self.config.strings  # already merged with the defaults by InterfaceStrings
        snippets = snippets_dir(config.config_file_path, self.config.snippets_dir)
        self.extension = QuizExtension(strings=strings, snippets_dir=snippets, predict_first=self.config.predict_first)
        self.checker = PageChecker(strings, snippets, like=self.extension)  # for pages the bank needs early
        self.extension.report = self._report
        # `mkdocs serve` runs on_config again on a reloaded config; never register twice.
        config.markdown_extensions[:] = [
            ext for ext in config.markdown_extensions if not isinstance(ext, QuizExtension)
        ]
        # MkDocs types the list as names, but Python-Markdown takes Extension instances too.
        config.markdown_extensions.append(self.extension)  # type: ignore[arg-type]
        self.script, self.style = build_assets(strings)
        self.ids, self.problems = IdRegistry(), []
        self.pages_with_questions = {}
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for asset in (self.script, self.style):
            assert asset is not None
            files.append(File.generated(config, asset.path, content=asset.content))
        self.generated = generated = generated_files(config, self.config, files)
        for file in (generated.json, generated.questions_page, generated.answer_key):
            if file is not None:
                files.append(file)
        list_page = generated.questions_page.url if generated.questions_page else ""
        keep = generated.answer_key is not None
        self.bank = BuildBank(
            config, files, list_page, self.extension.snippets, keep_entries=keep, generated=generated.pages
        )
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        path = _display_path(page, config)
        self.extension.set_page(path, _front_matter_lines(page, markdown))
        generated, bank = self.generated, self.bank
        if generated is None or bank is None or page.file.src_uri not in generated.pages:
            return markdown
        # A page that lists the questions: every other page must be known by now.
        assert self.checker is not None
        bank.complete(files, self.checker)
        key = generated.answer_key.src_uri if generated.answer_key else ""
        if generated.is_questions_page(page.file.src_uri):
            return all_questions_markdown(bank.chapters(), page.file.src_uri, key, generated.tables)
        return answer_key_markdown(bank.bank(), page.file.src_uri)

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        # Every page has been read and rendered: quizzes.json can be written.
        if self.generated is not None and self.bank is not None:
            assert self.checker is not None
            self.bank.complete(files, self.checker)
            self.generated.json.content_string = self.bank.quizzes_json()
        return env

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated, bank = self.generated, self.bank
        if generated is not None and bank is not None:
            if page.file.src_uri in generated.pages:
                if generated.is_questions_page(page.file.src_uri):
                    return fill_question_lists(html, bank.chapters())
                return html
            bank.add(self._site_page(page), self.extension.last.questions)
        questions = self.extension.last.questions
        if not questions:
            return html
        for problem in register_ids(self.ids, self.extension.page_path, self.extension.line_offset, questions):
            self._report(problem)
        self.pages_with_questions[page.file.src_uri] = [question.id for question in questions]
        assert self.script is not None
        # Inside the content, so that Material's instant navigation runs it on the pages that need it.
        src = get_relative_url(self.script.path, page.url)
        return f'{html}\n<script src="{src}" defer></script>'

    # Search plugins index the page in on_page_context at the default priority (0): before them, hand
    # them the page with each question reduced to its stem (search_view); after them, put it back.
    @event_priority(50)
    def _hand_search_the_stems(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        ids = self.pages_with_questions.get(page.file.src_uri)
        if ids and page.content is not None:
            view = search_view(page.content, ids)
            self.search_views[page.file.src_uri] = view
            page.content = view.view
        return context

    @event_priority(-50)
    def _restore_the_page(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        view = self.search_views.pop(page.file.src_uri, None)
        if view is not None and page.content is not None:
            page.content = view.restore(page.content)
        return context

    on_page_context = CombinedEvent(_hand_search_the_stems, _restore_the_page)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri not in self.pages_with_questions:
            return output
        assert self.style is not None
        href = get_relative_url(self.style.path, page.url)
        link = f'<link rel="stylesheet" href="{href}">'
        head_end = output.find("</head>")
        if head_end == -1:
            return link + output
        return output[:head_end] + link + output[head_end:]

    def _site_page(self, page: Page) -> SitePage:
        """The page just rendered, as the question bank knows pages."""
        extension = self.extension
        source = SourcePage(
            extension.page_path,
            page.markdown or "",
            extension.line_offset,
            page.meta,
            page.file.src_uri,
            page.file.abs_src_path or "",
        )
        return SitePage(source, page.file.url)

    def _report(self, problem: LocatedProblem) -> None:
        self.problems.append(problem)
        log.warning(str(problem))


def _display_path(page: Page, config: MkDocsConfig) -> str:
    """The page's path as a contributor types it: relative to the directory of mkdocs.yml."""
    source = page.file.abs_src_path
    if source is None:
        return page.file.src_uri
    return display_path(source, config_dir(config.config_file_path))


def _front_matter_lines(page: Page, markdown: str) -> int:
    try:
        return front_matter_lines(page.file.content_string, markdown)
    except (OSError, UnicodeDecodeError):
        return 0
