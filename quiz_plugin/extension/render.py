"""The HTML of one question, from its parsed and processed Markdown parts.

The markup works without JavaScript: every answer, its feedback and the explanation are in the page,
the explanation inside a ``<details>``. The browser script only shows, hides and marks what is here::

    <div class="quiz" data-quiz-hash="…" data-quiz-type="single" id="quiz-<id>">
    <fieldset aria-describedby="quiz-<id>-q" class="no-copy">
    <legend>Question 1</legend>
    <div class="quiz-stem" id="quiz-<id>-q">…</div>
    <ol class="quiz-choices" type="A">
    <li data-correct=""><label><input name="quiz-1" type="radio" /> answer</label><p>feedback</p></li>
    </ol>
    <details><summary>Hint</summary>…</details>
    </fieldset>
    <details class="quiz-answer"><summary>Answer</summary><p class="quiz-key">…</p>explanation…</details>
    </div>

Several hints are several ``<details>``, "Hint 1 of 2" and so on. A question whose options each reader
sees in an order of their own says ``data-quiz-shuffle``, and its key's letters (the author's order, as
shown without JavaScript) are in a ``<span class="quiz-letters">`` for the script to rewrite. A numeric
answer with a tolerance says it in ``data-quiz-tolerance``. An ordering question lists its steps in a
fixed scrambled order, each ``<li data-quiz-step="…">`` with its right place (from 0), and its answer
lists them again, in the right order (``<ol class="quiz-order">``).

The fieldset's ``no-copy`` class is Material for MkDocs' way to keep its Copy buttons off code blocks
(other themes ignore it): a question's code is there to be read, and each button would be one more Tab
stop before the answers.

The parts' content (stem, answers, feedback, hint, explanation) has been through every Markdown tree
processor already; the elements around it are written here as text, with the line breaks
Python-Markdown would give them, and never become elements that later steps would walk again.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from xml.etree.ElementTree import Element, SubElement

# The escaping of Python-Markdown's own serializer, so that text written here reads exactly as if it
# had been serialized with the rest of the page (for example, entities such as &nbsp; are kept).
from markdown.serializers import _escape_attrib_html, _escape_cdata  # type: ignore[attr-defined]
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from ..core.answers import short_answer_text
from ..core.model import LocatedProblem, Question, QuestionType
from ..core.order import scrambled
from ..core.strings import Strings
from ..core.true_false import TrueFalseWords, true_false_words
from ..snippets.reader_version import ReaderKeys
from ..snippets.recordings import Version, version_label

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
    """The part's one paragraph of text, if that is all it holds."""
    if len(part) != 1 or (part.text or "").strip():
        return None
    return _paragraph(part[0])


def _paragraph(element: Element) -> Element | None:
    """The element, if it is a paragraph of text.

    A fenced code block is a placeholder paragraph (its HTML is stashed and put back at the end);
    it is block content, not a paragraph.
    """
    if element.tag != "p":
        return None
    if not len(element) and HTML_PLACEHOLDER_RE.fullmatch((element.text or "").strip()):
        return None
    return element


class Parts(dict[str, Element]):
    """A question's processed parts, by name, as the block processor leaves them: the element that
    holds a part's content, or, for a part that is one paragraph of plain text (most answers and
    feedback: the names in ``paragraphs``), that paragraph alone. An element around each of those would
    be one more object per part for the garbage collector to watch until the page is written; for the
    same reason this is the dictionary itself, and ``paragraphs`` a set shared by every question whose
    parts of that kind have the same names (``shared_names``)."""

    __slots__ = ("paragraphs",)

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: frozenset[str] = frozenset()

    def paragraph(self, name: str) -> Element | None:
        """The part's one paragraph of text, if that is all it holds."""
        element = self[name]
        return _paragraph(element) if name in self.paragraphs else _single_paragraph(element)

    def container(self, name: str) -> Element:
        """The element that holds the part's content (made now for a part that is its paragraph alone)."""
        element = self[name]
        if name not in self.paragraphs:
            return element
        container = Element("div")
        container.append(element)
        return container

    def write_content(self, writer: PageWriter, name: str) -> None:
        """The part's content on its own, for a parent that already holds other blocks."""
        if name in self.paragraphs:
            writer.element(self[name])
        else:
            writer.content(self[name])


_SHARED_NAMES: dict[frozenset[str], frozenset[str]] = {}


def shared_names(names: Iterable[str]) -> frozenset[str]:
    """The one frozen set of these names that every caller gets (the names of a question's parts
    repeat from question to question)."""
    key = frozenset(names)
    return _SHARED_NAMES.setdefault(key, key)


