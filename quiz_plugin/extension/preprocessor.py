"""The first step of a conversion: find the page's question blocks, check them, and rewrite each as
marker lines around its parts' Markdown (see ``extension``)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from ..core.fences import Fences
from ..core.model import Fragment, LocatedProblem, Problem, Question
from ..core.parser import SummaryMarker
from ..snippets.code_output import question_reader_keys
from ..snippets.reader_version import PLACEHOLDER
from ..snippets.recordings import SnippetError, Version, version_label
from ..snippets.snippet_block import SnippetBlocks, shown_code_lines
from .blocks import plain_lines, starts_as_plain_text
from .conversion import MARK, Conversion, FoundBlock, question_parts
from .hosts import host_fences, unreadable_fences
from .includes import check_includes
from .predict_first import answers_shown_above

if TYPE_CHECKING:
    from .blocks import QuizBlockProcessor
    from .extension import QuizExtension


class QuizPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, extension: QuizExtension) -> None:
        super().__init__(md)
        self.extension = extension
        self.conversion = Conversion()
        self.block_processor: QuizBlockProcessor
        self.snippet_blocks = SnippetBlocks(extension.snippets, tabbed=False)
        self.summary: SummaryMarker | None = None
        self._known_later: bool | None = None  # whether every preprocessor after this one is known

    def knows_every_later_preprocessor(self) -> bool:
        """Whether every preprocessor that runs after this one is one of ``KNOWN_PREPROCESSORS`` (asked
        once per Markdown instance, when its extensions have all registered theirs)."""
        if self._known_later is None:
            processors: list[Preprocessor] = list(self.md.preprocessors)  # in the order they run
            later = processors[processors.index(self) + 1 :] if self in processors else []
            self._known_later = {_class_name(processor) for processor in later} <= KNOWN_PREPROCESSORS
        return self._known_later

    def run(self, lines: list[str]) -> list[str]:
        extension = self.extension
        self.conversion = conversion = Conversion()
        self.block_processor.open = None
        processors = self.md.parser.blockprocessors
        extension.start(self.md, lines)
        fences = host_fences(self.md)
        self.snippet_blocks = SnippetBlocks(extension.snippets, "tabbed" in processors, "details" in processors, fences)
        self.snippet_blocks.output_marker = self._output_marker
        if extension.getConfig("run_snippets"):
            self.snippet_blocks.run_marker = run_marker
        lines, include_problems = check_includes(self.md, normalized_lines(lines))
        conversion.lines = lines
        page_problems, checked, self.summary = extension.analyse(lines)
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
            output += self._between(lines, position, block.start)
            position = block.end
            if block.question is not None and not problems:
                problems = unreadable_fences(block.question, block.indent, fences)
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
        output += self._between(lines, position, len(lines))

        extension.publish(conversion.problems)
        return output

    def _report(self, problems: list[Problem]) -> Sequence[LocatedProblem]:
        if not problems:
            return ()  # most blocks have none: the one empty tuple, not a new list that a page keeps
        located = sorted(self.extension.located(p.line, p.message) for p in problems)
        self.conversion.problems.extend(located)
        return located

    def _output_marker(self, text: str, title: str) -> str:
        """The marker line of a snippet's recorded output, which the block processor turns into its element."""
        outputs = self.conversion.outputs
        outputs.append((title, text))
        return f"{MARK}output {len(outputs) - 1}{MARK}"

    def _between(self, lines: list[str], start: int, stop: int) -> list[str]:
        """The lines from ``start`` to ``stop`` (0-based, outside question blocks), expanded, with the
        page's summary marker, if it is among them, as a marker block of its own."""
        summary = self.summary
        if summary is None or not start <= summary.start < stop:
            return self._expand(lines[start:stop], start + 1)
        marker = ["", f"{summary.indent}{MARK}summary{MARK}", ""]
        before = self._expand(lines[start : summary.start], start + 1)
        return before + marker + self._expand(lines[summary.end : stop], summary.end + 1)

    def _expand(self, lines: Sequence[str], first_line: int) -> list[str]:
        """Lines with their /// snippet blocks replaced by the snippet's code and recorded output."""
        expanded, problems = self.snippet_blocks.expand(lines, first_line)
        self._report(problems)
        return expanded

    def _marked_parts(self, question: Question, indent: str, index: int, snippets: bool) -> list[str]:
        """The block rewritten as marker lines around each part's Markdown, keeping the block's indent
        (``snippets``: whether the block may hold a snippet block to expand)."""
        # The parts are written at the block's indent (inside a container, say), and the code that the
        # engine writes into them too: where the host reads no fence there, it writes indented code.
        blocks = self.snippet_blocks
        host_fences, run_marker = blocks.fences, blocks.run_marker
        blocks.fences = host_fences if host_fences.reads_fence_at(indent) else Fences.NONE
        blocks.run_marker = None  # no Run button in a question: running the code would answer it
        try:
            return self._parts_at(question, indent, index, snippets)
        finally:
            blocks.fences, blocks.run_marker = host_fences, run_marker

    def _parts_at(self, question: Question, indent: str, index: int, snippets: bool) -> list[str]:
        shown_code = self._shown_code(question)
        stem = question.stem
        keys = question_reader_keys(question, self.extension.snippets)
        if keys is not None:
            # The version the page shows, in an element the script rewrites with the reader's.
            self.conversion.reader_keys[index] = keys
            shown = f'<span class="quiz-version">{html.escape(version_label(Version.parse(keys.default)))}</span>'
            stem = Fragment(stem.line, stem.text.replace(PLACEHOLDER, shown))
        if shown_code:
            blocks = self.snippet_blocks
            code = shown_code_lines(shown_code, folding=blocks.folding, fences=blocks.fences, copy=False)
            stem = Fragment(stem.line, "\n".join((*stem.lines, "", *code)))
        parts = [(name, stem if name == "stem" else fragment) for name, fragment in question_parts(question)]
        self.conversion.hashes[index] = question.content_hash(shown_code)
        self.conversion.part_names[index] = " ".join([name for name, _ in parts])  # a string: no object to watch
        output = ["", f"{indent}{MARK}quiz {index}{MARK}", ""]
        share_lines = self.knows_every_later_preprocessor()
        last = len(parts) - 1
        # A part that is one block of plain text (most answers, feedback, hints) is set aside: no later
        # preprocessor would read or change it, and the block processor parses it as it would the text.
        may_set_aside = share_lines and not indent and not snippets
        set_aside: dict[str, str] = {}
        for position, (name, fragment) in enumerate(parts):
            if may_set_aside and can_set_aside(fragment.source):
                set_aside[name] = fragment.source
                continue
            part = self._expand(fragment.lines, fragment.line) if snippets else fragment.lines
            # Whether the next part's marker may follow this part's last line without a blank line
            # between them: the block processor splits a block at each part's marker line, so the blocks
            # of the part are the same; no known preprocessor reads a line of plain text or a marker line
            # otherwise than after a blank line (the end marker keeps a block of its own).
            joined = share_lines and position < last and bool(part) and starts_as_plain_text(part[-1])
            marker = f"{indent}{MARK}part {name}{MARK}"
            # The marker line may open the part's first block (fewer lines for every later step), unless
            # that block must start a block for a preprocessor too: raw HTML, fenced code (three or more
            # backticks or tildes: an answer that starts with inline code shares the marker's block).
            own_block = not part or part[0][:1] in ("", "<") or part[0].startswith(("```", "~~~"))
            if own_block:
                output += [marker, ""]
            elif share_lines and starts_as_plain_text(part[0]):
                # A first line that no preprocessor reads (plain text) may follow the marker on its line:
                # one line fewer for each of them to go through.
                output.append(marker + part[0])
                part = part[1:]
            else:
                output.append(marker)
            output += [f"{indent}{line}" if line else "" for line in part] if indent else part
            if not joined:
                output.append("")
        if set_aside:
            self.conversion.set_aside[index] = set_aside
        if output[-1]:
            output.append("")  # the end marker is a block of its own, whichever part came last
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


