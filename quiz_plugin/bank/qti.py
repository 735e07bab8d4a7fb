"""The question model as QTI 2.1 assessment items: the one place where each question type is mapped.

Every item has the same skeleton, so that a learning platform grades it the way the site does:

- ``RESPONSE``, the learner's answer; ``SCORE`` (1 for a right answer, else 0) and ``MAXSCORE`` (1);
  ``FEEDBACK``, the identifiers of the feedback to show (multiple cardinality: several answers of a
  multiple-choice question may each have feedback, and the explanation is always added);
- the item body: the question's text in a ``div`` (Markdown converted with the site's extensions, links
  absolute, a code-output question's code under it), then the interaction;
- response processing written out (no template), one condition for the score and one per answer that
  has feedback; each answer's feedback and the explanation are ``modalFeedback`` shown by ``FEEDBACK``.

The types:

- single choice, true or false: ``choiceInteraction`` with ``maxChoices="1"``, one ``simpleChoice`` per
  option (true or false: the site's two words); right when the response matches the correct one;
- multiple choice: ``choiceInteraction`` with ``maxChoices="0"``; right when the set chosen is exactly
  the set of right options (``match`` with ``correct``);
- a question with ``shuffle: true``: the same, with ``shuffle="true"`` (the platform shows the options in
  an order of each learner's own, as the site does);
- short text: ``textEntryInteraction`` of ``baseType="string"``; right when ``stringMatch`` with
  ``caseSensitive="false"`` matches an accepted answer;
- short number: ``textEntryInteraction`` of ``baseType="float"``; right when ``equal`` with
  ``toleranceMode="exact"`` holds for an accepted number, or with ``toleranceMode="absolute"`` and the
  width the site allows around that answer when the question has a ``tolerance`` (a percentage is
  written as its width around each answer: QTI's own relative mode reads the bounds of a negative
  answer the other way round);
- ordering: ``orderInteraction`` with ``shuffle="true"``, the steps as ``simpleChoice`` in the order the
  page shows them without JavaScript, the response ``ordered``; right when it matches the right order;
  as on the site, every step's feedback is shown once the learner has answered.

What QTI 2.1 cannot say the way the site does, and is therefore different or left out:

- runs of spaces in a typed answer are not collapsed (``stringMatch`` compares the text as typed);
- a number is typed as the platform reads a float: ``0x200`` or ``1_024`` are the site's, not QTI's;
- ``correctResponse`` of a short answer holds one value (its cardinality is single): the first accepted
  answer; the others are accepted by the response processing;
- hints (one or several): QTI 2.1 has no hint a learner opens before answering (only an adaptive item's
  ``endAttempt``, which learning platforms do not import), so hints are left out, as in the GIFT export;
- the site's ``shuffle`` option for every question: an item knows only its question's own setting.

A question type or a question setting this module does not know (a feature added to the model after
it) is refused with ``ExportError``, naming the question: an item that grades differently from the site
is worse than no item.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from ..core.answers import SLACK, parse_number, short_answer_text
from ..core.model import Choice, Fragment, QuestionType
from ..core.order import scrambled
from .entries import BankEntry
from .export import Exporter, ExportError
from .html_fragment import parse_fragment
from .qti_xhtml import flow, inline_content, qti
from .support import unsupported

GENERAL_FEEDBACK = "GENERAL_FEEDBACK"  # Canvas reads an identifier with "general_" as general feedback


@dataclass(frozen=True)
class ItemContext:
    """What mapping a question needs besides the question: Markdown in its export form, and HTML of it."""

    exporter: Exporter
    to_html: Callable[[str], str]  # a part's Markdown as HTML, converted with the site's extensions

    def fragment(self, entry: BankEntry, fragment: Fragment | None) -> Element:
        return parse_fragment(self.to_html(self.exporter.markdown(entry, fragment)))

    def stem(self, entry: BankEntry) -> Element:
        return parse_fragment(self.to_html(self.exporter.stem(entry)))


def check_supported(entry: BankEntry) -> None:
    """Refuse a question this export cannot grade as the site does."""
    reason = unsupported(entry, _MAPPERS, "QTI export", UNDERSTOOD)
    if reason is not None:
        raise ExportError(reason)


def item_identifier(entry: BankEntry) -> str:
    """The item's identifier: an NCName (a question id may start with a digit), the site's own anchor."""
    return entry.anchor


def assessment_item(entry: BankEntry, context: ItemContext) -> Element:
    """The question as a QTI 2.1 ``assessmentItem``."""
    check_supported(entry)
    question = entry.question
    item = qti(
        "assessmentItem",
        {
            "identifier": item_identifier(entry),
            "title": entry.id,
            "adaptive": "false",
            "timeDependent": "false",
        },
    )
    declaration, interaction, score_condition, feedback_conditions = _MAPPERS[question.type](entry, context)
    item.append(declaration)
    item.append(_outcome("SCORE", "single", "float", "0"))
    item.append(_outcome("MAXSCORE", "single", "float", "1"))
    item.append(_outcome("FEEDBACK", "multiple", "identifier"))
    body = qti("itemBody")
    body.append(flow(context.stem(entry), qti("div", {"class": "stem"})))
    body.append(interaction)
    item.append(body)

    processing = qti("responseProcessing")
    processing.append(score_condition)
    processing.extend(feedback_conditions)
    if question.explanation is not None:
        processing.append(_add_feedback(GENERAL_FEEDBACK))
    item.append(processing)

    for number, choice in enumerate(question.choices, 1):
        if choice.feedback is not None:
            item.append(_modal_feedback(f"FB{number}", context.fragment(entry, choice.feedback)))
    if question.explanation is not None:
        item.append(_modal_feedback(GENERAL_FEEDBACK, context.fragment(entry, question.explanation)))
    return item


Mapped = tuple[Element, Element, Element, list[Element]]  # declaration, interaction, score, feedback rules


def _choice(entry: BankEntry, context: ItemContext) -> Mapped:
    """Single choice, true or false, multiple choice: one ``simpleChoice`` per option."""
    question = entry.question
    multiple = question.type is QuestionType.MULTIPLE
    declaration = _response("multiple" if multiple else "single", "identifier")
    declaration.append(_values("correctResponse", [f"C{n}" for n, c in enumerate(question.choices, 1) if c.correct]))
    shuffle = "true" if question.shuffles() else "false"
    interaction = qti(
        "choiceInteraction",
        {"responseIdentifier": "RESPONSE", "shuffle": shuffle, "maxChoices": "0" if multiple else "1"},
    )
    for number, choice in enumerate(question.choices, 1):
        fragment = context.fragment(entry, choice.body)
        paragraph = inline_content(fragment)
        interaction.append(
            flow(paragraph if paragraph is not None else fragment, qti("simpleChoice", {"identifier": f"C{number}"}))
        )
    score = _score_condition(_expression("match", _variable("RESPONSE"), qti("correct", {"identifier": "RESPONSE"})))

    def chosen(number: int) -> Element:
        value = _base_value("identifier", f"C{number}")
        if multiple:
            return _expression("member", value, _variable("RESPONSE"))
        return _expression("match", _variable("RESPONSE"), value)

    return declaration, interaction, score, _feedback_conditions(question.choices, chosen)


def _text_entry(entry: BankEntry, context: ItemContext) -> Mapped:
    """Short answers: the text typed, compared without regard to case, or the number typed, compared as
    a float; anticipated wrong answers only bring their feedback."""
    question = entry.question
    texts = [short_answer_text(choice.body.text) for choice in question.choices]
    if question.numeric:
        numbers = [parse_number(text) for text in texts]
        if any(number is None or not math.isfinite(number) for number in numbers):
            raise ExportError(f"{entry.location}: the QTI export needs finite numbers as answers")
        values = [_float(number) for number in numbers if number is not None]
        base_type = "float"
        tolerance = question.tolerance

        def matches(number: int) -> Element:
            value = _base_value("float", values[number - 1])
            if tolerance is None:
                return _expression("equal", _variable("RESPONSE"), value, toleranceMode="exact")
            # The site's own width around this answer, and its slack for decimals at the very edge.
            width = _float(tolerance.width(float(values[number - 1])) * (1 + SLACK))
            return _expression(
                "equal", _variable("RESPONSE"), value, toleranceMode="absolute", tolerance=f"{width} {width}"
            )
    else:
        values = texts
        base_type = "string"

        def matches(number: int) -> Element:
            return _expression(
                "stringMatch", _variable("RESPONSE"), _base_value("string", values[number - 1]), caseSensitive="false"
            )

    accepted = [number for number, choice in enumerate(question.choices, 1) if choice.correct]
    declaration = _response("single", base_type)
    declaration.append(_values("correctResponse", [values[accepted[0] - 1]]))
    longest = max(len(value) for value in values)
    paragraph = qti("p")
    paragraph.append(
        qti("textEntryInteraction", {"responseIdentifier": "RESPONSE", "expectedLength": str(max(10, longest + 2))})
    )
    right = matches(accepted[0]) if len(accepted) == 1 else _expression("or", *(matches(n) for n in accepted))
    return declaration, paragraph, _score_condition(right), _feedback_conditions(question.choices, matches)


def _order(entry: BankEntry, context: ItemContext) -> Mapped:
    """Ordering: the steps to put in order, ``S1`` being the first step; every step's feedback once the
    learner has answered, as the site shows each step's after Check."""
    question = entry.question
    declaration = _response("ordered", "identifier")
    declaration.append(_values("correctResponse", [f"S{n}" for n in range(1, len(question.choices) + 1)]))
    interaction = qti("orderInteraction", {"responseIdentifier": "RESPONSE", "shuffle": "true"})
    for index in scrambled(len(question.choices), question.id):  # as the page shows them without JavaScript
        fragment = context.fragment(entry, question.choices[index].body)
        paragraph = inline_content(fragment)
        interaction.append(
            flow(paragraph if paragraph is not None else fragment, qti("simpleChoice", {"identifier": f"S{index + 1}"}))
        )
    score = _score_condition(_expression("match", _variable("RESPONSE"), qti("correct", {"identifier": "RESPONSE"})))

    def answered(number: int) -> Element:
        return _expression("not", _expression("isNull", _variable("RESPONSE")))

    return declaration, interaction, score, _feedback_conditions(question.choices, answered)


