"""Highlighted code with fewer elements: names and whitespace as plain text, not one span each.

A MkDocs hook (mkdocs.yml, ``hooks:``). Pygments wraps every token in a ``<span>``; Material colours
names (``.n``) with ``--md-code-hl-name-color``, which is the code's own colour,
``--md-code-fg-color``, and gives whitespace (``.w``) no colour at all. Those spans were 10 to 15 % of
the elements of a chapter, for nothing a reader sees: each name and each run of whitespace becomes
text of the ``<code>`` around it. tests/test_lighter_code.py checks that they look the same in both
palettes (if a stylesheet ever gives names a colour of their own, that test fails).
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# Only a span that holds text alone: never one that holds other elements.
PLAIN_TOKEN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')


def plain_tokens(content: str) -> str:
    return PLAIN_TOKEN.sub(r"\1", content)


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: Any) -> str:
    return plain_tokens(content)
