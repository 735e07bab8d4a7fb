"""The second step: the document's block parser meets a question's marker lines, and parses each part
into elements of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, SubElement

from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor

from .conversion import MARK, NOT_RENDERED, PendingQuestion
from .render import Parts, render_invalid, run_box, shared_names, snippet_output

if TYPE_CHECKING:
    from .preprocessor import QuizPreprocessor


def _marker(block: str) -> str:
    """A block as markers are compared: an included file's last line break leaves a block that starts
    with a blank line, which Python-Markdown splits off later, but a marker must be seen where it is."""
    return block.lstrip("\n") if block[:1] == "\n" else block


PART_OPENING = f"{MARK}part "
PART_LINE = f"\n{PART_OPENING}"  # a part's marker line after the first line of a block
MARKER_STARTS = (MARK, "\n")  # how a block that may be a marker starts (see ``_marker``)


def _part_marker(block: str) -> tuple[str, str] | None:
    """The part's name and the rest of the block, if the block starts with a part's marker: on a line
    of its own, or followed on its line by the part's first line (``starts_as_plain_text``)."""
    opening = PART_OPENING
    block = _marker(block)
    if not block.startswith(opening):
        return None
    end = block.find(MARK, len(opening))
    line_end = block.find("\n")
    if end < 0 or 0 <= line_end < end:
        return None
    rest = block[end + len(MARK) :]
    return block[len(opening) : end], rest[1:] if rest[:1] == "\n" else rest


def _split_parts(block: str) -> list[str]:
    """A block cut before each part's marker line that it holds after its first line (the preprocessor
    writes no blank line between a part that ends with a line of plain text and the next part's marker):
    the blocks the parts would have had with a blank line between them."""
    if PART_LINE not in block:
        return [block]
    first, *rest = block.split(PART_LINE)
    return [first, *(PART_OPENING + piece for piece in rest)]


def _position(blocks: list[str], marker: str) -> int:
    """Where the block that is ``marker`` is in ``blocks`` (as ``_marker`` compares them); -1 if nowhere.
    A marker is in the page once, so the search in C finds it unless an include moved it."""
    try:
        return blocks.index(marker)
    except ValueError:
        return next((position for position, later in enumerate(blocks) if _marker(later) == marker), -1)


# The block processors whose tests are known (Python-Markdown's own, and those of the extensions this
# site and most sites use): in an empty parent, none of them but the paragraph's claims a block whose
# every line is plain text (``PLAIN_LINES``). Each claims a block by what starts one of its lines: `#`,
# `>`, `-`, `*`, `+`, `[`, `!!!`, `???`, `===`, `:`, `|` rows, a number and a dot, an indent, a
# placeholder of stashed HTML or fenced code, a marker line; or by the parent's last child (a list, a
# code block, an admonition, details, tabs), which an empty parent does not have.
KNOWN_BLOCK_PROCESSORS = frozenset(
    {
        "markdown.blockprocessors.EmptyBlockProcessor",
        "markdown.blockprocessors.ListIndentProcessor",
        "markdown.blockprocessors.CodeBlockProcessor",
        "markdown.blockprocessors.HashHeaderProcessor",
        "markdown.blockprocessors.SetextHeaderProcessor",
        "markdown.blockprocessors.HRProcessor",
        "markdown.blockprocessors.OListProcessor",
        "markdown.blockprocessors.UListProcessor",
        "markdown.blockprocessors.BlockQuoteProcessor",
        "markdown.blockprocessors.ReferenceProcessor",
        "markdown.blockprocessors.ParagraphProcessor",
        "markdown.extensions.abbr.AbbrBlockprocessor",
        "markdown.extensions.admonition.AdmonitionProcessor",
        "markdown.extensions.footnotes.FootnoteBlockProcessor",
        "markdown.extensions.md_in_html.MarkdownInHtmlProcessor",
        "markdown.extensions.tables.TableProcessor",
        "pymdownx.details.DetailsProcessor",
        "pymdownx.superfences.SuperFencesCodeBlockProcessor",
        "pymdownx.tabbed.TabbedProcessor",
        "quiz_plugin.extension.blocks.QuizBlockProcessor",
    }
)
# A line that starts a block construct of none of them: a letter, a backtick, a quote, a parenthesis,
# or a number that does not number a list item. A line that fails this (and a blank one) is found.
NOT_PLAIN_LINE_RE = re.compile(r"^(?![^\W\d_]|[`'\"(]|\d+(?![\d.)]))", re.MULTILINE)


