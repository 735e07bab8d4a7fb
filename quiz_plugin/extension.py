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
   (Markdown read them as an indented code block, or inside an HTML tag left open).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .ids import id_collisions
from .includes import check_includes
from .leftovers import SHOWN_AS_TEXT, leftover_headers
from .model import Block, Fragment, LocatedProblem, Problem, Question
from .parser import parse
from .predict_first import answers_shown_above
from .recordings import SnippetError, SnippetStore
from .render import PageWriter, render_invalid, render_question
from .snippet_block import SnippetBlocks, shown_code_lines
from .strings import merge_strings
from .validate import block_problems

log = logging.getLogger("quiz_plugin")

# Marker lines; the record separator survives whitespace normalisation (which only strips STX and ETX),
# and the preprocessor removes it from authored text, so that no page can forge a marker.
MARK = "\x1e"
PRE_PRIORITY = 33  # above pymdownx.snippets (32) and normalize_whitespace (30)
BLOCK_PRIORITY = 105  # above every core block processor, so a question's blocks all come here first
CHECK_PRIORITY = 30  # any tree processor runs after the block parser; this one before inline patterns
# After the inline patterns (20) and before MkDocs rewrites links (0): links as the author wrote them.
LINKS_PRIORITY = 2
# After every other tree processor (MkDocs' link rewriting and Python-Markdown's unescaping run at 0),
# so that they walk only the questions' content, never the elements of their markup.
ASSEMBLE_PRIORITY = -100
NOT_RENDERED = (
    "this block was not rendered as a question: Markdown read part of it as code or raw HTML "
    "(a block indented as code, or an HTML tag left open inside it)"
)


class QuizError(Exception):
    """Raised after a conversion with authoring mistakes when the extension is ``strict``."""

    def __init__(self, problems: list[LocatedProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass
class FoundBlock:
    block: Block
    source: str
    problems: list[LocatedProblem]
    rendered: bool = False


@dataclass
class PendingQuestion:
    """A question whose parts are parsed, waiting for ``QuizAssembler`` to put them into its markup."""

    element: Element  # the question's element in the page
    question: Question
    number: int
    content_hash: str
    parts: dict[str, Element]  # each part, by name: its elements are in ``element`` too until assembly


@dataclass(frozen=True)
class QuestionLink:
    """A link or image inside a question, as written (before a host such as MkDocs rewrites it)."""

    question_id: str
    line: int  # the source line, front matter not counted
    target: str


@dataclass
class Conversion:
    """What one ``convert()`` found: its questions and its problems, in page order."""

    questions: list[Question] = field(default_factory=list)
    problems: list[LocatedProblem] = field(default_factory=list)
    blocks: list[FoundBlock] = field(default_factory=list)
    hashes: dict[int, str] = field(default_factory=dict)  # content hash of each valid block, by index
    rendered: int = 0  # questions rendered so far, to number them
    pending: list[PendingQuestion] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the page's lines, as the parser read them
    links: list[QuestionLink] = field(default_factory=list)  # the links inside questions, in page order


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
            "predict_first": [
                False,
                "Report a question whose right answer is printed by a snippet block above it on the page "
                "(unless the question says `recap: true`).",
            ],
        }
        super().__init__(**kwargs)
        self.strings = merge_strings(self.getConfig("strings"))
        snippets_dir = self.getConfig("snippets_dir")
        self.snippets = SnippetStore(Path(snippets_dir)) if snippets_dir else None
        self.page_path: str = self.getConfig("path")
        self.line_offset = 0
        self.report: Callable[[LocatedProblem], None] | None = None
        # Parse and validation results by page text. An extension lives for one build, and the
        # plugin shares this with the checker that reads a page early when the question bank needs it.
        self.analyses: dict[str, tuple[list[Problem], list[tuple[Block, list[Problem]]]]] = {}
        self.last = Conversion()

    def set_page(self, path: str, line_offset: int = 0) -> None:
        """Name the file of the next conversion, and how many lines (front matter) precede its text."""
        self.page_path = path
        self.line_offset = line_offset
        self.last = Conversion()  # Python-Markdown skips a blank page: it must not inherit the last page's

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
        self, lines: list[str], *, forget: bool = False
    ) -> tuple[list[Problem], list[tuple[Block, list[Problem]]]]:
        """A page's blocks, each with its problems (the parser's and the validator's), and the problems
        outside blocks, for ``normalized_lines`` of the page; remembered by text, since the plugin may
        read a page before rendering it. The rendering forgets it (``forget``): a page is rendered once
        per build, and a big site's parsed questions need not stay in memory to the end."""
        key = "\n".join(lines)
        known = self.analyses.pop(key, None) if forget else self.analyses.get(key)
        if known is None:
            result = parse(lines)
            words = (self.strings["true"], self.strings["false"])
            checked = [(block, block_problems(block, words, self.snippets)) for block in result.blocks]
            known = (result.problems, checked)
            if not forget:
                self.analyses[key] = known
        return known

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


class QuizPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, extension: QuizExtension) -> None:
        super().__init__(md)
        self.extension = extension
        self.conversion = Conversion()
        self.block_processor: QuizBlockProcessor
        self.snippet_blocks = SnippetBlocks(extension.snippets, tabbed=False)

    def run(self, lines: list[str]) -> list[str]:
        extension = self.extension
        self.conversion = conversion = Conversion()
        extension.last = conversion
        self.block_processor.open = None
        processors = self.md.parser.blockprocessors
        self.snippet_blocks = SnippetBlocks(extension.snippets, "tabbed" in processors, "details" in processors)
        lines, include_problems = check_includes(self.md, normalized_lines(lines))
        conversion.lines = lines
        page_problems, checked = extension.analyse(lines, forget=True)
        # An include problem inside a block is that question's problem: it is not shown half-built.
        inside = {
            index: [p for p in include_problems if block.start < p.line <= block.end]
            for index, (block, _) in enumerate(checked)
        }
        checked = [(block, problems + inside[index]) for index, (block, problems) in enumerate(checked)]
        placed = {id(problem) for problems in inside.values() for problem in problems}
        self._report(page_problems + [problem for problem in include_problems if id(problem) not in placed])

        output: list[str] = []
        position = 0
        predict_first = extension.getConfig("predict_first")
        for block, problems in checked:
            output += self._expand(lines[position : block.start], position + 1)
            position = block.end
            if predict_first and block.question is not None and not problems:
                problems = answers_shown_above(block.question, self.snippet_blocks.shown)
            located = self._report(problems)
            index = len(conversion.blocks)
            source = "\n".join(lines[block.start : block.end])
            conversion.blocks.append(FoundBlock(block, source, located))
            if block.question is not None and not located:
                conversion.questions.append(block.question)
                output += self._marked_parts(block.question, block.indent, index, "snippet" in source)
            else:
                output += ["", f"{block.indent}{MARK}invalid {index}{MARK}", ""]
        output += self._expand(lines[position:], position + 1)

        extension.publish(conversion.problems)
        return output

    def _report(self, problems: list[Problem]) -> list[LocatedProblem]:
        if not problems:
            return []
        located = sorted(self.extension.located(p.line, p.message) for p in problems)
        self.conversion.problems.extend(located)
        return located

    def _expand(self, lines: Sequence[str], first_line: int) -> list[str]:
        """Lines with their /// snippet blocks replaced by the snippet's code and recorded output."""
        expanded, problems = self.snippet_blocks.expand(lines, first_line)
        self._report(problems)
        return expanded

    def _marked_parts(self, question: Question, indent: str, index: int, snippets: bool) -> list[str]:
        """The block rewritten as marker lines around each part's Markdown, keeping the block's indent
        (``snippets``: whether the block may hold a snippet block to expand)."""
        shown_code = self._shown_code(question)
        if shown_code:
            code = shown_code_lines(shown_code, folding=self.snippet_blocks.folding)
            stem = Fragment(question.stem.line, "\n".join((*question.stem.lines, "", *code)))
        parts = [
            (name, stem if shown_code and name == "stem" else fragment) for name, fragment in question_parts(question)
        ]
        self.conversion.hashes[index] = question.content_hash(shown_code)
        output = ["", f"{indent}{MARK}quiz {index}{MARK}", ""]
        for name, fragment in parts:
            part = self._expand(fragment.lines, fragment.line) if snippets else fragment.lines
            # The marker line may open the part's first block (fewer lines for every later step), unless
            # that block must start a block for a preprocessor too: raw HTML, fenced code.
            own_block = not part or part[0][:1] in ("", "<", "`", "~")
            output += [f"{indent}{MARK}part {name}{MARK}", ""] if own_block else [f"{indent}{MARK}part {name}{MARK}"]
            output += [f"{indent}{line}" if line else "" for line in part] if indent else part
            output.append("")
        output += [f"{indent}{MARK}end {index}{MARK}", ""]
        return output

    def _shown_code(self, question: Question) -> str:
        """The code a code-output question shows under its text (already validated to exist)."""
        setting = question.settings.get("snippet")
        if setting is None or self.extension.snippets is None:
            return ""
        try:
            return self.extension.snippets.get(setting.value).code
        except SnippetError:
            return ""


