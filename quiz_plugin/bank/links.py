"""Rewrite the links of a Markdown fragment that moves to another page or leaves the site.

A question's Markdown links relative to its own page (``#anchor``, ``other.md#anchor``). The answer key
shows it on another page, and the export takes it out of the site, so each link must be rewritten:
inline links and images, reference links, and reference definitions. Links are found the way
Python-Markdown finds them, with its own link parser (``LinkInlineProcessor.getText`` and
``getLink``: nested brackets, titles, angle brackets, a link text that wraps onto the next line) and
its own reference definition pattern, over the whole fragment at once. Fenced code, code spans and
autolinks are left alone. A reference link whose definition is elsewhere on the source page (the
fragment alone would leave it undefined) becomes an inline link to the rewritten target.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping
from functools import cache

from markdown import Markdown
from markdown.blockprocessors import ReferenceProcessor
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

from ..core.fences import FenceMap

Rewrite = Callable[[str], str]
References = Mapping[str, tuple[str, str | None]]  # id (lower case) -> (target, title)

EXTERNAL_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
CODE_SPAN_RE = re.compile(r"(?<![`\\])(`+)(?!`)(?:.|\n)*?(?<!`)\1(?!`)")
AUTOLINK_RE = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]*://[^<>]*|[^<> !]+@[^@<> ]+)>")  # Python-Markdown's autolinks
REFERENCE_ID_RE = re.compile(r"\s?\[([^\]]*)\]")
SPACES_RE = re.compile(r"\s+")


@cache
def _link_parser() -> LinkInlineProcessor:
    md = Markdown()
    # getLink() unescapes through the inline tree processor, which sets this up only while it runs.
    md.treeprocessors["inline"].stashed_nodes = {}  # type: ignore[attr-defined]
    return LinkInlineProcessor(LINK_RE, md)


def rewrite_links(markdown: str, rewrite: Rewrite, references: References | None = None) -> str:
    """``markdown`` with every link target ``t`` replaced by ``rewrite(t)``; ``references``: the
    definitions of the page the fragment comes from, for reference links it does not define itself."""
    masked = _masked(markdown)
    own = {match.group(1).strip().lower() for match in ReferenceProcessor.RE.finditer(masked)}
    elsewhere = {key: value for key, value in (references or {}).items() if key not in own}
    text = _rewrite_definitions(markdown, masked, rewrite)
    return _rewrite_inline(text, _masked(text), rewrite, elsewhere)


def page_references(markdown: str) -> dict[str, tuple[str, str | None]]:
    """A page's reference definitions, as Python-Markdown records them (outside code)."""
    found: dict[str, tuple[str, str | None]] = {}
    for match in ReferenceProcessor.RE.finditer(_masked(markdown)):
        key = match.group(1).strip().lower()
        found.setdefault(key, (match.group(2).lstrip("<").rstrip(">"), match.group(5) or match.group(6)))
    return found


def _masked(markdown: str) -> str:
    """The text with code and autolinks replaced by spaces, so that no link is found inside them
    (the same length, line breaks kept, so that positions match the original)."""
    lines = markdown.split("\n")
    fences = FenceMap(lines)
    text = "\n".join(" " * len(line) if fences.is_code(index) else line for index, line in enumerate(lines))

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return AUTOLINK_RE.sub(blank, CODE_SPAN_RE.sub(blank, text))


def _rewrite_definitions(text: str, masked: str, rewrite: Rewrite) -> str:
    parts, position = [], 0
    for match in ReferenceProcessor.RE.finditer(masked):
        start, end = match.span(2)
        parts += [text[position:start], _rewritten_target(text[start:end], rewrite)]
        position = end
    return "".join(parts) + text[position:]


def _rewritten_target(target: str, rewrite: Rewrite) -> str:
    if target.startswith("<") and target.endswith(">"):
        return f"<{rewrite(target[1:-1])}>"
    return rewrite(target)


def _rewrite_inline(text: str, masked: str, rewrite: Rewrite, references: References) -> str:
    parser = _link_parser()
    parts: list[str] = []
    position = index = 0
    while (index := masked.find("[", index)) != -1:
        if index and masked[index - 1] == "\\":
            index += 1
            continue
        label, after, closed = parser.getText(masked, index + 1)
        if not closed:
            index += 1
            continue
        inner = _rewrite_inline(text[index + 1 : after - 1], masked[index + 1 : after - 1], rewrite, references)
        if masked.startswith("(", after):
            href, title, end, handled = parser.getLink(masked, after)
            if handled:
                link = f"({_href(rewrite(text_href(text, after, end, href)))}{_title(title)})"
                parts += [text[position:index], "[", inner, "]", link]
                position = index = end
                continue
        key, end = _reference_id(masked, after, label)
        if key in references:
            target, title = references[key]
            parts += [text[position:index], "[", inner, "]", f"({_href(rewrite(target))}{_title(title)})"]
            position = index = end
            continue
        parts += [text[position:index], "[", inner, "]"]
        position = index = after
    return "".join(parts) + text[position:]


def text_href(text: str, start: int, end: int, parsed: str) -> str:
    """The target as written in ``text[start:end]`` (``(target "title")``): what Python-Markdown parsed,
    read from the original text rather than the masked one."""
    segment = text[start:end]
    found = segment.find(parsed)
    return segment[found : found + len(parsed)] if found != -1 else parsed


def _reference_id(masked: str, after: int, label: str) -> tuple[str, int]:
    """The id of a reference link ``[text][id]``, ``[text][]`` or ``[text]``, and where it ends."""
    match = REFERENCE_ID_RE.match(masked, after)
    if match is not None:
        key = match.group(1) or label
        return SPACES_RE.sub(" ", key).strip().lower(), match.end()
    return SPACES_RE.sub(" ", label).strip().lower(), after


def _href(target: str) -> str:
    return f"<{target}>" if re.search(r"[\s()<>]", target) else target


def _title(title: str | None) -> str:
    return f' "{title.replace(chr(34), "&quot;")}"' if title else ""


def is_local(target: str) -> bool:
    return bool(target) and not EXTERNAL_RE.match(target) and not target.startswith("/")


def resolve(target: str, page_src_uri: str) -> tuple[str, str]:
    """The docs-relative path a local target points at, and its fragment (with its ``#``)."""
    path, hash_, fragment = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_src_uri), path)) if path else page_src_uri
    return resolved, hash_ + fragment


def relocator(from_src_uri: str, to_src_uri: str) -> Rewrite:
    """Rewrites targets written on page ``from_src_uri`` so they work on page ``to_src_uri``."""

    def rewrite(target: str) -> str:
        if not is_local(target):
            return target
        path, fragment = resolve(target, from_src_uri)
        return posixpath.relpath(path, posixpath.dirname(to_src_uri) or ".") + fragment

    return rewrite


def absolutizer(from_src_uri: str, site_url: str, page_urls: Mapping[str, str]) -> Rewrite:
    """Rewrites targets written on page ``from_src_uri`` into absolute URLs of the published site."""
    base = site_url if site_url.endswith("/") else site_url + "/"

    def rewrite(target: str) -> str:
        if not is_local(target) or not site_url:
            return target
        path, fragment = resolve(target, from_src_uri)
        return base + page_urls.get(path, path) + fragment

    return rewrite


def relative_url(url: str, base: str) -> str:
    """``url`` as a link written on the page at ``base`` (both site-relative), as MkDocs writes it."""
    if base != ".":
        directory, name = posixpath.split(base)
        base = directory if "." in name else base  # a page's own file name is not a directory
    relative = posixpath.relpath("/" + url, "/" + base)
    return relative + "/" if url.endswith("/") else relative