def _processor_name(processor: object) -> str:
    return f"{type(processor).__module__}.{type(processor).__qualname__}"


def plain_lines(block: str) -> bool:
    """Whether every line of ``block`` starts as plain text does (``NOT_PLAIN_LINE_RE``)."""
    return NOT_PLAIN_LINE_RE.search(block) is None


def starts_as_plain_text(line: str) -> bool:
    """Whether the line starts as plain text does (``NOT_PLAIN_LINE_RE``); a blank line does not."""
    first = line[:1]
    # Most lines start with a letter or a backtick: no need for the expression.
    return bool(first) and (first.isalpha() or first in PLAIN_STARTS) or NOT_PLAIN_LINE_RE.match(line) is None


PLAIN_STARTS = "`'\"("  # what a plain line may start with, besides a letter and some numbers


@dataclass
class _OpenQuestion:
    """A question whose parts are still arriving (a container such as an admonition hands its
    content to the block parser one blank-line-separated block at a time)."""

    index: int
    parent: Element
    element: Element
    # Each part's element (see ``render.Parts``): the element that holds its content, or its paragraph
    # alone for a part of plain text whose blocks had all arrived (named in ``paragraphs``).
    parts: Parts = field(default_factory=Parts)
    paragraphs: set[str] = field(default_factory=set)
    current: Element | None = None


