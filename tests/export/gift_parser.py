"""A reader of Moodle GIFT files, ported line by line from Moodle's own importer
(question/format/gift/format.php, ``qformat_gift::readquestion``, and the blank-line splitting of
``qformat_default::readquestions``), for the types the export writes: categories, multiple choice,
true-false, short answer, numerical and matching. The export tests read their output back with it, so what
they check is what Moodle would import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PHP_WHITESPACE = " \t\n\r\0\x0b"
ESCAPES = (
    ("\\:", "&&058;"),
    ("\\#", "&&035;"),
    ("\\=", "&&061;"),
    ("\\{", "&&123;"),
    ("\\}", "&&125;"),
    ("\\~", "&&126;"),
    ("\\n", "&&010"),
)
CHARACTERS = (
    ("&&058;", ":"),
    ("&&035;", "#"),
    ("&&061;", "="),
    ("&&123;", "{"),
    ("&&125;", "}"),
    ("&&126;", "~"),
    ("&&010", "\n"),
)
WEIGHT_RE = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
FORMATS = ("moodle", "html", "plain", "markdown")


def trim(text: str) -> str:
    return text.strip(PHP_WHITESPACE)


@dataclass
class Text:
    text: str
    format: str = "moodle"


@dataclass
class Answer:
    text: str
    fraction: float
    feedback: str
    tolerance: float | None = None


@dataclass
class GiftQuestion:
    qtype: str
    name: str = ""
    idnumber: str = ""
    text: Text = field(default_factory=lambda: Text(""))
    general_feedback: str = ""
    category: str = ""
    single: bool = True
    answers: list[Answer] = field(default_factory=list)
    correct_answer: bool | None = None  # true-false
    feedback_true: str = ""
    feedback_false: str = ""
    pairs: list[tuple[str, str]] = field(default_factory=list)  # matching: (subquestion, its answer)
    error: str = ""  # why Moodle would refuse to import the question


def escapedchar_pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for escaped, placeholder in ESCAPES:
        text = text.replace(escaped, placeholder)
    return text.replace("&&092;", "\\")


def escapedchar_post(text: str) -> str:
    for placeholder, character in CHARACTERS:
        text = text.replace(placeholder, character)
    return text


def parse_text_with_format(text: str, default: str = "moodle") -> Text:
    result = Text(text, default)
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end]
        if name in FORMATS:
            result = Text(text[end + 1 :], name)
    result.text = trim(escapedchar_post(result.text))
    return result


def answer_weight(answer: str) -> tuple[float, str]:
    answer = answer[1:]
    end = answer.find("%")
    return float(answer[:end]) / 100, answer[end + 1 :]


def comment(answer: str, default: str) -> tuple[Text, str]:
    bits = answer.split("#", 1)
    text = parse_text_with_format(trim(bits[0]), default)
    feedback = parse_text_with_format(trim(bits[1]), default).text if len(bits) > 1 else ""
    return text, feedback


def equal_answers(answer_text: str, default: str) -> list[tuple[float, str, str]]:
    """Short-answer and numerical answers: ``=%weight%text#feedback`` each, full credit by default."""
    answers = answer_text.split("=")
    answers[0] = trim(answers[0])
    if not answers[0]:
        answers.pop(0)
    found = []
    for answer in answers:
        answer = trim(answer)
        fraction = 1.0
        if WEIGHT_RE.match(answer):
            fraction, answer = answer_weight(answer)
        body, feedback = comment(answer, default)
        found.append((fraction, body.text, feedback))
    return found


def split_questions(source: str) -> list[list[str]]:
    """As ``qformat_default::readquestions``: questions are separated by blank lines."""
    questions: list[list[str]] = []
    current: list[str] = []
    for line in source.split("\n"):
        if trim(line):
            current.append(line)
        elif current:
            questions.append(current)
            current = []
    if current:
        questions.append(current)
    return questions


def parse_gift(source: str) -> list[GiftQuestion]:
    return [question for lines in split_questions(source) if (question := read_question(lines)) is not None]


