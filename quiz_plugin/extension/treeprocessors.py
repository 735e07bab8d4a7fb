"""The last steps, after Python-Markdown's block parser: report questions that never reached the page,
record the links inside questions, and write each question's markup around its processed parts."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from ..core.model import Fragment
from .conversion import NOT_RENDERED, Conversion, QuestionLink, question_parts
from .ids import id_collisions
from .leftovers import SHOWN_AS_TEXT, leftover_headers
from .render import PageWriter, render_question
from .search_view import exclude_answers_from_search

if TYPE_CHECKING:
    from .preprocessor import QuizPreprocessor


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


class QuizLinks(Treeprocessor):
    """Records every link and image inside a question with its source line, for a host that can check
    where they lead (the MkDocs plugin reports a broken one at that line)."""

    def __init__(self, md: Markdown, preprocessor: QuizPreprocessor) -> None:
        super().__init__(md)
        self.preprocessor = preprocessor

    def run(self, root: Element) -> None:
        conversion = self.preprocessor.conversion
        for pending in conversion.pending:
            # Until assembly the question's element holds every part's content: most questions hold no
            # link or image at all (the searches run in C).
            element = pending.element
            if next(element.iter("a"), None) is None and next(element.iter("img"), None) is None:
                continue
            fragments: dict[str, Fragment] | None = None
            for name, part in pending.parts.items():
                if next(part.iter("a"), None) is None and next(part.iter("img"), None) is None:
                    continue  # most parts hold neither
                for element in part.iter():
                    target = element.get("href") if element.tag == "a" else element.get("src")
                    if element.tag in ("a", "img") and target:
                        fragments = fragments or dict(question_parts(pending.question))
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
        shuffle = bool(extension.getConfig("shuffle"))
        bounds = []
        for question in pending:
            start = len(writer.out)
            render_question(
                writer,
                question.question,
                question.number,
                question.parts,
                strings,
                question.content_hash,
                shuffle,
                question.reader_keys,
            )
            bounds.append((start, len(writer.out)))
        html = writer.finish()
        private = exclude_answers_from_search if extension.search_exclude else str
        for question, (start, end) in zip(pending, bounds, strict=True):
            element, tail = question.element, question.element.tail
            element.clear()  # its children were the parts', now written in ``html``
            element.tag, element.tail = "p", tail
            element.text = self.md.htmlStash.store(private("".join(html[start:end])))
        self.preprocessor.conversion.pending = []
        extension.finish(self.preprocessor.conversion)
        self.preprocessor.conversion = Conversion()

    def _is_block(self, tag: str) -> bool:
        known = self._block_level.get(tag)
        if known is None:
            known = self._block_level[tag] = self.md.is_block_level(tag)
        return known