class QuizBlockProcessor(BlockProcessor):
    def __init__(self, parser: BlockParser, preprocessor: QuizPreprocessor) -> None:
        super().__init__(parser)
        self.preprocessor = preprocessor
        self.open: _OpenQuestion | None = None
        self._known_processors: bool | None = None  # whether the host's block processors are all known

    def knows_every_block_processor(self) -> bool:
        """Whether every block processor of the host is one of ``KNOWN_BLOCK_PROCESSORS`` (asked once
        per Markdown instance, when its extensions have all registered theirs)."""
        if self._known_processors is None:
            names = {_processor_name(processor) for processor in self.parser.blockprocessors}
            self._known_processors = names <= KNOWN_BLOCK_PROCESSORS
        return self._known_processors

    def test(self, parent: Element, block: str) -> bool:
        # Asked of every block of every page first (the highest priority): most blocks start with text.
        if self.open is not None and parent is self.open.parent:
            return True
        return block.startswith(MARKER_STARTS) and _marker(block).startswith(MARK)

    def run(self, parent: Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        if self.open is not None and parent is self.open.parent:
            self._continue(self.open, block)
            return True
        kind, _, index_text = _marker(block).strip(MARK).partition(" ")
        if kind == "summary" and not index_text:
            # Where the page's summary goes: the script fills it; without JavaScript it is empty.
            parent.append(Element("div", {"class": "quiz-summary"}))
            return True
        if kind == "output" and index_text.isdigit() and int(index_text) < len(self.preprocessor.conversion.outputs):
            title, text = self.preprocessor.conversion.outputs[int(index_text)]
            parent.append(snippet_output(title, text))
            return True
        if kind == "run" and index_text:
            parent.append(run_box(index_text))
            return True
        conversion = self.preprocessor.conversion
        index = int(index_text) if index_text.isdigit() else -1
        if not 0 <= index < len(conversion.blocks) or kind not in ("quiz", "invalid"):
            blocks.insert(0, block)
            return False  # a stray marker: let the paragraph processor show it
        found = conversion.blocks[index]
        if kind == "invalid":
            parent.append(render_invalid(found.problems, found.source, self.preprocessor.extension.strings))
            return True
        element = Element("div")
        parent.append(element)
        question = _OpenQuestion(index, parent, element)
        end = f"{MARK}end {index}{MARK}"
        count = _position(blocks, end)
        if count >= 0:
            # The usual case: the whole question is in this list of blocks. Take it at once, and parse
            # each part's blocks in one call (a container hands its blocks over one by one instead).
            # Each part: its marker's name, and its blocks (the rest of the marker's block first).
            name: str | None = None
            part: list[str] = []
            pieces: list[str] = []
            for taken in blocks[:count]:
                if PART_LINE in taken:
                    pieces += _split_parts(taken)
                else:
                    pieces.append(taken)
            for piece in pieces:
                marker = _part_marker(piece) if piece.startswith(MARKER_STARTS) else None
                if marker is not None:
                    if name is not None:
                        self._parse_blocks(question, name, part, complete=True)
                    name, rest = marker
                    part = [rest] if rest else []
                else:
                    part.append(piece)
            if name is not None:
                self._parse_blocks(question, name, part, complete=True)
            del blocks[: count + 1]
            self._finish(question, complete=True)
        else:
            self.open = question
        return True

    def _parse_part(self, question: _OpenQuestion, blocks: list[str]) -> None:
        """Parse one part given as its marker block followed by its Markdown blocks."""
        marker = _part_marker(blocks[0]) if blocks else None
        if marker is not None:
            name, rest = marker
            self._parse_blocks(question, name, ([rest] if rest else []) + blocks[1:])

    def _parse_blocks(
        self, question: _OpenQuestion, name: str, blocks: list[str], complete: bool = False, plain_text: bool = False
    ) -> None:
        """Parse the part ``name`` from its Markdown blocks (``complete``: all of them; a container
        hands over the rest one by one; ``plain_text``: the one block is known to be ``plain_lines``)."""
        plain = (
            len(blocks) == 1
            and not self.parser.state
            and (plain_text or plain_lines(blocks[0]))
            and self.knows_every_block_processor()
        )
        if plain and complete:
            # Most answers and feedback are a paragraph of plain text. The block parser would ask each
            # block processor about it in turn, and the paragraph's, the last, would make this element
            # (``ParagraphProcessor``, outside a list); the other steps treat it as any other paragraph.
            # The part is the paragraph alone: no element around it, for the garbage collector to watch
            # until the page is written (``render.Parts``).
            paragraph = question.parts[name] = Element("p")
            paragraph.text = blocks[0]
            question.paragraphs.add(name)
            question.current = None
            return
        question.current = part = question.parts[name] = Element("div")
        if plain:
            SubElement(part, "p").text = blocks[0]
        else:
            self.parser.parseBlocks(part, blocks)

    def _continue(self, question: _OpenQuestion, block: str) -> None:
        if _marker(block) == f"{MARK}end {question.index}{MARK}":
            self.open = None
            self._finish(question, complete=False)
            return
        for piece in _split_parts(block):
            if _part_marker(piece) is not None:
                self._parse_part(question, [piece])
            elif question.current is not None:
                self.parser.parseBlocks(question.current, [piece])

    def _finish(self, question: _OpenQuestion, complete: bool) -> None:
        """Put the parsed parts' content into the question's element as it is: the tree processors that
        follow (inline patterns, link rewriting, attribute lists, the table of contents) treat it like
        any other content. ``QuizAssembler`` builds the question's markup around it after them all.
        (``complete``: whether the parts came all at once, not block by block from a container.)"""
        conversion = self.preprocessor.conversion
        found = conversion.blocks[question.index]
        model = found.block.question
        assert model is not None
        names = conversion.part_names[question.index].split(" ")
        set_aside = conversion.set_aside.pop(question.index, None)
        if set_aside:
            # The parts the preprocessor kept out of the text, parsed as their one block would have been,
            # and every part in page order.
            for name, source in set_aside.items():
                self._parse_blocks(question, name, [source], complete, plain_text=True)
            parts = question.parts
            question.parts = Parts()
            question.parts.update((name, parts[name]) for name in names if name in parts)
        if len(question.parts) != len(names) or not all(name in question.parts for name in names):
            # A part's marker line was swallowed (by raw HTML, say): never show half a question. The
            # check that follows reports it, since the question is not marked rendered.
            question.element.clear()
            extension = self.preprocessor.extension
            problem = extension.located(found.block.start + 1, NOT_RENDERED)
            question.element.append(render_invalid([problem], found.source, extension.strings))
            return
        found.rendered = True
        question.parts.paragraphs = shared_names(question.paragraphs)
        conversion.rendered += 1
        paragraphs = question.paragraphs
        for name, part in question.parts.items():
            # An element may have two parents: the part keeps its content too.
            if name in paragraphs:
                question.element.append(part)
            else:
                question.element.extend(part)
        question.element.set("id", f"quiz-{model.id}")  # for MkDocs' anchor check, which runs before
        pending = PendingQuestion(
            question.element,
            model,
            conversion.rendered,
            conversion.hashes[question.index],
            question.parts,
            conversion.reader_keys.get(question.index),
        )
        conversion.pending.append(pending)