# The preprocessors that may run after this one whose rules are known (Python-Markdown's own, those of
# the extensions this site and most sites use, MkDocs' own): none of them reads a line that starts as
# plain text (``blocks.NOT_PLAIN_LINE_RE``: a letter, a backtick, a quote, a parenthesis, a number that
# numbers no list item) otherwise than the same text after a marker. They look for fences, raw HTML,
# snippet includes (`--8<--`), or read the whole text.
KNOWN_PREPROCESSORS = frozenset(
    {
        "markdown.preprocessors.NormalizeWhitespace",
        "markdown.preprocessors.HtmlBlockPreprocessor",
        "markdown.extensions.md_in_html.HtmlBlockPreprocessor",
        "markdown.extensions.fenced_code.FencedBlockPreprocessor",
        "pymdownx.superfences.SuperFencesBlockPreprocessor",
        "pymdownx.snippets.SnippetPreprocessor",
        "mkdocs.structure.pages._RawHTMLPreprocessor",
    }
)


def _class_name(processor: object) -> str:
    return f"{type(processor).__module__}.{type(processor).__qualname__}"


def can_set_aside(source: str) -> bool:
    """Whether a part's Markdown is one block that no known preprocessor reads or changes: every line
    starts as plain text (``blocks.plain_lines``: no blank line, so one block), none opens a fence, and
    it holds no HTML tag or comment (which an HTML preprocessor reads anywhere in a line: MkDocs looks
    there for anchors) and none of the characters that whitespace normalisation removes (STX, ETX)."""
    return (
        (plain_lines(source) if "\n" in source else starts_as_plain_text(source))
        and "```" not in source
        and "<" not in source
        and "\x02" not in source
        and "\x03" not in source
    )


def run_marker(path: str) -> str:
    """The marker line that the block processor turns into the element of a snippet's Run button."""
    return f"{MARK}run {path}{MARK}"


def normalized_lines(lines: list[str]) -> list[str]:
    """The lines with any marker character removed (authored text must not forge a marker) and split
    at lone carriage returns too, as Python-Markdown itself will split them after this preprocessor."""
    text = "\n".join(lines)
    if MARK not in text and "\r" not in text:
        return lines
    return text.replace(MARK, "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
