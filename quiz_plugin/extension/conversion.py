"""What one conversion of a page finds and hands from one step to the next, and what it returns.

The steps (``preprocessor``, ``blocks``, ``treeprocessors``) share one ``Conversion`` per page; at the
end the extension hands the host a ``PageResult``: the page's questions, problems and links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from ..core.model import Block, Fragment, LocatedProblem, Question
from ..snippets.reader_version import ReaderKeys
from .render import Parts

# Marker lines; the record separator survives whitespace normalisation (which only strips STX and ETX),
# and the preprocessor removes it from authored text, so that no page can forge a marker.
MARK = "\x1e"
NOT_RENDERED = (
    "this block was not rendered as a question: Markdown read part of it as code or raw HTML "
    "(a block indented as code, or an HTML tag left open inside it)"
)


@dataclass
class FoundBlock:
    block: Block
    source: str
    problems: Sequence[LocatedProblem]
    rendered: bool = False


@dataclass
class PendingQuestion:
    """A question whose parts are parsed, waiting for ``QuizAssembler`` to put them into its markup."""

    element: Element  # the question's element in the page
    question: Question
    number: int
    content_hash: str
    parts: Parts  # each part, by name: its elements are in ``element`` too until assembly
    reader_keys: ReaderKeys | None = None  # its key on each version, if it follows the reader's version


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
    # Each snippet output the page shows, (title, text), by the index its marker line names.
    outputs: list[tuple[str, str]] = field(default_factory=list)
    part_names: dict[int, str] = field(default_factory=dict)  # its parts' names (``question_parts``), spaced
    # The parts that are one block of plain text, by question index and name, which the preprocessor
    # keeps out of the page's text (``preprocessor.can_set_aside``): the block processor parses them.
    set_aside: dict[int, dict[str, str]] = field(default_factory=dict)
    reader_keys: dict[int, ReaderKeys] = field(default_factory=dict)  # of `version: reader` blocks, by index
    rendered: int = 0  # questions rendered so far, to number them
    pending: list[PendingQuestion] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the page's lines, as the parser read them
    links: list[QuestionLink] = field(default_factory=list)  # the links inside questions, in page order


@dataclass(frozen=True)
class PageResult:
    """What a conversion found, for the host: the page's questions without problems (in page order),
    its problems, and the links inside its questions (for a host that can check where they lead)."""

    path: str  # the page, as problems name it
    line_offset: int  # lines before the converted text (front matter)
    questions: tuple[Question, ...]
    problems: tuple[LocatedProblem, ...]
    links: tuple[QuestionLink, ...]
    hashes: tuple[str, ...] = ()  # each question's content hash (``Question.content_hash``), as rendered


def question_parts(question: Question) -> list[tuple[str, Fragment]]:
    """The parts of a question that are Markdown of their own, by name, in page order."""
    parts = [("stem", question.stem)]
    for number, choice in enumerate(question.choices):
        parts.append((f"choice-{number}", choice.body))
        if (feedback := choice.feedback) is not None:
            parts.append((f"feedback-{number}", feedback))
    parts += [(f"hint-{number}", hint) for number, hint in enumerate(question.hints)]
    if (explanation := question.explanation) is not None:
        parts.append(("explanation", explanation))
    return parts