# Between the serialized parts of a page's questions: the preprocessor removes it from authored text.
SEPARATOR = "\x1e"


class PageWriter:
    """Collects the markup of a page's questions: text written here, and the parts' elements, which
    one serializer call turns into HTML at the end (a call for each part cost more than all the rest).

    A part is spent once written: an element whose tag is None serializes as its content alone."""

    def __init__(self, serialize: Serialize, is_block_level: IsBlockLevel) -> None:
        self.serialize = serialize
        self.is_block_level = is_block_level
        self.out: list[str] = []  # the text written; an element's place holds "" until ``finish``
        self.elements: list[Element] = []
        self.places: list[int] = []  # where each element's HTML goes in ``out``

    def write(self, *texts: str) -> None:
        self.out.extend(texts)

    def element(self, element: Element) -> None:
        """An element of a part, whole (its line break included)."""
        self.places.append(len(self.out))
        self.out.append("")
        self.elements.append(element)

    def inline(self, paragraph: Element) -> None:
        """A paragraph's content, without the paragraph (and its line break)."""
        paragraph.tag, paragraph.tail = None, None  # type: ignore[assignment]
        self.element(paragraph)

    def content(self, part: Element) -> None:
        """``part``'s content on its own, for a parent that already holds other blocks."""
        part.tag, part.tail = None, None  # type: ignore[assignment]
        self.element(part)

    def block(self, tag: str, attributes: Mapping[str, str], part: Element) -> None:
        """``part``'s content in a block element (a line break before block content, as prettified)."""
        opening = ""
        if not (part.text or "").strip() and len(part) and self.is_block_level(part[0].tag):
            part.text, opening = None, "\n"
        self.write(_start(tag, attributes) + opening)
        self.content(part)
        self.write(f"</{tag}>\n")

    def finish(self) -> list[str]:
        """Everything written, as text: the elements serialized, all in one call."""
        elements = self.elements
        container = Element("div")
        container.tag = None  # type: ignore[assignment]  # serializes as its children alone
        for element in elements:
            element.tail = (element.tail or "") + SEPARATOR
        container.extend(elements)
        texts = self.serialize(container).split(SEPARATOR)
        if len(texts) != len(elements) + 1:  # a separator in the content itself (from an included file)
            for element in elements:
                element.tail = element.tail[: -len(SEPARATOR)] if element.tail else None
            texts = [self.serialize(element) for element in elements] + [""]
        out = self.out
        for place, text in zip(self.places, texts, strict=False):  # the last text is what follows them
            out[place] = text
        return out


