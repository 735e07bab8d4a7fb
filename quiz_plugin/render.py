"""The HTML of one question, from its parsed and processed Markdown parts.

The markup works without JavaScript: every answer, its feedback and the explanation are in the page,
the explanation inside a ``<details>``. The browser script only shows, hides and marks what is here::

    <div class="quiz" data-quiz-hash="…" data-quiz-type="single" id="quiz-<id>">
    <fieldset aria-describedby="quiz-<id>-q">
    <legend>Question 1</legend>
    <div class="quiz-stem" id="quiz-<id>-q">…</div>
    <ol class="quiz-choices" type="A">
    <li data-correct=""><label><input name="quiz-1" type="radio" /> answer</label><p>feedback</p></li>
    </ol>
    <details><summary>Hint</summary>…</details>
    </fieldset>
    <details class="quiz-answer"><summary>Answer</summary><p class="quiz-key">…</p>explanation…</details>
    </div>

The parts' content (stem, answers, feedback, hint, explanation) has been through every Markdown tree
processor already; the elements around it are written here as text, with the line breaks
Python-Markdown would give them, and never become elements that later steps would walk again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from xml.etree.ElementTree import Element, SubElement

# The escaping of Python-Markdown's own serializer, so that text written here reads exactly as if it
# had been serialized with the rest of the page (for example, entities such as &nbsp; are kept).
from markdown.serializers import _escape_attrib_html, _escape_cdata  # type: ignore[attr-defined]
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from .answers import short_answer_text
from .model import LocatedProblem, Question, QuestionType

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

Serialize = Callable[[Element], str]  # an element's HTML, its tail included
IsBlockLevel = Callable[[str], bool]


def _text(text: str | None) -> str:
    return _escape_cdata(text) if text else ""


def _start(tag: str, attributes: Mapping[str, str]) -> str:
    """A start tag with its attributes in name order, as Python-Markdown's serializer writes them."""
    written = "".join(f' {name}="{_escape_attrib_html(value)}"' for name, value in sorted(attributes.items()))
    return f"<{tag}{written}>"


def _void(tag: str, attributes: Mapping[str, str]) -> str:
    """An element without content, such as ``<input … />``, as the XHTML serializer writes it."""
    return _start(tag, attributes)[:-1] + " />"


def _single_paragraph(part: Element) -> Element | None:
    """The part's one paragraph of text, if that is all it holds.

    A fenced code block is a placeholder paragraph (its HTML is stashed and put back at the end);
    it is block content, not a paragraph.
    """
    if len(part) != 1 or part[0].tag != "p" or (part.text or "").strip():
        return None
    paragraph = part[0]
    if not len(paragraph) and HTML_PLACEHOLDER_RE.fullmatch((paragraph.text or "").strip()):
        return None
    return paragraph


class _Writer:
    """Serializes parts with the page's serializer. A part is spent once written: an element whose tag
    is None serializes as its content alone, so each part (or paragraph) takes one call."""

    def __init__(self, serialize: Serialize, is_block_level: IsBlockLevel) -> None:
        self.serialize = serialize
        self.is_block_level = is_block_level

    def inline(self, paragraph: Element) -> str:
        """A paragraph's content, without the paragraph (and its line break)."""
        paragraph.tag, paragraph.tail = None, None  # type: ignore[assignment]
        return self.serialize(paragraph)

    def content(self, part: Element) -> str:
        """``part``'s content on its own, for a parent that already holds other blocks."""
        part.tag, part.tail = None, None  # type: ignore[assignment]
        return self.serialize(part)

    def block(self, tag: str, attributes: Mapping[str, str], part: Element) -> str:
        """``part``'s content in a block element (a line break before block content, as prettified)."""
        opening = ""
        if not (part.text or "").strip() and len(part) and self.is_block_level(part[0].tag):
            part.text, opening = None, "\n"
        return _start(tag, attributes) + opening + self.content(part) + f"</{tag}>\n"


