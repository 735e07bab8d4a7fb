"""The MkDocs plugin: registers the Markdown extension, ships the assets, checks ids and links across the
site, writes the question bank's files (``generated``), and the question counts of lists of chapters
and the reader's progress page (``bank.progress``).

Kept thin on purpose: parsing, validation and rendering live in the extension, so the site renders the
same under MkDocs, ProperDocs or a bare Python-Markdown call. The linter and the exporter run this same
plugin through the build's own steps (``dry_build``), so they report exactly what a build reports.
"""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from ..bank.build import BuildBank
from ..bank.duplicates import IdHistory, IdRegistry, register_ids
from ..bank.entries import SitePage, SourcePage
from ..bank.progress import (
    annotate_chapter_lists,
    fill_progress,
    has_chapter_list,
    preview_files,
    progress_markdown,
)
from ..core.balance import Balance, ItemFacts, PackedFacts, Thresholds, packed_facts
from ..core.model import LocatedProblem
from ..core.strings import Strings, interface_strings
from ..extension.assets import Asset, build_assets
from ..extension.conversion import PageResult
from ..extension.extension import QuizExtension
from ..extension.render import RUN_BOX_MARKUP, SNIPPET_OUTPUT_MARKUP
from ..extension.search_view import SearchView, search_view
from .config import QuizConfig
from .generated import GeneratedFiles, generated_files
from .language import site_language
from .listings import Listings
from .navigation import page_order
from .question_links import PageLinks, broken_links
from .run_in_browser import Pyodide, find_pyodide, run_assets, site_files
from .source import config_dir, display_path, front_matter_lines, snippets_dir

if TYPE_CHECKING:  # MkDocs' template environment; the package does not depend on Jinja2 itself
    from jinja2 import Environment

# A plain logger under "mkdocs" (not get_plugin_logger, which prefixes "[quiz]"): its warnings count
# in --strict, and each line reads exactly `docs/page.md:12: message`.
log = logging.getLogger("mkdocs.plugins.quiz")


