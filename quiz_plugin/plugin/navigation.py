"""The pages a MkDocs ``nav`` lists, and the order in which a build takes the site's pages."""

from __future__ import annotations

import posixpath
from collections.abc import Collection
from typing import Any

from mkdocs.structure.files import Files


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


def page_order(nav: Any, files: Files, left_out: Collection[str] = ()) -> list[str]:
    """Every documentation page, as its source path, in the build's order: the pages the navigation
    lists, in its order, then the others in the order of the files."""
    listed = {src_uri: position for position, src_uri in enumerate(nav_titles(nav))}
    pages = [file.src_uri for file in files.documentation_pages() if file.src_uri not in left_out]
    position = {src_uri: (listed.get(src_uri, len(listed)), index) for index, src_uri in enumerate(pages)}
    return sorted(pages, key=position.__getitem__)