def render_question(
    question: Question,
    number: int,
    parts: Mapping[str, Element],
    strings: Mapping[str, str],
    content_hash: str,
    serialize: Serialize,
    is_block_level: IsBlockLevel,
) -> str:
    qid = question.id
    writer = _Writer(serialize, is_block_level)
    attributes = {
        "class": "quiz",
        "id": f"quiz-{qid}",
        "data-quiz-type": question.type.value,
        "data-quiz-hash": content_hash,
    }
    if question.numeric:
        attributes["data-quiz-numeric"] = ""
    legend = _text(strings["question"].format(number=number))
    if question.type is QuestionType.MULTIPLE:
        legend += f' <span class="quiz-instruction">{_text(strings["select_all"])}</span>'
    html = [
        _start("div", attributes),
        "\n",
        _start("fieldset", {"aria-describedby": f"quiz-{qid}-q"}),
        "\n",
        f"<legend>{legend}</legend>\n",
        writer.block("div", {"class": "quiz-stem", "id": f"quiz-{qid}-q"}, parts["stem"]),
    ]
    if question.type is QuestionType.SHORT:
        field = {"type": "text", "autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}
        html.append(
            f'<p class="quiz-field"><label>{_text(strings["your_answer"])} {_void("input", field)}</label></p>\n'
        )
    else:
        html.append(_choices(writer, question, parts, number))
    if question.hint is not None:
        html.append(
            f"<details>\n<summary>{_text(strings['hint'])}</summary>\n{writer.content(parts['hint'])}</details>\n"
        )
    html.append("</fieldset>\n")
    html.append(f'<details class="quiz-answer">\n<summary>{_text(strings["answer"])}</summary>\n')
    html.append(_key(writer, question, parts, strings))
    if question.explanation is not None:
        html.append(writer.content(parts["explanation"]))  # right after the key: no wrapper needed
    html.append("</details>\n</div>")
    return "".join(html)


CHOICE_LISTS = {True: '<ol class="quiz-choices">\n', False: '<ol class="quiz-choices" type="A">\n'}


def _choices(writer: _Writer, question: Question, parts: Mapping[str, Element], number: int) -> str:
    # Radios need a shared name to form one group (the question's number: unique on its page, and
    # shorter than its id); checkboxes do not.
    control = (
        {"type": "checkbox"} if question.type is QuestionType.MULTIPLE else {"type": "radio", "name": f"quiz-{number}"}
    )
    labelled = f"<label>{_void('input', control)} "  # the same for every answer of the question
    html = [CHOICE_LISTS[question.type is QuestionType.TRUE_FALSE]]
    for index, choice in enumerate(question.choices):
        html.append('<li data-correct="">' if choice.correct else "<li>")
        body = parts[f"choice-{index}"]
        paragraph = _single_paragraph(body)
        if paragraph is not None:
            html.append(f"{labelled}{writer.inline(paragraph)}</label>")
        else:
            # Block content (a code block, several paragraphs) may not sit inside a <label>.
            body_id = f"quiz-{question.id}-c{index}"
            html.append(f"<label>{_void('input', {**control, 'aria-labelledby': body_id})}</label>")
            html.append(writer.block("div", {"class": "quiz-choice-body", "id": body_id}, body))
        html.append(_feedback(writer, parts.get(f"feedback-{index}")))
        html.append("</li>\n")
    html.append("</ol>\n")
    return "".join(html)


def _feedback(writer: _Writer, part: Element | None) -> str:
    if part is None:
        return ""
    paragraph = _single_paragraph(part)
    if paragraph is not None:
        # Most feedback is one paragraph: the answer's only <p>, with no wrapper and no class.
        return writer.serialize(paragraph)
    return writer.block("div", {"class": "quiz-feedback"}, part)


def _key(writer: _Writer, question: Question, parts: Mapping[str, Element], strings: Mapping[str, str]) -> str:
    correct = question.correct_choices
    if question.type is QuestionType.SHORT:
        before, _, after = strings["accepted_answers"].partition("{answers}")
        accepted = ", ".join(f"<code>{_text(short_answer_text(choice.body.text))}</code>" for choice in correct)
        html = [f'<p class="quiz-key">{_text(before)}{accepted}{_text(after)}</p>\n']
        with_feedback = [
            (index, choice) for index, choice in enumerate(question.choices) if choice.feedback is not None
        ]
        if with_feedback:
            html.append('<ul class="quiz-choices">\n')
            for index, choice in with_feedback:
                opening = '<li data-correct="">' if choice.correct else "<li>"
                code = f"<code>{_text(short_answer_text(choice.body.text))}</code>"
                html.append(f"{opening}{code}{_feedback(writer, parts.get(f'feedback-{index}'))}</li>\n")
            html.append("</ul>\n")
        return "".join(html)
    if question.type is QuestionType.TRUE_FALSE:
        names = [choice.body.text.strip() for choice in correct]
    else:
        names = [LETTERS[i % len(LETTERS)] for i, choice in enumerate(question.choices) if choice.correct]
    template = strings["correct_answers"] if len(names) > 1 else strings["correct_answer"]
    return f'<p class="quiz-key">{_text(template.format(answers=", ".join(names)))}</p>\n'


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
