"""Rewrite the link targets of a Markdown fragment that moves to another page or leaves the site.

A question's Markdown links relative to its own page (``#anchor``, ``other.md#anchor``). The answer key
shows it on another page, and the export takes it out of the site, so each target is rewritten:
inline links and images ``[text](target "title")`` and reference definitions ``[name]: target``.
Fenced code and code spans are left alone.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping

from .fences import FenceMap

INLINE_LINK_RE = re.compile(
    r"(?<!\\)(?P<open>!?\[(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*\]\()(?P<target><[^<>\n]*>|[^\s()<>]+)"
)
REFERENCE_RE = re.compile(r"^(?P<open>[ ]{0,3}\[[^\]]+\]:[ \t]*)(?P<target><[^<>\n]*>|\S+)")
CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")
EXTERNAL_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")


def rewrite_links(markdown: str, rewrite: Callable[[str], str]) -> str:
    """``markdown`` with every link target ``t`` replaced by ``rewrite(t)``."""
    output = []
    lines = markdown.split("\n")
    fences = FenceMap(lines)
    for index, line in enumerate(lines):
        if fences.is_code(index):
            output.append(line)
            continue
        reference = REFERENCE_RE.match(line)
        if reference:
            output.append(reference["open"] + _rewrite_target(reference["target"], rewrite) + line[reference.end() :])
            continue
        output.append(_outside_code_spans(line, lambda text: _rewrite_inline(text, rewrite)))
    return "\n".join(output)


def _outside_code_spans(line: str, change: Callable[[str], str]) -> str:
    parts, position = [], 0
    for span in CODE_SPAN_RE.finditer(line):
        parts += [change(line[position : span.start()]), span.group(0)]
        position = span.end()
    parts.append(change(line[position:]))
    return "".join(parts)


def _rewrite_inline(text: str, rewrite: Callable[[str], str]) -> str:
    return INLINE_LINK_RE.sub(lambda match: match["open"] + _rewrite_target(match["target"], rewrite), text)


def _rewrite_target(target: str, rewrite: Callable[[str], str]) -> str:
    if target.startswith("<") and target.endswith(">"):
        return f"<{rewrite(target[1:-1])}>"
    return rewrite(target)


def is_local(target: str) -> bool:
    return bool(target) and not EXTERNAL_RE.match(target) and not target.startswith("/")


def resolve(target: str, page_src_uri: str) -> tuple[str, str]:
    """The docs-relative path a local target points at, and its fragment (with its ``#``)."""
    path, hash_, fragment = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_src_uri), path)) if path else page_src_uri
    return resolved, hash_ + fragment


def relocator(from_src_uri: str, to_src_uri: str) -> Callable[[str], str]:
    """Rewrites targets written on page ``from_src_uri`` so they work on page ``to_src_uri``."""

    def rewrite(target: str) -> str:
        if not is_local(target):
            return target
        path, fragment = resolve(target, from_src_uri)
        return posixpath.relpath(path, posixpath.dirname(to_src_uri) or ".") + fragment

    return rewrite


def absolutizer(from_src_uri: str, site_url: str, page_urls: Mapping[str, str]) -> Callable[[str], str]:
    """Rewrites targets written on page ``from_src_uri`` into absolute URLs of the published site."""
    base = site_url if site_url.endswith("/") else site_url + "/"

    def rewrite(target: str) -> str:
        if not is_local(target) or not site_url:
            return target
        path, fragment = resolve(target, from_src_uri)
        return base + page_urls.get(path, path) + fragment

    return rewrite