def render_question(
    writer: PageWriter,
    question: Question,
    number: int,
    parts: Parts,
    strings: Strings,
    content_hash: str,
    shuffle: bool = False,
    reader_keys: ReaderKeys | None = None,
) -> None:
    """The markup of one question. ``shuffle``: whether the site shuffles options by default;
    ``reader_keys``: the question's key on each version, when it follows the reader's."""
    qid = question.id
    shuffled = question.shuffles(shuffle)
    attributes = {
        "class": "quiz",
        "id": f"quiz-{qid}",
        "data-quiz-type": question.type.value,
        "data-quiz-hash": content_hash,
    }
    if question.numeric:
        attributes["data-quiz-numeric"] = ""
    if question.tolerance is not None:
        attributes["data-quiz-tolerance"] = question.tolerance.text
    if shuffled:
        attributes["data-quiz-shuffle"] = ""
    if reader_keys is not None:
        # The recorded versions, newest first, and the one the page shows until the script says otherwise.
        attributes["data-quiz-versions"] = " ".join(reader_keys.versions)
        attributes["data-quiz-version"] = reader_keys.default
    legend = _text(strings.text("question", number=number))
    instruction = INSTRUCTIONS.get(question.type)
    if instruction:
        legend += f' <span class="quiz-instruction">{_text(strings[instruction])}</span>'
    writer.write(
        _start("div", attributes),
        "\n",
        _start("fieldset", {"aria-describedby": f"quiz-{qid}-q", "class": "no-copy"}),
        "\n",
        f"<legend>{legend}</legend>\n",
    )
    writer.block("div", {"class": "quiz-stem", "id": f"quiz-{qid}-q"}, parts.container("stem"))
    in_order: list[Element] = []
    if question.type is QuestionType.SHORT:
        field = {"type": "text", "autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}
        writer.write(
            f'<p class="quiz-field"><label>{_text(strings["your_answer"])} {_void("input", field)}</label></p>\n'
        )
    elif question.type is QuestionType.ORDER:
        in_order = _steps(writer, question, parts)
    else:
        _choices(writer, question, parts, number, strings, reader_keys)
    _hints(writer, question, parts, strings)
    writer.write("</fieldset>\n", f'<details class="quiz-answer">\n<summary>{_text(strings["answer"])}</summary>\n')
    if question.type is QuestionType.ORDER:
        _order_key(writer, in_order, strings)
    else:
        _key(writer, question, parts, strings, shuffled)
    if reader_keys is not None:
        _keys_on_versions(writer, reader_keys, strings)
    if question.explanation is not None:
        parts.write_content(writer, "explanation")  # right after the key: no wrapper needed
    writer.write("</details>\n</div>")


INSTRUCTIONS = {QuestionType.MULTIPLE: "select_all", QuestionType.ORDER: "order_steps"}
CHOICE_LISTS = {True: '<ol class="quiz-choices">\n', False: '<ol class="quiz-choices" type="A">\n'}
CHOICE_ITEMS = {True: _start("li", {"data-correct": ""}), False: _start("li", {})}  # by whether it is right


def _hints(writer: PageWriter, question: Question, parts: Parts, strings: Strings) -> None:
    """Each hint in a ``<details>`` of its own: readers open one at a time."""
    count = len(question.hints)
    for index in range(count):
        summary = strings["hint"] if count == 1 else strings.text("hint_of", number=index + 1, count=count)
        writer.write(f"<details>\n<summary>{_text(summary)}</summary>\n")
        parts.write_content(writer, f"hint-{index}")
        writer.write("</details>\n")


def _words(strings: Strings) -> TrueFalseWords:
    return true_false_words(strings["true"], strings["false"])


def _choices(
    writer: PageWriter,
    question: Question,
    parts: Parts,
    number: int,
    strings: Strings,
    reader_keys: ReaderKeys | None = None,
) -> None:
    # Radios need a shared name to form one group (the question's number: unique on its page, and
    # shorter than its id); checkboxes do not.
    multiple = question.type is QuestionType.MULTIPLE
    control = {"type": "checkbox"} if multiple else {"type": "radio", "name": f"quiz-{number}"}
    labelled = f"<label>{_void('input', control)} "  # the same for every answer of the question
    true_false = question.type is QuestionType.TRUE_FALSE
    writer.write(CHOICE_LISTS[true_false])
    for index, choice in enumerate(question.choices):
        if reader_keys is not None and reader_keys.right_on[index]:
            item = {"data-correct": ""} if choice.correct else {}
            item["data-right-on"] = " ".join(reader_keys.right_on[index])
            writer.write(_start("li", item))
        else:
            writer.write(CHOICE_ITEMS[choice.correct])
        name = f"choice-{index}"
        paragraph = parts.paragraph(name)
        if true_false:
            # The site's word, whichever language's the author wrote (``core.true_false``).
            word = strings["true"] if _words(strings).value(choice.body.text) else strings["false"]
            writer.write(f"{labelled}{_text(word)}</label>")
        elif paragraph is not None:
            writer.write(labelled)
            writer.inline(paragraph)
            writer.write("</label>")
        else:
            # Block content (a code block, several paragraphs) may not sit inside a <label>.
            body_id = f"quiz-{question.id}-c{index}"
            writer.write(f"<label>{_void('input', {**control, 'aria-labelledby': body_id})}</label>")
            writer.block("div", {"class": "quiz-choice-body", "id": body_id}, parts.container(name))
        _feedback(writer, parts, f"feedback-{index}")
        writer.write("</li>\n")
    writer.write("</ol>\n")


def _feedback(writer: PageWriter, parts: Parts, name: str) -> None:
    if name not in parts:
        return
    paragraph = parts.paragraph(name)
    if paragraph is not None:
        writer.element(paragraph)  # most feedback is one paragraph: the answer's only <p>, no wrapper
    else:
        writer.block("div", {"class": "quiz-feedback"}, parts.container(name))


def _key(writer: PageWriter, question: Question, parts: Parts, strings: Strings, shuffled: bool) -> None:
    correct = question.correct_choices
    if question.type is QuestionType.SHORT:
        accepted = ", ".join(f"<code>{_text(short_answer_text(choice.body.text))}</code>" for choice in correct)
        key = strings.markup("accepted_answers", _text, count=len(correct), answers=accepted)
        if question.tolerance is not None:
            key += " " + _text(strings.text("tolerance", tolerance=question.tolerance.text))
        writer.write(f'<p class="quiz-key">{key}</p>\n')
        with_feedback = [
            (index, choice) for index, choice in enumerate(question.choices) if choice.feedback is not None
        ]
        if with_feedback:
            writer.write('<ul class="quiz-choices">\n')
            for index, choice in with_feedback:
                opening = '<li data-correct="">' if choice.correct else "<li>"
                writer.write(f"{opening}<code>{_text(short_answer_text(choice.body.text))}</code>")
                _feedback(writer, parts, f"feedback-{index}")
                writer.write("</li>\n")
            writer.write("</ul>\n")
        return
    if question.type is QuestionType.TRUE_FALSE:
        words = _words(strings)
        names = [strings["true"] if words.value(choice.body.text) else strings["false"] for choice in correct]
    else:
        names = [LETTERS[i % len(LETTERS)] for i, choice in enumerate(question.choices) if choice.correct]
    if not shuffled:
        key = strings.text("correct_answer", count=len(names), answers=", ".join(names))
        writer.write(f'<p class="quiz-key">{_text(key)}</p>\n')
        return
    # The letters of the author's order, which the script rewrites to the order a reader sees.
    letters = f'<span class="quiz-letters">{_text(", ".join(names))}</span>'
    key = strings.markup("correct_answer", _text, count=len(names), answers=letters)
    writer.write(f'<p class="quiz-key">{key}</p>\n')


def _steps(writer: PageWriter, question: Question, parts: Parts) -> list[Element]:
    """The steps of an ordering question, in a fixed scrambled order (what readers without JavaScript
    see); returns a copy of each step's content, in the right order, for the answer."""
    count = len(question.choices)
    in_order = [_copy_without_ids(parts.container(f"choice-{index}")) for index in range(count)]
    writer.write('<ol class="quiz-choices quiz-steps">\n')
    for index in scrambled(count, question.id):
        writer.write(f'<li data-quiz-step="{index}">')
        name = f"choice-{index}"
        paragraph = parts.paragraph(name)
        if paragraph is not None:
            writer.inline(paragraph)
        else:
            writer.block("div", {"class": "quiz-choice-body"}, parts.container(name))
        _feedback(writer, parts, f"feedback-{index}")
        writer.write("</li>\n")
    writer.write("</ol>\n")
    return in_order


def _copy_without_ids(part: Element) -> Element:
    """A step's content once more, for the answer: its HTML ids stay with the first copy."""
    duplicate = copy.deepcopy(part)
    for element in duplicate.iter():
        element.attrib.pop("id", None)
    return duplicate


def _order_key(writer: PageWriter, in_order: list[Element], strings: Strings) -> None:
    writer.write(f'<p class="quiz-key">{_text(strings["right_order"])}</p>\n<ol class="quiz-order">\n')
    for body in in_order:
        writer.write("<li>")
        paragraph = _single_paragraph(body)
        if paragraph is not None:
            writer.inline(paragraph)
        else:
            writer.content(body)
        writer.write("</li>\n")
    writer.write("</ol>\n")


def _keys_on_versions(writer: PageWriter, keys: ReaderKeys, strings: Strings) -> None:
    """The key on every other recorded version, for readers without JavaScript and for print: one line
    per answer, naming the versions on which it is right."""
    lines = []
    for index, versions in enumerate(keys.right_on):
        others = [version_label(Version.parse(version)) for version in versions if version != keys.default]
        if others:
            letter = LETTERS[index % len(LETTERS)]
            text = strings.text("answer_on_versions", versions=", ".join(others), answers=letter)
            lines.append(f"<li>{_text(text)}</li>\n")
    if lines:
        writer.write('<ul class="quiz-key-versions">\n', *lines, "</ul>\n")


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


# How the host tells a page that has a snippet's output or Run button (the elements below).
SNIPPET_OUTPUT_MARKUP = '<div class="snippet-output'
RUN_BOX_MARKUP = '<div class="snippet-run"'


def run_box(path: str) -> Element:
    """A snippet's Run button, to be: the run script (``snippets/static/run.js``) fills it; hidden
    without JavaScript and in print."""
    return Element("div", {"class": "snippet-run", "data-snippet": path, "hidden": "hidden"})


def snippet_output(title: str, text: str) -> Element:
    """A snippet's recorded output: ``<pre><samp>`` (HTML's element for a program's output), under its
    title, in a ``highlight`` box as themes draw code. Its text is never read as Markdown."""
    box = Element("div", {"class": "snippet-output highlight"})
    if title:
        label = SubElement(box, "span", {"class": "filename"})
        label.text = AtomicString(title)
    samp = SubElement(SubElement(box, "pre"), "samp")
    samp.text = AtomicString(text if text.endswith("\n") or not text else text + "\n")
    return box
