"""The build's own steps, without a theme and without writing: what the linter and the exporter run.

A question block can only be judged the way the build judges it by converting its page the way the
build converts it: the site's Markdown extensions decide what is code, a container or raw HTML, every
page's anchors decide whether a link inside a question leads somewhere, and ids are unique across the
pages in build order. So ``check_site`` loads mkdocs.yml with MkDocs, runs the plugins' events up to
``on_env`` (configuration, files, navigation, and for every page: its Markdown, its conversion and its
content), and collects what the quiz plugin reported. It skips what only writing needs: templates,
theme files, search indexes, copying.

Without a mkdocs.yml, it builds ``docs/`` with MkDocs' defaults and the quiz plugin, as a site made
with ``mkdocs new`` would be built.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..bank.entries import QuestionBank
from ..core.balance import ItemFacts
from ..core.model import LocatedProblem
from ..plugin.source import display_path
from .site_markdown import fragment_converter

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")


class SiteError(Exception):
    """The site cannot be loaded (its configuration is wrong, or a package it needs is missing)."""


@dataclass
class SiteCheck:
    problems: list[LocatedProblem]  # the quiz plugin's, in the order reported
    errors: list[tuple[str, str]]  # (path, reason) of each page that could not be converted at all
    base_dir: str  # the directory of mkdocs.yml: problem paths are relative to it
    docs_dir: str
    bank: QuestionBank = field(default_factory=lambda: QuestionBank([]))  # with ``keep_questions`` only
    strings: Mapping[str, str] = field(default_factory=dict)  # the site's interface strings
    site_url: str = ""
    site_name: str = ""
    page_urls: dict[str, str] = field(default_factory=dict)  # src_uri -> url
    other_warnings: int = 0  # warnings of the build that are not about questions
    facts: list[ItemFacts] = field(default_factory=list)  # for the item statistics
    # A question part's Markdown as HTML, with the site's extensions (with ``keep_questions`` only).
    to_html: Callable[[str], str] | None = None


def find_config(directory: str = ".") -> str | None:
    for name in CONFIG_NAMES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            return candidate
    return None


def check_site(
    config_file: str | None, *, keep_questions: bool = False, options: Mapping[str, Any] | None = None
) -> SiteCheck:
    """Convert every page of the site as its build would, and return what the quiz plugin found.

    ``options`` override the quiz plugin's settings (for example ``{"predict_first": True}``)."""
    from mkdocs.exceptions import Abort, BuildError
    from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    from ..plugin import QuizPlugin

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner says nothing about questions
    with collected_warnings("mkdocs") as warnings:
        try:
            config = _load_config(config_file)
        except Abort as error:  # MkDocs logged what is wrong before it gave up
            raise SiteError(
                f"{config_file or 'the default configuration'}: " + "; ".join(warnings or [str(error)])
            ) from error
        plugin = next((p for p in config.plugins.values() if isinstance(p, QuizPlugin)), None)
        if plugin is None:
            raise SiteError(f"{config.config_file_path}: the quiz plugin is not in `plugins`")
        # The Run button's files (Pyodide) are for writing the site; its boxes change nothing checked here.
        plugin.config.update({"run_snippets": False, **(options or {})})
        plugin.keep_questions = keep_questions
        try:
            config = config.plugins.on_config(config)
            files = get_files(config)
            files = config.plugins.on_files(files, config=config)
        except BuildError as error:  # a plugin's configuration error, such as a generated page's clash
            raise SiteError(f"{config.config_file_path}: {error}") from error
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        base_dir = os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml"))
        errors = []
        for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
            page = file.page if file.page is not None else Page(None, file, config)
            try:
                _convert(page, config, files)
            except Exception as error:  # noqa: BLE001 (another extension's failure, reported as MkDocs does)
                path = display_path(file.abs_src_path, base_dir) if file.abs_src_path else file.src_uri
                errors.append((path, f"{type(error).__name__}: {error}"))
        config.plugins.on_env(config.theme.get_env(), config=config, files=files)
    quiz_warnings = {str(problem) for problem in plugin.problems}
    bank = plugin.bank.bank() if plugin.bank is not None and keep_questions else QuestionBank([])
    return SiteCheck(
        problems=list(plugin.problems),
        errors=errors,
        base_dir=base_dir,
        docs_dir=config.docs_dir,
        bank=bank,
        strings=plugin.strings,
        site_url=config.site_url or "",
        site_name=config.site_name or "",
        page_urls={file.src_uri: file.url for file in files.documentation_pages()},
        other_warnings=sum(1 for message in warnings if message not in quiz_warnings),
        facts=list(plugin.facts),
        to_html=fragment_converter(config, plugin.extension) if keep_questions else None,
    )


def _convert(page: Any, config: Any, files: Any) -> None:
    """A page's conversion, with the plugin events the build runs around it (``_populate_page``)."""
    page = config.plugins.on_pre_page(page, config=config, files=files)
    page.read_source(config)
    page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
    page.render(config, files)
    page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)


def _load_config(config_file: str | None) -> Any:
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        if config_file is not None:
            return load_config(config_file)
        # No mkdocs.yml: MkDocs' defaults, as a site made with `mkdocs new`, with the quiz plugin.
        here = os.path.abspath("mkdocs.yml")
        from mkdocs.config.defaults import MkDocsConfig

        config = MkDocsConfig(config_file_path=here)
        config.load_dict({"site_name": os.path.basename(os.getcwd()) or "docs", "plugins": ["quizblocks"]})
        errors, _ = config.validate()
        if errors:
            raise ConfigurationError("; ".join(f"{name}: {error}" for name, error in errors))
        return config
    except ConfigurationError as error:
        raise SiteError(f"{config_file or 'the default configuration'}: {error}") from error
    except (ImportError, OSError) as error:
        raise SiteError(
            f"{config_file}: {error} (install the packages the site's build needs: its theme, plugins and "
            "Markdown extensions)"
        ) from error


load_config = _load_config  # the site's configuration, loaded as check_site loads it


@contextmanager
def collected_warnings(name: str) -> Iterator[list[str]]:
    """A logger's messages of WARNING and above (``mkdocs``: MkDocs' and its plugins'), collected
    instead of printed."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger(name)
    handler = Collect(logging.WARNING)
    saved = logger.propagate, logger.handlers[:]
    logger.propagate = False
    logger.handlers = [handler]
    try:
        yield messages
    finally:
        logger.propagate, logger.handlers = saved