class QuizPlugin(BasePlugin[QuizConfig]):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__
    def __init__(self) -> None:
        self.extension = QuizExtension()
        self.strings: Strings = interface_strings()
        self.script: Asset | None = None
        self.style: Asset | None = None
        self.ids = IdRegistry()
        self.problems: list[LocatedProblem] = []
        self.pages_with_questions: dict[str, list[str]] = {}  # the ids of each page's questions
        self.chapter_lists: set[str] = set()  # pages with a list of chapters (``progress``)
        self.asset_pages: set[str] = set()  # pages that load the script and the stylesheet
        self.links: list[PageLinks] = []
        self.search_views: dict[str, SearchView] = {}
        self.generated: GeneratedFiles | None = None
        self.bank: BuildBank | None = None
        self.keep_questions = False  # the exporter needs every question whole, not only its listing
        self.page_result: PageResult | None = None  # what the extension found on the page being rendered
        self.packed_facts: list[PackedFacts] = []  # what the item statistics need of each question
        # The Run button's files (``run_snippets``), when it is on.
        self.pyodide: Pyodide | None = None
        self.run_script: Asset | None = None
        self.run_worker: Asset | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        language = self.config.language or site_language(config)
        snippets = snippets_dir(config.config_file_path, self.config.snippets_dir)
        self.extension = QuizExtension(
            language=language,
            strings=self.config.strings,  # checked by InterfaceStrings
            snippets_dir=snippets,
            snippet_versions=self.config.snippet_versions,
            snippet_record_command=self.config.snippet_record_command,
            reader_version=self.config.reader_version,
            version_notes=self.config.version_notes,
            predict_first=self.config.predict_first,
            shuffle=self.config.shuffle,
            run_snippets=self.config.run_snippets,
            on_page=self._page_done,
        )
        self.extension.report = self._report
        self.strings = strings = self.extension.strings
        if strings.built_in == "en" and not strings.language.lower().startswith("en"):
            log.info(
                f"quizblocks: no built-in interface strings in `{language}`: English ones where `strings` sets none"
            )
        # `mkdocs serve` runs on_config again on a reloaded config; never register twice.
        config.markdown_extensions[:] = [
            ext for ext in config.markdown_extensions if not isinstance(ext, QuizExtension)
        ]
        # MkDocs types the list as names, but Python-Markdown takes Extension instances too.
        config.markdown_extensions.append(self.extension)  # type: ignore[arg-type]
        self.script, self.style = build_assets(strings)
        self.pyodide = self.run_script = self.run_worker = None
        if self.config.run_snippets:
            directory = Path(config_dir(config.config_file_path)) / self.config.pyodide_dir
            self.pyodide = find_pyodide(directory)
            self.run_script, self.run_worker = run_assets(strings, self.pyodide)
        self.ids = IdRegistry(IdHistory(config_dir(config.config_file_path)))
        self.problems, self.pages_with_questions, self.links, self.packed_facts = [], {}, [], []
        self.chapter_lists, self.asset_pages = set(), set()
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for asset in (self.script, self.style, self.run_script, self.run_worker):
            if asset is not None:
                files.append(File.generated(config, asset.path, content=asset.content))
        if self.pyodide is not None:
            for file in site_files(config, self.pyodide, self.extension.snippets):
                files.append(file)
        self.generated = generated = generated_files(config, self.config, files, self.strings)
        for file in generated.added:
            files.append(file)
        keep = generated.answer_key is not None or self.keep_questions
        order = page_order(config.nav, files, left_out=generated.pages)
        self.bank = BuildBank(
            order,
            generated.chapter_list_url,
            self.extension.snippets,
            keep_entries=keep,
            strings=self.strings,
            # What only the opt-in pages use: a site without them does not pay for it on every question.
            json_lines=generated.json is not None,
            list_items=generated.questions_page is not None,
            previews=generated.progress_page is not None,
        )
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self.extension.set_page(_display_path(page, config), _front_matter_lines(page, markdown))
        self.page_result = None  # Python-Markdown converts nothing on a blank page: it has no result
        return markdown

    def _page_done(self, result: PageResult) -> None:
        self.page_result = result

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated, bank = self.generated, self.bank
        if generated is not None and page.file.src_uri in generated.pages:
            return html  # written in on_env, once every page it lists is known
        result, self.page_result = self.page_result, None  # not kept past its page
        questions = list(result.questions) if result is not None else []
        if result is not None and bank is not None:
            bank.add(_site_page(page, result), questions, result.hashes)
        if result is not None and result.links:
            self.links.append(PageLinks(page.file.src_uri, result.path, result.line_offset, result.links))
        if self.run_script is not None and RUN_BOX_MARKUP in html:
            html = self._with_script(html, page, self.run_script)
        if has_chapter_list(html):
            # Its counts are written once every page is known (on_page_context); the script shows the
            # reader's progress there.
            self.chapter_lists.add(page.file.src_uri)
            if not questions:
                return self._with_script(html, page)
        if not questions:
            # A snippet's output is drawn by the stylesheet, which the script keeps in the head through
            # Material's instant navigation: a page with one needs both, as a page with questions does.
            return self._with_script(html, page) if SNIPPET_OUTPUT_MARKUP in html else html
        assert result is not None
        words = self.extension.words
        self.packed_facts += [
            packed_facts(question, result.path, question.line + result.line_offset, words) for question in questions
        ]
        source = page.file.abs_src_path or ""
        for problem in register_ids(self.ids, result.path, result.line_offset, questions, source):
            self._report(problem)
        self.pages_with_questions[page.file.src_uri] = [question.id for question in questions]
        return self._with_script(html, page)

    def _with_script(self, html: str, page: Page, script: Asset | None = None) -> str:
        """``html`` with a script (the quiz script unless another is given: the run script) at its end,
        and the page marked to get the stylesheet."""
        script = script or self.script
        assert script is not None
        self.asset_pages.add(page.file.src_uri)
        # Inside the content, so that Material's instant navigation runs it on the pages that need it.
        src = get_relative_url(script.path, page.url)
        return f'{html}\n<script src="{src}" defer></script>'

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        # Every page has been rendered: the pages that list questions can be written, and the links
        # inside questions checked against every page's anchors.
        generated, bank = self.generated, self.bank
        if generated is not None and bank is not None:
            self._write_listing_pages(generated, bank, config, files)
            if generated.json is not None:
                generated.json.content_string = bank.quizzes_json()
        for problem in broken_links(self.links, files, config):
            self._report(problem)
        limits = self.config.balance
        thresholds = Thresholds(
            limits.position_max, limits.position_from, limits.longest_max, limits.true_min, limits.true_max
        )
        for problem in Balance(self.facts).problems(thresholds):
            self._report(problem)
        return env

    def _write_listing_pages(
        self, generated: GeneratedFiles, bank: BuildBank, config: MkDocsConfig, files: Files
    ) -> None:
        listings = Listings(generated, bank, config, files, self.extension.set_page, self.strings)
        for file in (generated.questions_page, generated.answer_key, generated.progress_page):
            page = file.page if file is not None else None
            if file is None or page is None or page.markdown is None:
                continue  # a page MkDocs did not render (excluded from this build)
            self.extension.set_page(file.src_uri)
            if generated.is_progress_page(file.src_uri):
                strings = self.strings
                page.markdown = progress_markdown(strings)
                page.render(config, files)
                pages = bank.page_questions()
                previews = preview_files(pages)
                for asset in {asset.path: asset for asset in previews.values()}.values():
                    # After the pages were converted and before MkDocs copies the files: written with them.
                    files.append(File.generated(config, asset.path, content=asset.content))
                content = fill_progress(page.content or "", page.url, pages, strings, previews)
                page.content = self._with_script(content, page)
            elif generated.is_questions_page(file.src_uri):
                listings.write_all_questions(page)
            else:
                listings.write_answer_key(page)

    # Search plugins index the page in on_page_context at the default priority (0): before them, hand
    # them the page with each question reduced to its stem (search_view); after them, put it back.
    @event_priority(50)
    def _hand_search_the_stems(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        ids = self.pages_with_questions.get(page.file.src_uri)
        if ids and page.content is not None and _others_read_page_context(self, config):
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

    # After search has indexed the page: the counts are not part of what a search should find.
    @event_priority(-60)
    def _count_chapter_questions(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        if page.file.src_uri in self.chapter_lists and page.content is not None and self.bank is not None:
            pages = self.bank.page_questions()
            page.content = annotate_chapter_lists(page.content, page.url, pages, self.strings)
        return context

    on_page_context = CombinedEvent(_hand_search_the_stems, _restore_the_page, _count_chapter_questions)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri not in self.asset_pages:
            return output
        assert self.style is not None
        href = get_relative_url(self.style.path, page.url)
        link = f'<link rel="stylesheet" href="{href}">'
        head_end = output.find("</head>")
        if head_end == -1:
            return link + output
        return output[:head_end] + link + output[head_end:]

    @property
    def facts(self) -> list[ItemFacts]:
        """What the item statistics need of each question rendered so far."""
        return [ItemFacts.unpacked(packed) for packed in self.packed_facts]

    def _report(self, problem: LocatedProblem) -> None:
        self.problems.append(problem)
        log.warning(str(problem))


def _others_read_page_context(plugin: QuizPlugin, config: MkDocsConfig) -> bool:
    """Whether another plugin handles ``on_page_context``: with none (no search plugin), nothing could
    read the view of the page, so it is not made."""
    handlers = [inspect.unwrap(handler) for handler in config.plugins.events["page_context"]]
    return any(getattr(handler, "__self__", None) is not plugin for handler in handlers)


def _site_page(page: Page, result: PageResult) -> SitePage:
    """The page just rendered, as the question bank knows pages: its title (MkDocs' own, from the
    navigation, the front matter or the first heading) is the chapter of its questions."""
    file = page.file
    source = SourcePage(
        result.path, page.markdown or "", result.line_offset, page.meta, file.src_uri, file.abs_src_path or ""
    )
    return SitePage(source, file.url, page.title or "")


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
