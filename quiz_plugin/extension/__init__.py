"""The Python-Markdown extension: ``/// quiz`` blocks in, accessible quiz HTML out (no MkDocs needed)."""

from .extension import QuizError, QuizExtension

__all__ = ["QuizError", "QuizExtension"]
