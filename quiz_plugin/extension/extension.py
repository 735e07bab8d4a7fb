"""The Python-Markdown extension: ``/// quiz`` blocks in, accessible quiz HTML out.

It imports nothing from MkDocs, so it works under MkDocs, ProperDocs, Zensical or a bare
``markdown.Markdown(extensions=[QuizExtension()])``.

How a block travels through Python-Markdown:

1. ``QuizPreprocessor`` runs before ``pymdownx.snippets`` and every other preprocessor, so it sees the
   lines exactly as the author wrote them. It parses and validates each block (``parser``,
   ``validate``) and replaces it with marker lines that separate the parts (stem, each answer, each
   feedback, hint, explanation). The parts stay ordinary Markdown in the document, so snippet
   includes, fenced code, admonitions and links inside them are handled by the usual processors.
2. ``QuizBlockProcessor`` finds the markers, parses each part into elements with the document's own
   block parser, and hands them to ``render``.
3. ``QuizCheckTreeprocessor`` reports any valid block whose markers never reached the block processor
   (Markdown read them as an indented code block, or inside an HTML tag left open), and any question
   text left on the page as text; ``QuizLinks`` records the links inside questions; ``QuizAssembler``
   writes each question's markup around its processed parts, after every other tree processor.
4. At the end of each conversion the extension hands its host a ``PageResult`` (``on_page``): the
   page's questions, its problems and the links inside its questions.

The steps live in ``preprocessor``, ``blocks`` and ``treeprocessors``, and share a ``Conversion``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension

from ..core.model import Block, LocatedProblem, Problem
from ..core.parser import SummaryMarker, parse
from ..core.strings import merge_strings
from ..core.validate import block_problems
from ..snippets.code_output import check_code_output
from ..snippets.recordings import SnippetStore
from .blocks import QuizBlockProcessor
from .conversion import Conversion, PageResult
from .preprocessor import QuizPreprocessor
from .treeprocessors import QuizAssembler, QuizCheckTreeprocessor, QuizLinks

log = logging.getLogger("quiz_plugin")

PRE_PRIORITY = 33  # above pymdownx.snippets (32) and normalize_whitespace (30)
BLOCK_PRIORITY = 105  # above every core block processor, so a question's blocks all come here first
CHECK_PRIORITY = 30  # any tree processor runs after the block parser; this one before inline patterns
# After the inline patterns (20) and before MkDocs rewrites links (0): links as the author wrote them.
LINKS_PRIORITY = 2
# After every other tree processor (MkDocs' link rewriting and Python-Markdown's unescaping run at 0),
# so that they walk only the questions' content, never the elements of their markup.
ASSEMBLE_PRIORITY = -100


def _ignore(result: PageResult) -> None:
    """What a host that wants no page results gets."""


class QuizError(Exception):
    """Raised after a conversion with authoring mistakes when the extension is ``strict``."""

    def __init__(self, problems: list[LocatedProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class QuizExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "strings": [{}, "Interface strings that replace the English defaults."],
            "strict": [False, "Raise QuizError at the end of a conversion that found authoring mistakes."],
            "path": ["<markdown>", "The file name used in problem locations, unless set_page() gives one."],
            "snippets_dir": [
                "",
                "The directory of tested snippets and their recordings (for /// snippet blocks "
                "and code-output questions); empty for none.",
            ],
            "snippet_versions": ["", "The versions a snippet applies to unless its first lines say (such as 3.10+)."],
            "snippet_record_command": ["", "How the site records snippet outputs, named in messages about them."],
            "shuffle": [
                False,
                "Show the options of single- and multiple-choice questions in an order of each reader's own "
                "(a question's `shuffle:` setting overrides it).",
            ],
            "reader_version": ["", "The version `version: reader` questions show by default (the newest if empty)."],
            "predict_first": [
                False,
                "Report a question whose right answer is printed by a snippet block above it on the page "
                "(unless the question says `recap: true`).",
            ],
            # Not None by default: Python-Markdown would read any value given for a None default as a bool.
            "on_page": [_ignore, "Called with the PageResult of each conversion, at its end."],
        }
        super().__init__(**kwargs)
        self.strings = merge_strings(self.getConfig("strings"))
        snippets_dir = self.getConfig("snippets_dir")
        self.snippets = (
            SnippetStore(
                Path(snippets_dir),
                self.getConfig("snippet_versions"),
                self.getConfig("snippet_record_command"),
                self.getConfig("reader_version"),
            )
            if snippets_dir
            else None
        )
        self.page_path: str = self.getConfig("path")
        self.line_offset = 0
        self.report: Callable[[LocatedProblem], None] | None = None

    def set_page(self, path: str, line_offset: int = 0) -> None:
        """Name the file of the next conversion, and how many lines (front matter) precede its text."""
        self.page_path = path
        self.line_offset = line_offset

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API)
        md.registerExtension(self)
        preprocessor = QuizPreprocessor(md, self)
        preprocessor.block_processor = QuizBlockProcessor(md.parser, preprocessor)
        md.preprocessors.register(preprocessor, "quiz", PRE_PRIORITY)
        md.parser.blockprocessors.register(preprocessor.block_processor, "quiz", BLOCK_PRIORITY)
        md.treeprocessors.register(QuizCheckTreeprocessor(md, preprocessor), "quiz-check", CHECK_PRIORITY)
        md.treeprocessors.register(QuizLinks(md, preprocessor), "quiz-links", LINKS_PRIORITY)
        md.treeprocessors.register(QuizAssembler(md, preprocessor), "quiz-assemble", ASSEMBLE_PRIORITY)

    def analyse(
        self, lines: list[str]
    ) -> tuple[list[Problem], list[tuple[Block, list[Problem]]], SummaryMarker | None]:
        """A page's blocks, each with its problems (the parser's and the validator's, code-output answers
        checked against the snippets' recordings), the problems outside blocks, and where the author put
        the page's summary, if they did."""
        result = parse(lines)
        words = (self.strings["true"], self.strings["false"])
        checks = (partial(check_code_output, store=self.snippets),)
        shuffle = bool(self.getConfig("shuffle"))
        checked = [(block, block_problems(block, words, checks, shuffle)) for block in result.blocks]
        return result.problems, checked, result.summary

    def located(self, line: int, message: str) -> LocatedProblem:
        return LocatedProblem(self.page_path, line + self.line_offset, message)

    def publish(self, problems: list[LocatedProblem]) -> None:
        """Report problems of the current conversion; in ``strict`` mode, fail it."""
        for problem in problems:
            if self.report is not None:
                self.report(problem)
            else:
                log.warning(str(problem))
        if self.getConfig("strict") and problems:
            raise QuizError(problems)

    def finish(self, conversion: Conversion) -> None:
        """Hand the host what the conversion found (the last step calls this)."""
        result = PageResult(
            self.page_path,
            self.line_offset,
            tuple(conversion.questions),
            tuple(conversion.problems),
            tuple(conversion.links),
        )
        self.getConfig("on_page")(result)
