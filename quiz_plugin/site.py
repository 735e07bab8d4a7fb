"""A MkDocs site as the command-line tools see it: its pages in build order and the plugin's settings.

mkdocs.yml is read with MkDocs' own YAML loader and the options the tools need are validated with its
own schema (the plugin's options included); the pages are listed with MkDocs' own ``get_files``. So
the tools check the pages the build renders, in the order it renders them, with the interface strings
and snippets directory the build uses. Nothing is rendered.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .bank import SitePage
from .check import PageCheck, PageChecker, SourcePage, display_path, register_ids, snippets_dir
from .model import LocatedProblem
from .recordings import SnippetStore
from .strings import merge_strings
from .validate import IdRegistry

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")


class SiteError(Exception):
    """The site's configuration cannot be read."""


@dataclass
class Site:
    base_dir: str  # the directory of mkdocs.yml; page paths in problems are relative to it
    docs_dir: str
    strings: dict[str, str]
    snippets_dir: str  # "" when there is none
    nav: Any = None
    site_url: str = ""
    name: str = ""  # site_name
    pages: list[SitePage] = field(default_factory=list)  # in build order
    predict_first: bool = False

    def checker(self) -> PageChecker:
        return PageChecker(self.strings, self.snippets_dir, predict_first=self.predict_first)

    @property
    def store(self) -> SnippetStore | None:
        return SnippetStore(Path(self.snippets_dir)) if self.snippets_dir else None


def find_config(directory: str = ".") -> str | None:
    for name in CONFIG_NAMES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            return candidate
    return None


# What the tools need of mkdocs.yml. The rest (theme, other plugins, Markdown extensions) is left
# unvalidated, so the linter runs where only quiz_plugin is installed, such as a pre-commit hook.
CONFIG_KEYS = (
    "site_name",
    "site_url",
    "docs_dir",
    "site_dir",
    "use_directory_urls",
    "nav",
    "exclude_docs",
    "draft_docs",
    "not_in_nav",
)


def load_site(config_file: str | None) -> Site:
    """The site configured by ``config_file``, or, without one, a bare ``docs/`` with default settings."""
    if config_file is None:
        return _bare_site(os.getcwd())
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.structure.files import get_files
    from mkdocs.utils.yaml import yaml_load

    from .plugin import QuizPlugin

    try:
        with open(config_file, "rb") as handle:
            raw = yaml_load(handle)  # MkDocs' own YAML: !ENV, !relative, INHERIT
    except (ConfigurationError, OSError) as error:
        raise SiteError(f"{config_file}: {error}") from error
    options = {key: raw[key] for key in CONFIG_KEYS if key in raw}
    options["plugins"] = [entry for entry in raw.get("plugins") or [] if _plugin_name(entry) == "quiz"]
    config = MkDocsConfig(config_file_path=os.path.abspath(config_file))
    config.load_dict(options)
    errors, _warnings = config.validate()
    if errors:
        raise SiteError("; ".join(f"{config_file}: {name}: {error}" for name, error in errors))

    base_dir = os.path.dirname(os.path.abspath(config_file))
    plugin = next((p for p in config.plugins.values() if isinstance(p, QuizPlugin)), None)
    strings = plugin.config.strings if plugin is not None else merge_strings({})
    configured_snippets = plugin.config.snippets_dir if plugin is not None else "snippets"
    pages = [
        SitePage(SourcePage.read(file.abs_src_path, display_path(file.abs_src_path, base_dir), file.src_uri), file.url)
        for file in get_files(config).documentation_pages()
        if file.abs_src_path is not None
    ]
    return Site(
        base_dir=base_dir,
        docs_dir=config.docs_dir,
        strings=strings,
        snippets_dir=snippets_dir(config.config_file_path, configured_snippets),
        nav=config.nav,
        site_url=config.site_url or "",
        name=config.site_name or "",
        pages=pages,
        predict_first=plugin.config.predict_first if plugin is not None else False,
    )


def _plugin_name(entry: Any) -> str:
    return entry if isinstance(entry, str) else next(iter(entry), "") if isinstance(entry, dict) else ""


def _bare_site(base_dir: str) -> Site:
    docs_dir = os.path.join(base_dir, "docs")
    pages = []
    for path in markdown_files([docs_dir]):
        src_uri = os.path.relpath(path, docs_dir).replace(os.sep, "/")
        pages.append(SitePage(SourcePage.read(path, display_path(path, base_dir), src_uri), _page_url(src_uri)))
    as_if_configured_here = os.path.join(base_dir, "mkdocs.yml")
    return Site(base_dir, docs_dir, merge_strings({}), snippets_dir(as_if_configured_here, "snippets"), pages=pages)


def _page_url(src_uri: str) -> str:
    """The URL MkDocs gives a page with ``use_directory_urls`` (its default)."""
    from mkdocs.structure.files import File

    return File(src_uri, "", "", True).url


def markdown_files(paths: Sequence[str]) -> list[str]:
    """The Markdown files named or found under directories, absolute, in MkDocs' walking order."""
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            for directory, dirnames, filenames in os.walk(path, followlinks=True):
                dirnames.sort()
                # As MkDocs walks: index (or README) first, then by name.
                filenames.sort(key=lambda name: (os.path.splitext(name)[0] not in ("index", "README"), name))
                found += [os.path.join(directory, name) for name in filenames if name.endswith(".md")]
        else:
            found.append(path)
    return list(dict.fromkeys(os.path.abspath(path) for path in found))


@dataclass
class SiteCheck:
    checked: list[tuple[SitePage, PageCheck]]  # in build order
    duplicate_ids: list[LocatedProblem]

    @property
    def problems(self) -> list[LocatedProblem]:
        return sorted([p for _, check in self.checked for p in check.problems] + self.duplicate_ids)


def check_site(site: Site) -> SiteCheck:
    """Every page checked as the build checks it, and the ids checked across pages in build order."""
    checker = site.checker()
    registry = IdRegistry()
    checked, duplicates = [], []
    for page in site.pages:
        check = checker.check(page.source)
        checked.append((page, check))
        duplicates += register_ids(registry, page.source.path, page.source.line_offset, check.questions)
    return SiteCheck(checked, duplicates)