# The mapping of each question type; a type missing here is refused (``check_supported``).
_MAPPERS: dict[QuestionType, Callable[[BankEntry, ItemContext], Mapped]] = {
    QuestionType.SINGLE: _choice,
    QuestionType.TRUE_FALSE: _choice,
    QuestionType.MULTIPLE: _choice,
    QuestionType.SHORT: _text_entry,
    QuestionType.ORDER: _order,
}
# The settings beyond every tool's that this export carries (``support``).
UNDERSTOOD = frozenset({"shuffle", "tolerance"})


def _feedback_conditions(choices: list[Choice], chosen: Callable[[int], Element]) -> list[Element]:
    """For each answer with feedback: when the learner's answer is (or includes) it, show its feedback."""
    conditions = []
    for number, choice in enumerate(choices, 1):
        if choice.feedback is None:
            continue
        condition = qti("responseCondition")
        branch = qti("responseIf")
        branch.append(chosen(number))
        branch.append(_add_feedback(f"FB{number}"))
        condition.append(branch)
        conditions.append(condition)
    return conditions


def _score_condition(right: Element) -> Element:
    condition = qti("responseCondition")
    branch = qti("responseIf")
    branch.append(right)
    branch.append(_set("SCORE", _base_value("float", "1")))
    otherwise = qti("responseElse")
    otherwise.append(_set("SCORE", _base_value("float", "0")))
    condition.extend([branch, otherwise])
    return condition