def question_parts(question: Question) -> list[tuple[str, Fragment]]:
    """The parts of a question that are Markdown of their own, by name, in page order."""
    parts = [("stem", question.stem)]
    for number, choice in enumerate(question.choices):
        parts.append((f"choice-{number}", choice.body))
        if choice.feedback is not None:
            parts.append((f"feedback-{number}", choice.feedback))
    if question.hint is not None:
        parts.append(("hint", question.hint))
    if question.explanation is not None:
        parts.append(("explanation", question.explanation))
    return parts


def normalized_lines(lines: list[str]) -> list[str]:
    """The lines with any marker character removed (authored text must not forge a marker) and split
    at lone carriage returns too, as Python-Markdown itself will split them after this preprocessor."""
    text = "\n".join(lines)
    if MARK not in text and "\r" not in text:
        return lines
    return text.replace(MARK, "").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _marker(block: str) -> str:
    """A block as markers are compared: an included file's last line break leaves a block that starts
    with a blank line, which Python-Markdown splits off later, but a marker must be seen where it is."""
    return block.lstrip("\n") if block[:1] == "\n" else block


def _part_marker(block: str) -> tuple[str, str] | None:
    """The part's name and the rest of the block, if the block starts with a part's marker line."""
    opening = f"{MARK}part "
    block = _marker(block)
    if not block.startswith(opening):
        return None
    line, _, rest = block.partition("\n")
    return (line[len(opening) : -len(MARK)], rest) if line.endswith(MARK) else None


@dataclass
class _OpenQuestion:
    """A question whose parts are still arriving (a container such as an admonition hands its
    content to the block parser one blank-line-separated block at a time)."""

    index: int
    parent: Element
    element: Element
    parts: dict[str, Element] = field(default_factory=dict)
    current: Element | None = None


