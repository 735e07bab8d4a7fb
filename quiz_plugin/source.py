"""A page's Markdown source as MkDocs reads it, and the paths problems are reported with.

Problems name a page by its path relative to the directory of mkdocs.yml (``docs/gc.md``), as
contributors type it, and count lines in the source file, front matter included.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mkdocs.utils.meta import get_data


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
