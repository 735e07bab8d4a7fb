"""Markdown through the site's own extensions, and what its questions look like once rendered.

The corpus and the property tests compare questions as a reader would read them (texts, which answers
are right, feedback, hint, explanation, key), not as HTML strings: the golden tests pin the markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import yaml

from quiz_plugin import QuizExtension
from quiz_plugin.core.model import LocatedProblem

ROOT = Path(__file__).resolve().parents[2]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def site_extensions() -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The Markdown extensions of the real site (mkdocs.yml), with their settings."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    settings: dict[str, dict[str, Any]] = {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        settings[name] = dict(options or {})
    settings["pymdownx.snippets"]["base_path"] = [str(ROOT / "tests" / "robustness"), str(ROOT / "docs")]
    return names, settings


EXTENSIONS, SETTINGS = site_extensions()


@dataclass
class Conversion:
    html: str
    problems: list[str]


def convert(source: str, *, strict: bool = False) -> Conversion:
    """Convert a page as the site would, collecting each problem as `case.md:line: message`."""
    problems: list[LocatedProblem] = []
    extension = QuizExtension(path="case.md", strict=strict)
    extension.report = problems.append
    html = markdown.Markdown(extensions=[extension, *EXTENSIONS], extension_configs=SETTINGS).convert(source)
    return Conversion(html, [str(problem) for problem in problems])


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def text(self) -> str:
        return " ".join("".join(_texts(self)).split())

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def find_all(self, predicate) -> list[Node]:  # type: ignore[no-untyped-def]
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if predicate(child):
                    found.append(child)
                found.extend(child.find_all(predicate))
        return found

    def first(self, css_class: str) -> Node | None:
        matches = self.find_all(lambda node: css_class in node.classes())
        return matches[0] if matches else None


def _texts(node: Node) -> list[str]:
    parts: list[str] = []
    for child in node.children:
        parts.extend([child] if isinstance(child, str) else _texts(child))
    return parts


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {name: value or "" for name, value in attrs}, parent=self.current))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse_html(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


@dataclass
class Rendered:
    """One rendered question, as text."""

    id: str
    type: str
    stem: str
    choices: list[tuple[str, bool]]
    feedback: list[str | None]
    key: str
    hints: list[str] = field(default_factory=list)
    explanation: str | None = None
    container: str = ""  # the classes of the nearest enclosing element that has any, if not the page


def _text_except(node: Node, leave_out) -> str:  # type: ignore[no-untyped-def]
    """The text of a node without the children for which ``leave_out`` is true."""
    kept = Node(node.tag, node.attrs)
    kept.children = [child for child in node.children if not (isinstance(child, Node) and leave_out(child))]
    return kept.text()


def _is_feedback(node: Node) -> bool:
    """An answer's feedback: its own paragraph, or the wrapper of longer feedback."""
    return node.tag == "p" or "quiz-feedback" in node.classes()


def _children(node: Node | None) -> list[Node]:
    return [child for child in node.children if isinstance(child, Node)] if node is not None else []


def _feedback(item: Node) -> Node | None:
    return next((child for child in _children(item) if _is_feedback(child)), None)


def _explanation(answer: Node) -> str | None:
    """The text of the answer's blocks after its key (and after the short answers' list)."""
    blocks = [
        child
        for child in answer.children
        if not (
            isinstance(child, Node) and (child.tag == "summary" or {"quiz-key", "quiz-choices"} & set(child.classes()))
        )
    ]
    text = Node("div", {}, blocks).text()
    return text or None


def _is_summary(node: Node) -> bool:
    return node.tag == "summary"


def rendered_questions(html: str) -> list[Rendered]:
    questions = []
    for quiz in parse_html(html).find_all(lambda node: "quiz" in node.classes() and "data-quiz-hash" in node.attrs):
        fieldset = next(child for child in quiz.children if isinstance(child, Node) and child.tag == "fieldset")
        choice_list = fieldset.first("quiz-choices")
        items = [child for child in choice_list.children if isinstance(child, Node)] if choice_list else []
        answer = quiz.first("quiz-answer")
        assert answer is not None
        if quiz.attrs["data-quiz-type"] == "short":
            responses = answer.first("quiz-choices")
            items = [child for child in responses.children if isinstance(child, Node)] if responses else []
        hints = [child for child in _children(fieldset) if child.tag == "details"]
        container = quiz.parent
        while container is not None and container.tag != "root" and not container.classes():
            container = container.parent
        questions.append(
            Rendered(
                id=quiz.attrs["id"].removeprefix("quiz-"),
                type=quiz.attrs["data-quiz-type"],
                stem=quiz.first("quiz-stem").text(),  # type: ignore[union-attr]
                choices=[(_text_except(item, _is_feedback), "data-correct" in item.attrs) for item in items],
                feedback=[feedback.text() if (feedback := _feedback(item)) else None for item in items],
                key=answer.first("quiz-key").text(),  # type: ignore[union-attr]
                hints=[_text_except(hint, _is_summary) for hint in hints],
                explanation=_explanation(answer),
                container=" ".join(container.classes()) if container is not None else "",
            )
        )
    return questions