class QuizBlockProcessor(BlockProcessor):
    def __init__(self, parser: BlockParser, preprocessor: QuizPreprocessor) -> None:
        super().__init__(parser)
        self.preprocessor = preprocessor
        self.open: _OpenQuestion | None = None

    def test(self, parent: Element, block: str) -> bool:
        return (self.open is not None and parent is self.open.parent) or _marker(block).startswith(MARK)

    def run(self, parent: Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        if self.open is not None and parent is self.open.parent:
            self._continue(self.open, block)
            return True
        kind, _, index_text = _marker(block).strip(MARK).partition(" ")
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
        count = next((position for position, later in enumerate(blocks) if _marker(later) == end), -1)
        if count >= 0:
            # The usual case: the whole question is in this list of blocks. Take it at once, and parse
            # each part's blocks in one call (a container hands its blocks over one by one instead).
            part: list[str] = []
            for block in blocks[:count]:
                if _part_marker(block) is not None:
                    self._parse_part(question, part)
                    part = []
                part.append(block)
            self._parse_part(question, part)
            del blocks[: count + 1]
            self._finish(question)
        else:
            self.open = question
        return True

    def _parse_part(self, question: _OpenQuestion, blocks: list[str]) -> None:
        """Parse one part given as its marker block followed by its Markdown blocks."""
        marker = _part_marker(blocks[0]) if blocks else None
        if marker is not None:
            name, rest = marker
            question.current = question.parts[name] = Element("div")
            self.parser.parseBlocks(question.current, ([rest] if rest else []) + blocks[1:])

    def _continue(self, question: _OpenQuestion, block: str) -> None:
        marker = _part_marker(block)
        if _marker(block) == f"{MARK}end {question.index}{MARK}":
            self.open = None
            self._finish(question)
        elif marker is not None:
            self._parse_part(question, [block])
        elif question.current is not None:
            self.parser.parseBlocks(question.current, [block])

    def _finish(self, question: _OpenQuestion) -> None:
        """Put the parsed parts' content into the question's element as it is: the tree processors that
        follow (inline patterns, link rewriting, attribute lists, the table of contents) treat it like
        any other content. ``QuizAssembler`` builds the question's markup around it after them all."""
        conversion = self.preprocessor.conversion
        found = conversion.blocks[question.index]
        model = found.block.question
        assert model is not None
        if set(question.parts) != {name for name, _ in question_parts(model)}:
            # A part's marker line was swallowed (by raw HTML, say): never show half a question. The
            # check that follows reports it, since the question is not marked rendered.
            question.element.clear()
            extension = self.preprocessor.extension
            problem = extension.located(found.block.start + 1, NOT_RENDERED)
            question.element.append(render_invalid([problem], found.source, extension.strings))
            return
        found.rendered = True
        conversion.rendered += 1
        for part in question.parts.values():
            question.element.extend(part)  # an element may have two parents: the part keeps them too
        question.element.set("id", f"quiz-{model.id}")  # for MkDocs' anchor check, which runs before
        pending = PendingQuestion(
            question.element, model, conversion.rendered, conversion.hashes[question.index], question.parts
        )
        conversion.pending.append(pending)


class QuizLinks(Treeprocessor):
    """Records every link and image inside a question with its source line, for a host that can check
    where they lead (the MkDocs plugin reports a broken one at that line)."""

    def __init__(self, md: Markdown, preprocessor: QuizPreprocessor) -> None:
        super().__init__(md)
        self.preprocessor = preprocessor

    def run(self, root: Element) -> None:
        conversion = self.preprocessor.conversion
        for pending in conversion.pending:
            fragments = dict(question_parts(pending.question))
            for name, part in pending.parts.items():
                for element in part.iter():
                    target = element.get("href") if element.tag == "a" else element.get("src")
                    if element.tag in ("a", "img") and target:
                        line = _line_of(fragments[name], target)
                        conversion.links.append(QuestionLink(pending.question.id, line, target))


def _line_of(fragment: Fragment, target: str) -> int:
    """The line of a fragment that holds a link's target (its first line if none does)."""
    return next((fragment.line + n for n, line in enumerate(fragment.lines) if target in line), fragment.line)


class QuizAssembler(Treeprocessor):
    """Writes each question's markup (``render``) around its processed parts, last of all tree
    processors, and stashes it: the page's serializer puts it in place, like any raw HTML."""

    def __init__(self, md: Markdown, preprocessor: QuizPreprocessor) -> None:
        super().__init__(md)
        self.preprocessor = preprocessor
        self._block_level: dict[str, bool] = {}

    def run(self, root: Element) -> None:
        extension = self.preprocessor.extension
        strings = extension.strings
        pending = self.preprocessor.conversion.pending
        stash = [block for block in self.md.htmlStash.rawHtmlBlocks if isinstance(block, str)]
        collisions = id_collisions(root, [(question.question, question.element) for question in pending], stash)
        problems = [extension.located(question.line, message) for question, message in collisions]
        self.preprocessor.conversion.problems.extend(problems)
        extension.publish(problems)
        writer = PageWriter(self.md.serializer, self._is_block)
        bounds = []
        for question in pending:
            start = len(writer.out)
            render_question(writer, question.question, question.number, question.parts, strings, question.content_hash)
            bounds.append((start, len(writer.out)))
        html = writer.finish()
        for question, (start, end) in zip(pending, bounds, strict=True):
            element, tail = question.element, question.element.tail
            element.clear()  # its children were the parts', now written in ``html``
            element.tag, element.tail = "p", tail
            element.text = self.md.htmlStash.store("".join(html[start:end]))
        self.preprocessor.conversion.pending = []

    def _is_block(self, tag: str) -> bool:
        known = self._block_level.get(tag)
        if known is None:
            known = self._block_level[tag] = self.md.is_block_level(tag)
        return known


class QuizCheckTreeprocessor(Treeprocessor):
    """Reports each valid block whose question never reached the page: its markers were swallowed by
    an indented code block or an unclosed HTML tag, which only the Markdown block parser can tell."""

    def __init__(self, md: Markdown, preprocessor: QuizPreprocessor) -> None:
        super().__init__(md)
        self.preprocessor = preprocessor

    def run(self, root: Element) -> None:
        conversion = self.preprocessor.conversion
        extension = self.preprocessor.extension
        missed = [
            extension.located(found.block.start + 1, NOT_RENDERED)
            for found in conversion.blocks
            if found.block.question is not None and not found.problems and not found.rendered
        ]
        reported = {problem.line for problem in conversion.problems}  # a misplaced header, say
        for line in leftover_headers(root, conversion.lines):
            problem = extension.located(line, SHOWN_AS_TEXT)
            if problem.line not in reported:
                missed.append(problem)
        conversion.problems.extend(missed)
        extension.publish(missed)
