"""The Python-Markdown extension: ``/// quiz`` blocks in, accessible quiz HTML out (no MkDocs needed).

A host other than MkDocs also needs the browser files (``write_assets``, or ``QuizExtension.assets()``)
and, to keep answers out of its search index, each page's stem-only copy (``search_view``)."""

from .assets import Asset, write_assets
from .conversion import PageResult
from .extension import QuizError, QuizExtension
from .search_view import search_view

__all__ = ["Asset", "PageResult", "QuizError", "QuizExtension", "search_view", "write_assets"]