def read_question(lines: list[str]) -> GiftQuestion | None:
    comments = ""
    kept = []
    for line in lines:
        line = trim(line)
        if line.startswith("//"):
            comments += line + "\n"
            kept.append(" ")
        else:
            kept.append(line)
    text = trim("\n".join(kept))
    if not text:
        return None
    text = escapedchar_pre(text)
    if text.startswith("$CATEGORY:"):
        return GiftQuestion("category", category=trim(text[10:]))

    name = ""
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end != -1:
            name = trim(escapedchar_post(text[:end]))
            text = trim(text[end + 2 :])

    start, finish = text.find("{"), text.find("}")
    if start == -1 or finish == -1:
        raise ValueError(f"no answer braces in {text!r}")
    answer_text = trim(text[start + 1 : finish])
    question_text = (
        text[:start] + text[finish + 1 :] if text.endswith("}") else text[:start] + "_____" + text[finish + 1 :]
    )

    general = ""
    separator = answer_text.rfind("####")
    if separator != -1:
        general = answer_text[separator + 4 :]
        answer_text = trim(answer_text[:separator])

    question = GiftQuestion("", name=name)
    question.text = parse_text_with_format(question_text)
    question.general_feedback = parse_text_with_format(general, question.text.format).text
    match = re.search(r"\[id:((?:\\]|[^\]\x00-\x1f])+)\]", comments)
    question.idnumber = trim(match[1]).replace("\\]", "]") if match else ""
    default = question.text.format

    if not answer_text:
        question.qtype = "essay"
    elif answer_text[0] == "#":
        question.qtype = "numerical"
    elif "~" in answer_text:
        question.qtype = "multichoice"
    elif "=" in answer_text and "->" in answer_text:
        question.qtype = "match"
    else:
        check = trim(answer_text[: answer_text.find("#")]) if answer_text.find("#") > 0 else answer_text
        question.qtype = "truefalse" if check in ("T", "TRUE", "F", "FALSE") else "shortanswer"

    if question.qtype == "multichoice":
        question.single = "=" in answer_text
        answers = answer_text.replace("=", "~=").split("~")
        answers[0] = trim(answers[0])
        if not answers[0]:
            answers.pop(0)
        for answer in answers:
            answer = trim(answer)
            if answer[0] == "=":
                fraction, answer = 1.0, answer[1:]
            elif WEIGHT_RE.match(answer):
                fraction, answer = answer_weight(answer)
            else:
                fraction = 0.0
            body, feedback = comment(answer, default)
            question.answers.append(Answer(body.text, fraction, feedback))
    elif question.qtype == "truefalse":
        bits = answer_text.split("#", 2)
        answer = parse_text_with_format(trim(bits[0]), default).text
        wrong = parse_text_with_format(trim(bits[1]), default).text if len(bits) > 1 else ""
        right = parse_text_with_format(trim(bits[2]), default).text if len(bits) > 2 else ""
        question.correct_answer = answer in ("T", "TRUE")
        question.feedback_true, question.feedback_false = (right, wrong) if question.correct_answer else (wrong, right)
    elif question.qtype == "shortanswer":
        question.answers = [
            Answer(body, fraction, feedback) for fraction, body, feedback in equal_answers(answer_text, default)
        ]
    elif question.qtype == "match":
        subquestions = answer_text.split("=")
        subquestions[0] = trim(subquestions[0])
        if not subquestions[0]:
            subquestions.pop(0)
        if len(subquestions) < 2:
            question.error = "giftqmatchingformat: fewer than two pairs"
        for pair in subquestions:
            pair = trim(pair)
            marker = pair.find("->")
            if marker == -1:  # Moodle reports the question and leaves it out
                question.error = f"giftmatchingformat: {pair}"
                question.pairs = []
                break
            left = parse_text_with_format(pair[:marker], default).text
            question.pairs.append((left, trim(escapedchar_post(pair[marker + 2 :]))))
    elif question.qtype == "numerical":
        if "~" in answer_text:
            raise ValueError("the export never writes numerical wrong-answer feedback with ~")
        for fraction, body, feedback in equal_answers(answer_text[1:], default):
            value, tolerance = body, "0"
            if body.find(":") > 0:
                value, tolerance = (trim(part) for part in body.split(":", 1))
            float(value)  # Moodle rejects a numerical answer that is not a number
            question.answers.append(Answer(value, fraction, feedback, float(tolerance)))
    return question
