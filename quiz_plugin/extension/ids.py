"""A question's HTML ids must be unique on its page.

A question's element is ``quiz-<id>`` (its text ``quiz-<id>-q``, an answer with block content
``quiz-<id>-c<n>``). A heading whose anchor is ``quiz-gc``, an element of raw HTML, or another
question's derived id can be the same: the page then holds duplicate ids, links jump to the wrong
place and assistive technology reads the wrong label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from xml.etree.ElementTree import Element

from ..core.model import Question

ID_ATTRIBUTE_RE = re.compile(r"""\sid\s*=\s*["']([^"']+)["']""")
PLACEHOLDER_RE = re.compile("\x02[^\x03]*\x03")  # stashed HTML


def markup_ids(question: Question) -> list[str]:
    base = f"quiz-{question.id}"
    return [base, f"{base}-q", *(f"{base}-c{index}" for index in range(len(question.choices)))]


def id_collisions(
    root: Element, questions: Sequence[tuple[Question, Element]], raw_html: Iterable[str]
) -> list[tuple[Question, str]]:
    """For each question whose markup would repeat an id of the page: the question and a message."""
    own = {id(element) for _, element in questions}
    # Each id of the page -> what has it: an element of the page (described only if a question's id is
    # the same, which is rare), or a description.
    taken: dict[str, Element | str] = {}
    for element in root.iter():
        identifier = element.get("id")
        if identifier and id(element) not in own:
            taken.setdefault(identifier, element)
    for html in raw_html:
        for identifier in ID_ATTRIBUTE_RE.findall(html):
            taken.setdefault(identifier, "an element written in raw HTML")
    identifiers = [markup_ids(question) for question, _ in questions]
    for (question, _), own_ids in zip(questions, identifiers, strict=True):
        for identifier in own_ids[1:]:
            taken.setdefault(identifier, f"question `{question.id}`")
    found = []
    for (question, _), own_ids in zip(questions, identifiers, strict=True):
        for identifier in own_ids:
            owner = taken.get(identifier)
            if owner is None:
                continue
            owner = owner if isinstance(owner, str) else _described(owner)
            if owner != f"question `{question.id}`":
                found.append(
                    (
                        question,
                        f"the question's HTML id `{identifier}` is also used by {owner} on this page: "
                        "give the question (or the other) another id",
                    )
                )
                break
    return found


def _described(element: Element) -> str:
    """An element of the page as a message names it: the heading "Its text", or the <tag>."""
    text = " ".join(PLACEHOLDER_RE.sub("", _own_text(element)).split())[:40]
    kind = "the heading" if re.fullmatch(r"h[1-6]", element.tag) else f"the <{element.tag}>"
    return f'{kind} "{text}"' if text else f"a <{element.tag}>"


def _own_text(element: Element) -> str:
    """An element's text without its permalink (the table of contents' ``headerlink``)."""
    parts = [element.text or ""]
    for child in element:
        if "headerlink" not in (child.get("class") or ""):
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