def _add_feedback(identifier: str) -> Element:
    """``FEEDBACK`` with one more identifier (``multiple`` ignores the variable while it is NULL)."""
    return _set("FEEDBACK", _expression("multiple", _variable("FEEDBACK"), _base_value("identifier", identifier)))


def _modal_feedback(identifier: str, fragment: Element) -> Element:
    feedback = qti("modalFeedback", {"outcomeIdentifier": "FEEDBACK", "showHide": "show", "identifier": identifier})
    # One div around everything: Canvas takes an answer's feedback from its first div or paragraph.
    paragraph = inline_content(fragment)
    feedback.append(flow(paragraph if paragraph is not None else fragment, qti("div")))
    return feedback


def _response(cardinality: str, base_type: str) -> Element:
    return qti("responseDeclaration", {"identifier": "RESPONSE", "cardinality": cardinality, "baseType": base_type})


def _outcome(identifier: str, cardinality: str, base_type: str, default: str | None = None) -> Element:
    outcome = qti("outcomeDeclaration", {"identifier": identifier, "cardinality": cardinality, "baseType": base_type})
    if default is not None:
        outcome.append(_values("defaultValue", [default]))
    return outcome


def _values(tag: str, values: list[str]) -> Element:
    element = qti(tag)
    element.extend(qti("value", text=value) for value in values)
    return element


def _set(identifier: str, expression: Element) -> Element:
    setter = qti("setOutcomeValue", {"identifier": identifier})
    setter.append(expression)
    return setter


def _expression(tag: str, *operands: Element, **attributes: str) -> Element:
    element = qti(tag, attributes)
    element.extend(operands)
    return element


def _variable(identifier: str) -> Element:
    return qti("variable", {"identifier": identifier})


def _base_value(base_type: str, value: str) -> Element:
    return qti("baseValue", {"baseType": base_type}, value)


def _float(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
