"""Links inside questions lead somewhere: a page of the site, and a heading or element on it.

MkDocs itself warns about a broken link or anchor, but names only the page, never the line, and the
linter would not know about it. The plugin checks the links the extension found inside questions, once
every page has been rendered (the anchors of every page are known then), and reports a broken one at
its source line, as every other authoring mistake. The checks follow MkDocs' own validation settings:
a site that does not warn about broken anchors (``validation: anchors``) gets no such report either.
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from ..bank.links import is_local
from ..core.model import LocatedProblem
from ..extension.conversion import QuestionLink


@dataclass(frozen=True)
class PageLinks:
    """The links inside the questions of one page."""

    src_uri: str
    path: str  # as problems name the page
    line_offset: int  # front matter lines
    links: tuple[QuestionLink, ...]


def broken_links(pages: Iterable[PageLinks], files: Files, config: MkDocsConfig) -> list[LocatedProblem]:
    validation = config.validation.links
    check_pages = validation.not_found >= logging.WARNING
    check_anchors = validation.anchors >= logging.WARNING
    problems = []
    for page in pages:
        for link in page.links:
            message = _problem(link.target, page.src_uri, files, check_pages, check_anchors)
            if message:
                where = f"in question `{link.question_id}`"
                problems.append(LocatedProblem(page.path, link.line + page.line_offset, f"{message} ({where})"))
    return problems


def _problem(target: str, src_uri: str, files: Files, check_pages: bool, check_anchors: bool) -> str:
    if not is_local(target) or target.startswith("?"):
        return ""
    path, _, anchor = unquote(target).partition("#")
    path = path.partition("?")[0]
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path)) if path else src_uri
    if resolved.endswith("/") or posixpath.basename(resolved) == ".":
        resolved = posixpath.join(resolved, "index.md")
    file = files.get_file_from_path(resolved)
    if file is None and path and not resolved.endswith(".md"):
        return ""  # a directory URL or an asset: MkDocs' own link validation covers those
    if file is None:
        return f"the link `{target}` leads to `{resolved}`, which is not a page of the site" if check_pages else ""
    page = file.page
    if not anchor or not check_anchors or page is None or page.present_anchor_ids is None:
        return ""
    if anchor in page.present_anchor_ids:
        return ""
    where = "this page" if resolved == src_uri else f"`{resolved}`"
    return f"the link `{target}` leads to no heading or element `#{anchor}` on {where}"
