"""The corpus's vocabulary: a case is either an authoring mistake, which must be reported exactly
(`case.md:line: message`), or odd but valid input, which must render the question a reader expects.

Every case is also held to what bad input may never do: raise, or put a question's answers on the page
as text. Every case ends with a paragraph that must survive: a broken block never swallows the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rendered import Node, Rendered, convert, parse_html, rendered_questions

AFTER = "The page goes on after the block."

NO_ID = "quiz block has no id: write `/// quiz | <id>` (letters a-z, digits, -)"
NOT_CLOSED = "quiz block is not closed: add a line `///` after its last line"
NO_TEXT = "the question has no text: write it between the header and the answer list"
NO_CHOICE_LIST = "the question has no answer list: add its answers as a task list: `- [x] right` and `- [ ] wrong`"
NO_SHORT_LIST = "the question has no answer list: add its accepted answers as `- [x] answer` items"
NONE_CORRECT = "no answer is marked correct: tick the right one with `[x]`"
TWO_ANSWERS = "a choice question needs at least two answers: add another below this one"
ORPHAN_FEEDBACK = "this feedback belongs to no answer: indent it under the answer it explains"
NO_BOX = "every item of the answer list needs a `[ ]` or `[x]` box"
EMPTY_ANSWER = "this answer is empty: write its text after the box"
NOT_RENDERED = (
    "this block was not rendered as a question: Markdown read part of it as code or raw HTML "
    "(a block indented as code, or an HTML tag left open inside it)"
)


def page(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def simple(question_id: str = "q", type_: str = "single", stem: str = "Q?", **extra: object) -> Rendered:
    defaults: dict[str, object] = {
        "choices": [("a", True), ("b", False)],
        "feedback": [None, None],
        "key": "Correct answer: A",
    }
    defaults.update(extra)
    return Rendered(id=question_id, type=type_, stem=stem, **defaults)  # type: ignore[arg-type]


GOOD = ("/// quiz | q", "Q?", "", "- [x] a", "- [ ] b", "///")


@dataclass
class Case:
    source: str
    problems: list[str] = field(default_factory=list)
    questions: list[Rendered] = field(default_factory=list)
    page_goes_on: bool = True  # False where the block rightly runs to the end of the page
    renders_anyway: bool = False  # a problem of the page, not of its questions (a repeated HTML id)


def mistake(
    *rows: str, problems: list[tuple[int, str]], page_goes_on: bool = True, rendered: list[Rendered] | None = None
) -> Case:
    """A mistake; ``rendered``: the questions that still render (a problem of the page, not theirs)."""
    source = page(*rows, "", AFTER) if page_goes_on else page(*rows)
    located = [f"case.md:{line}: {message}" for line, message in problems]
    return Case(source, located, rendered or [], page_goes_on, renders_anyway=rendered is not None)


def valid(*rows: str, questions: list[Rendered]) -> Case:
    return Case(page(*rows, "", AFTER), [], questions)


HEADER_TEXT_RE = re.compile(r"^\s*/{3,}\s*quiz\b", re.MULTILINE)


def text_outside_code(node: Node) -> str:
    """The page's text, leaving out code (a question shown as an example in a code block is fine)."""
    parts = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag not in ("pre", "code"):
            parts.append(text_outside_code(child))
    return "\n".join(parts)


def check_case(case: Case) -> None:
    result = convert(case.source)
    assert result.problems == case.problems
    questions = rendered_questions(result.html)
    assert questions == case.questions
    if case.problems and not case.renders_anyway:
        assert len(questions) < case.source.count("/// quiz |") or not case.questions
    if case.page_goes_on:
        assert f"<p>{AFTER}</p>" in result.html, "the block swallowed the rest of the page"
    shown = text_outside_code(parse_html(result.html))
    assert not HEADER_TEXT_RE.search(shown) or case.problems, "a question reached the page as text, unreported"
