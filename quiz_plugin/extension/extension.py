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
from ..core.strings import interface_strings
from ..core.true_false import true_false_words
from ..core.validate import block_problems
from ..snippets.code_output import check_code_output
from ..snippets.recordings import SnippetStore
from .assets import Asset, build_assets
from .blocks import QuizBlockProcessor
from .conversion import Conversion, PageResult
from .hosts import (
    MKDOCS_WITHOUT_PLUGIN,
    mkdocs_without_plugin,
    stop_zensical_build,
    warn_once,
    zensical_page,
    zensical_serving,
)
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


def _tristate(key: str, value: object) -> bool | None:
    """A setting that is true, false or auto (None)."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word == "auto":
        return None
    if word in ("true", "yes", "on", "1", "false", "no", "off", "0"):
        return word in ("true", "yes", "on", "1")
    raise ValueError(f"quiz extension: `{key}` is true, false or auto, not {value!r}")


class QuizError(Exception):
    """Raised after a conversion with authoring mistakes when the extension is ``strict``; its text is
    the problems, one ``path:line: message`` a line."""

    def __init__(self, problems: list[LocatedProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class QuizExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "language": [
                "en",
                "The language of the interface strings, as a BCP 47 tag (de, pt-BR, zh); English where none is "
                "built in.",
            ],
            "strings": [{}, "Interface strings that replace the built-in ones of the language, by key."],
            "strict": [
                False,
                "Raise QuizError, which lists them, instead of logging warnings when a conversion finds "
                "authoring mistakes.",
            ],
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
            "version_notes": [{}, "What pages say of a build by its version, as the title of its outputs."],
            "predict_first": [
                False,
                "Report a question whose right answer is printed by a snippet block above it on the page "
                "(unless the question says `recap: true`).",
            ],
            "run_snippets": [
                False,
                'Leave a hidden <div class="snippet-run"> after each snippet block that shows code and output, '
                "for the MkDocs plugin's Run button (run_snippets).",
            ],
            # Not None by default: Python-Markdown would read any value given for a None default as a bool.
            "on_page": [_ignore, "Called with the PageResult of each conversion, at its end."],
            "search_exclude": [
                "auto",
                "Mark everything of a question but its text with data-search-exclude, which the search of "
                "Zensical and of Material for MkDocs leave out: true, false, or auto (true under Zensical).",
            ],
        }
        super().__init__(**kwargs)
        self.strings = interface_strings(self.getConfig("language"), self.getConfig("strings"))
        self.words = true_false_words(self.strings["true"], self.strings["false"])
        snippets_dir = self.getConfig("snippets_dir")
        self.snippets = (
            SnippetStore(
                Path(snippets_dir),
                self.getConfig("snippet_versions"),
                self.getConfig("snippet_record_command"),
                self.getConfig("reader_version"),
                self.getConfig("version_notes"),
            )
            if snippets_dir
            else None
        )
        self.page_path: str = self.getConfig("path")
        self.line_offset = 0
        self.page_named = False  # whether the host named the next page (set_page)
        self.report: Callable[[LocatedProblem], None] | None = None
        self.search_exclude = False  # decided for each conversion (``start``)
        self.under_zensical = False  # likewise
        self.stops_on_mistakes = False  # likewise: strict, but not in Zensical's live preview
        self.search_exclude_setting = _tristate("search_exclude", self.getConfig("search_exclude"))

    def set_page(self, path: str, line_offset: int = 0) -> None:
        """Name the file of the next conversion, and how many lines (front matter) precede its text."""
        self.page_path = path
        self.line_offset = line_offset
        self.page_named = True

    def start(self, md: Markdown, lines: list[str]) -> None:
        """What the host tells without saying it, at the start of each conversion (``hosts``)."""
        zensical = None if self.page_named else zensical_page(md, lines)
        if zensical is not None:
            self.page_path, self.line_offset = zensical.path, zensical.line_offset
        self.under_zensical = zensical is not None
        self.stops_on_mistakes = self.getConfig("strict") and not (self.under_zensical and zensical_serving())
        wanted = self.search_exclude_setting
        self.search_exclude = self.under_zensical if wanted is None else wanted
        if self.report is None and mkdocs_without_plugin(md):
            warn_once(MKDOCS_WITHOUT_PLUGIN)

    def assets(self) -> tuple[Asset, Asset]:
        """The browser script, with this extension's interface strings written in, and the stylesheet:
        what a host copies into its site and links from every page with questions."""
        return build_assets(self.strings)

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
        checks = (partial(check_code_output, store=self.snippets),)
        shuffle = bool(self.getConfig("shuffle"))
        checked = [(block, block_problems(block, self.words, checks, shuffle)) for block in result.blocks]
        return result.problems, checked, result.summary

    def located(self, line: int, message: str) -> LocatedProblem:
        return LocatedProblem(self.page_path, line + self.line_offset, message)

    def publish(self, problems: list[LocatedProblem]) -> None:
        """Report problems of the current conversion; in ``strict`` mode, fail it with an error that
        lists them (and log nothing: the host shows the error, so each problem is shown once)."""
        strict = bool(self.stops_on_mistakes and problems)
        for problem in problems:
            if self.report is not None:
                self.report(problem)
            elif not strict:
                log.warning(str(problem))
        if strict:
            error = QuizError(problems)
            if self.under_zensical:
                stop_zensical_build(str(error))
            raise error

    def finish(self, conversion: Conversion) -> None:
        """Hand the host what the conversion found (the last step calls this)."""
        result = PageResult(
            self.page_path,
            self.line_offset,
            tuple(conversion.questions),
            tuple(conversion.problems),
            tuple(conversion.links),
            tuple(
                conversion.hashes[index]
                for index, found in enumerate(conversion.blocks)
                if found.block.question is not None and not found.problems
            ),
        )
        self.getConfig("on_page")(result)
