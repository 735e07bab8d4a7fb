"""A page's Markdown source as MkDocs reads it, and the paths problems are reported with.

Problems name a page by its path relative to the directory of mkdocs.yml (``docs/gc.md``), as
contributors type it, and count lines in the source file, front matter included.
"""

from __future__ import annotations

import os

from mkdocs.utils.meta import get_data

from ..bank.entries import SourcePage


def source_page(path: str, source: str, src_uri: str = "", file: str = "") -> SourcePage:
    """A page's source with its front matter split off by MkDocs' own function, counting the lines it
    removed."""
    markdown, meta = get_data(source)
    return SourcePage(path, markdown, front_matter_lines(source, markdown), meta, src_uri, file)


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
