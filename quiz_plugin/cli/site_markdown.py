"""A site's Markdown, for the parts of its questions taken out of their pages.

The QTI export and the terminal runner show a question's text, answers and feedback outside the site.
They convert each part with the Markdown extensions and settings of the site's mkdocs.yml (admonitions,
tables, highlighted code, snippet includes as the site has them), plus a quiz extension of the same
settings as the site's, which expands ``/// snippet`` blocks written inside a question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markdown import Markdown

from ..extension.extension import QuizExtension


def fragment_converter(config: Any, quiz: QuizExtension) -> Callable[[str], str]:
    """A function from a part's Markdown to its HTML; ``config`` is the site's loaded MkDocs
    configuration, ``quiz`` the quiz plugin's own extension (its settings are copied)."""
    extensions = [extension for extension in config.markdown_extensions if not isinstance(extension, QuizExtension)]
    snippets = quiz.snippets
    own = QuizExtension(
        strings=quiz.strings,
        snippets_dir=str(snippets.root) if snippets is not None else "",
        snippet_versions=quiz.getConfig("snippet_versions"),
        snippet_record_command=quiz.getConfig("snippet_record_command"),
    )
    markdown = Markdown(extensions=[*extensions, own], extension_configs=config.mdx_configs)

    def convert(text: str) -> str:
        if not text.strip():
            return ""
        markdown.reset()
        return markdown.convert(text)

    return convert
