"""Build the HTML (an ElementTree) of one question from its parsed Markdown parts.

The markup works without JavaScript: every answer, its feedback and the explanation are in the page,
the explanation inside a ``<details>``. The browser script only shows, hides and marks what is here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.etree.ElementTree import Element, SubElement

from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from .answers import short_answer_text
from .model import LocatedProblem, Question, QuestionType

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _move_children(source: Element, target: Element) -> None:
    """Move the content of a parsed part into ``target``, after what ``target`` already holds."""
    if source.text:
        if len(target):
            target[-1].tail = (target[-1].tail or "") + source.text
        else:
            target.text = (target.text or "") + source.text
    target.extend(list(source))


def _single_paragraph(part: Element) -> Element | None:
    """The part's one paragraph of text, if that is all it holds.

    A fenced code block is still a placeholder paragraph at this stage (its HTML is stashed and put
    back at the end); it is block content, not a paragraph.
    """
    if len(part) != 1 or part[0].tag != "p" or (part.text or "").strip():
        return None
    paragraph = part[0]
    if not len(paragraph) and HTML_PLACEHOLDER_RE.fullmatch((paragraph.text or "").strip()):
        return None
    return paragraph


def render_question(
    question: Question, number: int, parts: Mapping[str, Element], strings: Mapping[str, str], content_hash: str
) -> Element:
    qid = question.id
    root = Element(
        "div",
        {
            "class": "quiz",
            "id": f"quiz-{qid}",  # the script reads the question's id from here
            "data-quiz-type": question.type.value,
            "data-quiz-hash": content_hash,
        },
    )
    if question.numeric:
        root.set("data-quiz-numeric", "")
    fieldset = SubElement(root, "fieldset", {"aria-describedby": f"quiz-{qid}-q"})
    legend = SubElement(fieldset, "legend")
    legend.text = AtomicString(strings["question"].format(number=number))
    if question.type is QuestionType.MULTIPLE:
        legend.text = AtomicString(legend.text + " ")
        instruction = SubElement(legend, "span", {"class": "quiz-instruction"})
        instruction.text = AtomicString(strings["select_all"])
    stem = SubElement(fieldset, "div", {"class": "quiz-stem", "id": f"quiz-{qid}-q"})
    _move_children(parts["stem"], stem)

    if question.type is QuestionType.SHORT:
        field = SubElement(fieldset, "p", {"class": "quiz-field"})
        label = SubElement(field, "label")
        label.text = AtomicString(strings["your_answer"] + " ")
        SubElement(
            label, "input", {"type": "text", "autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}
        )
    else:
        _render_choices(fieldset, question, parts, number)

    if question.hint is not None:
        hint = SubElement(fieldset, "details")  # the answer's <details> is outside the fieldset
        summary = SubElement(hint, "summary")
        summary.text = AtomicString(strings["hint"])
        _move_children(parts["hint"], hint)

    answer = SubElement(root, "details", {"class": "quiz-answer"})
    summary = SubElement(answer, "summary")
    summary.text = AtomicString(strings["answer"])
    _render_key(answer, question, parts, strings)
    if question.explanation is not None:
        _move_children(parts["explanation"], answer)  # right after the key: no wrapper needed
    return root


def _render_choices(fieldset: Element, question: Question, parts: Mapping[str, Element], number: int) -> None:
    attributes = {"class": "quiz-choices"}
    if question.type is not QuestionType.TRUE_FALSE:
        attributes["type"] = "A"
    choices = SubElement(fieldset, "ol", attributes)
    kind = "checkbox" if question.type is QuestionType.MULTIPLE else "radio"
    for index, choice in enumerate(question.choices):
        item = SubElement(choices, "li", {"data-correct": ""} if choice.correct else {})
        label = SubElement(item, "label")
        # Radios need a shared name to form one group (the question's number: unique on its page, and
        # shorter than its id); checkboxes do not.
        attributes = {"type": kind, "name": f"quiz-{number}"} if kind == "radio" else {"type": kind}
        control = SubElement(label, "input", attributes)
        body = parts[f"choice-{index}"]
        paragraph = _single_paragraph(body)
        if paragraph is not None:
            control.tail = " " + (paragraph.text or "")
            label.extend(list(paragraph))
        else:
            # Block content (a code block, several paragraphs) may not sit inside a <label>.
            body_id = f"quiz-{question.id}-c{index}"
            control.set("aria-labelledby", body_id)
            block = SubElement(item, "div", {"class": "quiz-choice-body", "id": body_id})
            _move_children(body, block)
        _render_feedback(item, parts.get(f"feedback-{index}"))


def _render_feedback(parent: Element, part: Element | None) -> None:
    if part is None:
        return
    paragraph = _single_paragraph(part)
    if paragraph is not None:
        # Most feedback is one paragraph: the answer's only <p>, with no wrapper and no class.
        parent.append(paragraph)
        return
    feedback = SubElement(parent, "div", {"class": "quiz-feedback"})
    _move_children(part, feedback)


def _render_key(answer: Element, question: Question, parts: Mapping[str, Element], strings: Mapping[str, str]) -> None:
    key = SubElement(answer, "p", {"class": "quiz-key"})
    correct = question.correct_choices
    if question.type is QuestionType.SHORT:
        key.text = AtomicString(strings["accepted_answers"].split("{answers}")[0])
        for position, choice in enumerate(correct):
            code = SubElement(key, "code")
            code.text = AtomicString(short_answer_text(choice.body.text))
            code.tail = AtomicString(
                ", " if position < len(correct) - 1 else strings["accepted_answers"].split("{answers}")[-1]
            )
        with_feedback = [(i, c) for i, c in enumerate(question.choices) if c.feedback is not None]
        if with_feedback:
            responses = SubElement(answer, "ul", {"class": "quiz-choices"})
            for index, choice in with_feedback:
                item = SubElement(responses, "li", {"data-correct": ""} if choice.correct else {})
                code = SubElement(item, "code")
                code.text = AtomicString(short_answer_text(choice.body.text))
                _render_feedback(item, parts.get(f"feedback-{index}"))
        return
    if question.type is QuestionType.TRUE_FALSE:
        names = [choice.body.text.strip() for choice in correct]
    else:
        names = [LETTERS[i % len(LETTERS)] for i, choice in enumerate(question.choices) if choice.correct]
    template = strings["correct_answers"] if len(names) > 1 else strings["correct_answer"]
    key.text = AtomicString(template.format(answers=", ".join(names)))


def render_invalid(problems: Sequence[LocatedProblem], source: str, strings: Mapping[str, str]) -> Element:
    """What a serve preview shows instead of a question with mistakes (a strict build fails instead)."""
    root = Element("div", {"class": "quiz quiz--invalid", "role": "note"})
    title = SubElement(SubElement(root, "p"), "strong")
    title.text = AtomicString(strings["invalid"])
    listing = SubElement(root, "ul")
    for problem in problems:
        SubElement(listing, "li").text = AtomicString(str(problem))
    SubElement(SubElement(root, "pre"), "code").text = AtomicString(source)
    return root
