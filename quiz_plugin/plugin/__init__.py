"""The MkDocs plugin: the extension registered in a site, and the site-wide work around it."""

from .plugin import QuizPlugin

__all__ = ["QuizPlugin"]
