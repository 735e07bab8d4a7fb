"""Find ``/// quiz`` blocks in Markdown text and split each into its parts, with exact source lines.

The grammar, in the order a block is read::

    /// quiz | <id>            header; the id is [a-z0-9-]+
        type: multiple         optional settings, indented four spaces, right under the header
    Question text (any Markdown).

    - [x] A right answer       the answer list: one task list at column 0
        > Why it is right.     feedback: a blockquote indented under its answer
    - [ ] A wrong answer
        > Why it is wrong.

    Hint: One paragraph, shown after a wrong answer.

    Hint: Another one, shown after the next wrong answer or on request (as many as needed).

    Explanation (any Markdown): everything else after the answer list.
    ///

An ordering question (``type: order``) writes its steps as a numbered list, in the right order
(``1. First step``), without boxes. A page may say where its summary goes with a block of its own,
``/// quiz-summary`` and ``///``.

This module works on raw lines, before any other Markdown processing, so the same parse serves the
build and the linter, and every problem carries the line the author wrote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .answers import parse_tolerance
from .fences import FenceMap, lines_with
from .model import Block, Choice, Fragment, Problem, Question, QuestionType, Setting

HEADER_RE = re.compile(r"^(?P<indent>[ ]*)(?P<fence>/{3,})[ ]*quiz(?![\w-])(?P<rest>.*)$")
# Anything an author may have meant as a header: any whitespace (a no-break space too), two slashes,
# any case, or a header inside a blockquote. Reported, never silently rendered as text.
NEAR_HEADER_RE = re.compile(r"^[\s>]*/{2,}\s*quiz(?!-summary)", re.IGNORECASE)
# Where a page's summary goes: ``/// quiz-summary`` and a closing ``///``.
SUMMARY_RE = re.compile(r"^(?P<indent>[ ]*)(?P<fence>/{3,})[ ]*quiz-summary(?![\w-])(?P<rest>.*)$")
NEAR_SUMMARY_RE = re.compile(r"^[\s>]*/{2,}\s*quiz-summary", re.IGNORECASE)
BLOCK_OPENER_RE = re.compile(r"^(?P<fence>/{3,})[ ]*[A-Za-z][\w-]*")
BLOCK_CLOSER_RE = re.compile(r"^(?P<fence>/{3,})[ ]*$")
SETTING_RE = re.compile(r"^[ ]{4,}(?P<key>[A-Za-z_][\w-]*)[ ]*:[ ]*(?P<value>.*?)[ ]*$")
KNOWN_KEYS = "level|numeric|prints|recap|shuffle|snippet|tolerance|type|version"
# A known setting that is not indented four plain spaces: what an author meant as a setting.
NEAR_SETTING_RE = re.compile(r"^(?![ ]{4})\s*(?P<key>" + KNOWN_KEYS + r")[ ]*:[ ]*(?P<value>\S.*?)[ ]*$")
TASK_ITEM_RE = re.compile(r"^(?:[-*+]|\d{1,9}[.)])[ ]+\[(?P<mark>[ xX])\](?:[ ]+(?P<text>.*?))?[ ]*$")
STEP_RE = re.compile(r"^(?P<number>\d{1,9})[.)](?:[ ]+(?P<text>.*?))?[ ]*$")  # a step of an ordering question
BOX_RE = re.compile(r"^\[[ xX]\](?:[ ]|$)")
LIST_ITEM_RE = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?:[ ]+|$)")
HINT_RE = re.compile(r"^Hint:[ ]*(?P<text>.*)$")
ID_RE = re.compile(r"^[a-z0-9-]+$")
LIST_MARKERS = "-*+0123456789"  # what a list item's line starts with

QUESTION_TYPES = {kind.value: kind for kind in QuestionType}  # a dict: cheaper than QuestionType(value)
KNOWN_SETTINGS = ("level", "numeric", "prints", "recap", "shuffle", "snippet", "tolerance", "type", "version")
# The levels of Bloom's taxonomy (revised), as authors tag what a question asks of the reader.
LEVELS = ("remember", "understand", "apply", "analyse", "evaluate", "create")
LEVEL_SPELLINGS = {"analyze": "analyse"}


@dataclass(frozen=True)
class SummaryMarker:
    """Where the author put the page's summary: a ``/// quiz-summary`` block without content."""

    start: int  # 0-based index of the header line
    end: int  # 0-based index one past the closing line
    indent: str


@dataclass
class ParseResult:
    blocks: list[Block]
    problems: list[Problem]  # problems outside any block (for example a misspelt header)
    summary: SummaryMarker | None = None  # the page's summary marker, if it has a valid one


def normalise_line(line: str) -> str:
    """What Python-Markdown's whitespace normalisation would make of a line (CR gone, tabs expanded)."""
    return line.rstrip("\r").expandtabs(4).rstrip()


def indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def parse(text: str | Iterable[str]) -> ParseResult:
    """Find every quiz block in a Markdown text (a string or its lines)."""
    raw = text.split("\n") if isinstance(text, str) else list(text)
    joined = text if isinstance(text, str) else "\n".join(raw)
    if "\t" in joined or "\r" in joined:
        lines = [normalise_line(line) for line in raw]
    else:
        lines = [line.rstrip() for line in raw]  # what normalise_line does to a line without tabs or CRs
    blocks: list[Block] = []
    problems: list[Problem] = []
    summaries: list[SummaryMarker] = []
    fences = FenceMap(lines)
    # Every header, and every line that looks like one or ends a block, has a slash: only those are read.
    slashes = lines_with(lines, "/")
    index = 0  # the first line not read yet
    for candidate in slashes:
        if candidate < index or fences.is_code(candidate):
            continue
        line = lines[candidate]
        header = HEADER_RE.match(line)
        if header:
            block = _read_block(lines, candidate, header, fences, slashes)
            blocks.append(block)
            index = block.end
            continue
        summary = SUMMARY_RE.match(line)
        if summary:
            marker = _read_summary(lines, candidate, summary, problems)
            if marker is not None and summaries:
                problems.append(
                    Problem(candidate + 1, f"a page has one summary; the first is at line {summaries[0].start + 1}")
                )
            elif marker is not None:
                summaries.append(marker)
            if marker is not None:
                index = marker.end  # its closing line is read
            continue
        if NEAR_SUMMARY_RE.match(line):
            problems.append(
                Problem(candidate + 1, f"`{line.strip()}` is not a summary marker: write `/// quiz-summary`")
            )
        elif NEAR_HEADER_RE.match(line):
            if line.lstrip().startswith(">"):
                message = "a quiz block cannot sit inside a blockquote (`>`): move it out of the quote"
            else:
                message = f"`{line.strip()}` is not a quiz header: write `/// quiz | <id>` (three slashes, lower case)"
            problems.append(Problem(candidate + 1, message))
    page_summary = summaries[0] if summaries else None
    if page_summary is not None and not blocks:
        problems.append(Problem(page_summary.start + 1, "this page has no questions for its summary to count"))
    return ParseResult(blocks, problems, page_summary)


def _read_summary(lines: list[str], start: int, header: re.Match[str], problems: list[Problem]) -> SummaryMarker | None:
    """A summary marker: its header, nothing, and its closing line; None (and a problem) if it is not
    that."""
    if header["rest"].strip():
        problems.append(
            Problem(start + 1, f"`/// quiz-summary` takes nothing after it: remove `{header['rest'].strip()}`")
        )
        return None
    closer = lines[start + 1] if start + 1 < len(lines) else ""
    if closer.strip() != header["fence"] or not closer.startswith(header["indent"]):
        problems.append(
            Problem(start + 1, f"a page summary holds nothing: close it with `{header['fence']}` on the next line")
        )
        return None
    return SummaryMarker(start, start + 2, header["indent"])


def _read_block(
    lines: list[str], start: int, header: re.Match[str], fences: FenceMap, slashes: list[int] | None = None
) -> Block:
    """The block whose header is at ``start`` (``slashes``: the indexes of the lines that hold a slash)."""
    indent, fence = header["indent"], header["fence"]
    problems: list[Problem] = []
    question_id = _read_id(header["rest"], start + 1, problems)

    body: list[tuple[int, str]] = []
    inner_blocks: list[str] = []
    closed = False
    index = start + 1
    if slashes is None:
        slashes = lines_with(lines, "/")
    while index < len(lines):
        if not indent:
            # At column 0 (the usual case) every line up to the next one that starts with a slash is
            # a line of the body: take them all at once.
            at = bisect.bisect_left(slashes, index)
            while at < len(slashes) and not lines[slashes[at]].startswith("/"):
                at += 1
            stop = slashes[at] if at < len(slashes) else len(lines)
            body += zip(range(index + 1, stop + 1), lines[index:stop], strict=True)
            index = stop
            if index >= len(lines):
                break
        raw = lines[index]
        if raw and not raw.startswith(indent):
            break  # the container the block was opened in has ended
        line = raw[len(indent) :] if indent else raw
        number = index + 1
        index += 1
        if not line.startswith("/") or fences.is_code(number - 1):
            body.append((number, line))
            continue
        closer = BLOCK_CLOSER_RE.match(line)
        if closer:
            if inner_blocks and inner_blocks[-1] == closer["fence"]:
                inner_blocks.pop()
            elif closer["fence"] == fence:
                closed = True
                break
            body.append((number, line))
            continue
        opener = BLOCK_OPENER_RE.match(line)
        if opener:
            if SUMMARY_RE.match(line):
                problems.append(
                    Problem(number, "a page summary cannot sit inside a question: move it after the closing `///`")
                )
            if HEADER_RE.match(line):
                problems.append(
                    Problem(
                        number, f"a quiz block cannot contain another quiz block (this one opens at line {start + 1})"
                    )
                )
            inner_blocks.append(opener["fence"])
        body.append((number, line))

    if not closed:
        problems.append(Problem(start + 1, f"quiz block is not closed: add a line `{fence}` after its last line"))
        # An unclosed block ends where its container ends, not at the end of the page.
        while body and not body[-1][1]:
            body.pop()
        index = body[-1][0] if body else start + 1

    question = _read_question(question_id or "", start + 1, index, body, problems, fences)
    return Block(start, index, indent, question if question_id else None, tuple(problems))


def _read_id(rest: str, line: int, problems: list[Problem]) -> str | None:
    rest = rest.strip()
    if not rest.startswith("|"):
        if rest:
            problems.append(Problem(line, f"expected `| <id>` after `quiz`, found `{rest}`"))
        else:
            problems.append(Problem(line, "quiz block has no id: write `/// quiz | <id>` (letters a-z, digits, -)"))
        return None
    question_id = rest[1:].strip()
    if not question_id:
        problems.append(Problem(line, "quiz block has no id: write `/// quiz | <id>` (letters a-z, digits, -)"))
        return None
    if not ID_RE.match(question_id):
        problems.append(Problem(line, f"quiz id `{question_id}` may only contain lower-case letters a-z, digits and -"))
        return None
    return question_id


def _read_settings(body: list[tuple[int, str]], problems: list[Problem]) -> tuple[dict[str, Setting], int]:
    """The settings right under the header, and how many lines they take.

    A line that names a known setting but is not indented four spaces (two spaces, none, a no-break
    space), or that follows a blank line, is still read as that setting, so that the question is judged
    as its author meant it, and reported at its own line.
    """
    settings: dict[str, Setting] = {}
    count = 0
    blank_at = 0  # the line of a blank line seen before any setting
    for position, (number, line) in enumerate(body):
        near = None if SETTING_RE.match(line) else NEAR_SETTING_RE.match(line)
        if not line.strip():
            following = next((text for _, text in body[position:] if text.strip()), "")
            known = SETTING_RE.match(following)
            if not (known and known["key"] in KNOWN_SETTINGS) and not NEAR_SETTING_RE.match(following):
                break
            blank_at = blank_at or number
            count += 1
            continue
        if indentation(line) < 4 and near is None:
            break
        count += 1
        if near is not None:
            problems.append(Problem(number, _misplaced_setting(line, near["key"])))
        elif blank_at:
            problems.append(
                Problem(number, f"settings go right under the header, without blank lines: remove line {blank_at}")
            )
        blank_at = 0
        match = SETTING_RE.match(line) or near
        if not match:
            problems.append(
                Problem(number, f"expected a `key: value` setting under the quiz header, found `{line.strip()}`")
            )
            continue
        key = match["key"]
        if key not in KNOWN_SETTINGS:
            problems.append(Problem(number, f"unknown setting `{key}` (known settings: {', '.join(KNOWN_SETTINGS)})"))
        elif key in settings:
            problems.append(Problem(number, f"setting `{key}` is given twice (first at line {settings[key].line})"))
        else:
            settings[key] = Setting(number, match["value"])
    return settings, count


def _misplaced_setting(line: str, key: str) -> str:
    lead = line[: len(line) - len(line.lstrip())]
    if any(character != " " for character in lead):
        how = "with a no-break space or other white space, not plain spaces"
    elif lead:
        how = f"with {len(lead)} space{'s' * (len(lead) != 1)}"
    else:
        how = ""
    state = f"it is indented {how}" if how else "it is not indented"
    return f"`{line.strip()}` looks like the `{key}` setting: indent it four spaces under the header ({state})"


@dataclass(slots=True)
class _Item:
    line: int
    correct: bool
    text: str
    column: int = 0  # where the text starts on the answer line
    rest: list[tuple[int, str]] = field(default_factory=list)
    number: int = 0  # the number a step of an ordering question is written with


def _read_question(
    question_id: str, line: int, end: int, body: list[tuple[int, str]], problems: list[Problem], fences: FenceMap
) -> Question:
    settings, skip = _read_settings(body, problems)
    question = Question(id=question_id, line=line, end_line=end, settings=settings)
    _apply_settings(question, problems)
    order = question.type is QuestionType.ORDER
    item_re = STEP_RE if order else TASK_ITEM_RE

    stem: list[tuple[int, str]] = []
    items: list[_Item] = []
    tail: list[tuple[int, str]] = []
    state = "stem"
    previous_blank = True
    target: list[tuple[int, str]] | None = None
    second_list_reported = False
    box_reported = False

    # Most blocks hold no fenced code: then no line needs asking about it.
    code = fences if body and fences.any_code(body[0][0] - 1, body[-1][0]) else None
    for entry in body[skip:]:
        number, text = entry
        if code is not None and code.continues(number - 1):  # fenced code goes where its fence is
            if target is not None:
                target.append(entry)
            continue
        if not text or text[0] == " ":
            # A blank or indented line (most lines under an answer) goes with what it follows; only the
            # first line of a misplaced blockquote's next paragraph moves on to the tail.
            if state == "items":
                target = items[-1].rest
            elif state == "stem":
                target = stem
            elif state == "tail" or (text and previous_blank):
                state, target = "tail", tail
            else:
                target = None  # the rest of the misplaced blockquote, already reported
            if target is not None:
                target.append(entry)
            previous_blank = not text
            continue
        # A line at column 0.
        task = item_re.match(text) if text[0] in LIST_MARKERS else None
        target = None
        if order and not box_reported and TASK_ITEM_RE.match(text) and state != "tail":
            problems.append(
                Problem(
                    number,
                    "an ordering question writes its steps as a numbered list in their right order, "
                    "without boxes: `1. First step`",
                )
            )
            box_reported = True
        if task and state != "tail":
            state = "items"
            mark = task["mark"] != " " if not order else True
            step = int(task["number"]) if order else 0
            items.append(_Item(number, mark, task["text"] or "", task.start("text"), number=step))
            if code is not None and code.opens(number - 1):
                target = items[-1].rest  # a fence opened on the answer line runs on below it
            previous_blank = False
            continue
        elif state == "stem":
            if previous_blank and HINT_RE.match(text):
                problems.append(Problem(number, "the hint goes after the answer list, not before it"))
            target = stem
        elif state == "items":
            if text.startswith(">"):
                problems.append(
                    Problem(number, "this feedback belongs to no answer: indent it under the answer it explains")
                )
                state = "orphan-feedback"
            elif LIST_ITEM_RE.match(text) and not previous_blank:
                problems.append(
                    Problem(number, "number every step of an ordering question: `1.`, `2.`, ...")
                    if order
                    else Problem(number, "every item of the answer list needs a `[ ]` or `[x]` box")
                )
            elif not previous_blank:
                target = items[-1].rest  # a lazy continuation line, as in Markdown
            else:
                state, target = "tail", tail
        elif state == "orphan-feedback" and (text.startswith(">") or not previous_blank):
            pass  # the rest of the misplaced blockquote, already reported
        else:
            if task and not second_list_reported:
                problems.append(Problem(number, "a second answer list starts here: keep all answers in one list"))
                second_list_reported = True
            state, target = "tail", tail
        if target is not None:
            target.append(entry)
        previous_blank = False

    question.stem = _fragment(stem, line)
    question.choices = [_read_choice(item, problems, fences, code is not None) for item in items]
    if order:
        _check_step_numbers(items, problems)
        if not box_reported:
            for item, choice in zip(items, question.choices, strict=True):
                if BOX_RE.match(choice.body.text):
                    problems.append(
                        Problem(item.line, "the steps of an ordering question have no boxes: write `1. First step`")
                    )
                    break
    question.hints, question.explanation = _read_tail(tail, problems, fences)
    return question


def _check_step_numbers(items: list[_Item], problems: list[Problem]) -> None:
    """Steps are numbered in sequence (1, 2, 3) or all alike (1, 1, 1), as Markdown numbers them: a
    number out of sequence says its author meant another order than the one written."""
    if len(items) < 2:
        return
    first = items[0].number
    alike = items[1].number == first
    for position, item in enumerate(items):
        expected = first if alike else first + position
        if item.number != expected:
            problems.append(
                Problem(
                    item.line,
                    "the steps of an ordering question are written in their right order and numbered in "
                    f"sequence: this one should be `{expected}.`, not `{item.number}.`",
                )
            )
            return


def _apply_settings(question: Question, problems: list[Problem]) -> None:
    if "type" in question.settings:
        setting = question.settings["type"]
        kind = QUESTION_TYPES.get(setting.value)
        if kind is not None:
            question.type = kind
        else:
            choices = ", ".join(kind.value for kind in QuestionType)
            problems.append(
                Problem(setting.line, f"unknown question type `{setting.value}` (choose one of: {choices})")
            )
    question.numeric = _flag(question.settings, "numeric", problems)
    question.recap = _flag(question.settings, "recap", problems)
    if "shuffle" in question.settings:
        question.shuffle = _flag(question.settings, "shuffle", problems)
    if "tolerance" in question.settings:
        setting = question.settings["tolerance"]
        tolerance = parse_tolerance(setting.value)
        if tolerance is None:
            problems.append(
                Problem(
                    setting.line,
                    "`tolerance` must be a number (such as `0.5`) or a percentage (such as `1%`), "
                    f"not `{setting.value}`",
                )
            )
        elif tolerance.amount < 0:
            problems.append(
                Problem(setting.line, f"`tolerance` cannot be negative: write `{setting.value[1:].strip()}`")
            )
        else:
            question.tolerance = tolerance
    if "level" in question.settings:
        setting = question.settings["level"]
        level = LEVEL_SPELLINGS.get(setting.value.lower(), setting.value.lower())
        if level in LEVELS:
            question.level = level
        else:
            problems.append(
                Problem(setting.line, f"unknown level `{setting.value}` (choose one of: {', '.join(LEVELS)})")
            )


def _flag(settings: dict[str, Setting], key: str, problems: list[Problem]) -> bool:
    """A `true`/`false` setting (`yes`/`no` too); absent is false."""
    setting = settings.get(key)
    if setting is None:
        return False
    value = setting.value.lower()
    if value not in ("true", "yes", "false", "no"):
        problems.append(Problem(setting.line, f"`{key}` must be `true` or `false`, not `{setting.value}`"))
    return value in ("true", "yes")


def _fragment(lines: list[tuple[int, str]], fallback_line: int) -> Fragment:
    """The lines as a fragment, without the blank lines at either end."""
    if len(lines) == 1:  # most answers and feedback: one line
        number, text = lines[0]
        return Fragment(number, text) if text else Fragment(fallback_line)
    start, end = 0, len(lines)
    while start < end and not lines[start][1]:
        start += 1
    while end > start and not lines[end - 1][1]:
        end -= 1
    if start == end:
        return Fragment(fallback_line)
    return Fragment(lines[start][0], "\n".join([text for _, text in lines[start:end]]))


def _dedent(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without the indentation that all their indented lines share (the others are kept)."""
    amount = 0
    for _, text in lines:  # a loop, not min() over a generator: called for every answer of every page
        if text[:1] == " ":
            indented = indentation(text)
            if not amount or indented < amount:
                amount = indented
    if not amount:
        return lines
    # Every indented line has at least ``amount`` spaces; the others start with a character or are blank.
    return [(number, text[amount:]) if text[:1] == " " else (number, text) for number, text in lines]


def _read_choice(item: _Item, problems: list[Problem], fences: FenceMap, code: bool = True) -> Choice:
    """The answer of an answer-list item (``code``: whether its question may hold fenced code)."""
    rest = item.rest
    lines = len(rest)
    while lines and not rest[lines - 1][1]:
        lines -= 1  # blank lines after an answer add nothing to it
    if lines <= 1 and not (code and fences.any_code(item.line - 1, rest[-1][0] if rest else item.line)):
        quick = _one_line_choice(item, problems)
        if quick is not None:
            return quick
    return _read_long_choice(item, problems, fences)


def _one_line_choice(item: _Item, problems: list[Problem]) -> Choice | None:
    """The answer as ``_read_long_choice`` reads it when it is what most answers are: one line, with at
    most one line of feedback under it and no fenced code (None for any other answer)."""
    feedback_line, feedback = 0, None
    if item.rest and item.rest[0][1]:  # (the lines after it are blank)
        feedback_line, text = item.rest[0]
        quote = text.lstrip(" ")
        if text[:1] != " " or quote[:1] != ">":
            return None  # a lazy continuation, or a second paragraph of the answer
        # The quote's text without its `>` and the one space after it.
        feedback = quote[2:] if quote[1:2] == " " else quote[1:]
    if not item.text.strip():
        problems.append(_empty_answer(item))
    if feedback is not None and not feedback.strip():
        problems.append(_empty_feedback(item, feedback_line))
    return Choice.of(item.line, item.correct, item.line, item.text, feedback_line, feedback)


def _empty_answer(item: _Item) -> Problem:
    return Problem(item.line, "this answer is empty: write its text after the box")


def _empty_feedback(item: _Item, line: int) -> Problem:
    return Problem(line, f"the feedback of the answer at line {item.line} is empty")


def _read_long_choice(item: _Item, problems: list[Problem], fences: FenceMap) -> Choice:
    body: list[tuple[int, str]] = [(item.line, item.text)]
    feedback: list[tuple[int, str]] = []
    state = "body"
    previous_blank = False
    rest = item.rest
    # Most answers hold no fenced code: then no line needs asking about it.
    code = fences if fences.any_code(item.line - 1, rest[-1][0] if rest else item.line) else None
    if code is not None and code.opens(item.line - 1):
        # The code of a fence opened on the answer line is indented to the answer's text.
        closing = code.closer_of[item.line - 1] + 1
        body += [(number, text[min(item.column, indentation(text)) :]) for number, text in rest if number <= closing]
        rest = [(number, text) for number, text in rest if number > closing]
    for number, text in _dedent(rest):
        in_code = code is not None and code.continues(number - 1)
        if not in_code and text.startswith(" ") and indentation(text) < 4 and text.lstrip().startswith(">"):
            # A quote indented less than four spaces past the text is still a quote in Markdown (not
            # code): feedback, even when a wrapped answer line set the dedent to two spaces.
            text = text.lstrip()
        if state == "body":
            if (code is not None and code.is_code(number - 1)) or not text.startswith(">"):
                body.append((number, text))
                previous_blank = not text and not (code is not None and code.inside(number - 1))
                continue
            state = "feedback"
        if state == "feedback":
            if text.startswith(">"):
                if previous_blank and feedback:
                    feedback.append((number, ""))
                feedback.append((number, text[2:] if text[1:2] == " " else text[1:]))  # without `> `
            elif text and not previous_blank:
                feedback.append((number, text))  # a lazy continuation of the quoted paragraph
            elif text:
                problems.append(
                    Problem(
                        number,
                        f"text after the feedback of the answer at line {item.line}: "
                        "put it inside the `>` feedback or above it",
                    )
                )
                state = "after-feedback"
        previous_blank = not text

    body_fragment = _fragment(body, item.line)
    if body_fragment.is_blank():
        problems.append(_empty_answer(item))
    feedback_fragment = _fragment(feedback, feedback[0][0]) if feedback else None
    if feedback_fragment is not None and feedback_fragment.is_blank():
        problems.append(_empty_feedback(item, feedback[0][0]))
    return Choice(item.line, item.correct, body_fragment, feedback_fragment)


def _read_tail(
    tail: list[tuple[int, str]], problems: list[Problem], fences: FenceMap
) -> tuple[tuple[Fragment, ...], Fragment | None]:
    """The hints (each a paragraph that starts with ``Hint:``, in order) and the explanation (the rest)."""
    hints: list[list[tuple[int, str]]] = []
    explanation: list[tuple[int, str]] = []
    in_hint = False
    previous_blank = True
    for number, text in tail:
        if fences.is_code(number - 1):
            (hints[-1] if in_hint else explanation).append((number, text))
            previous_blank = False
            continue
        if not text:
            in_hint = False
        elif previous_blank and (match := HINT_RE.match(text)):
            in_hint = True
            hints.append([(number, match["text"])])
            previous_blank = False
            continue
        (hints[-1] if in_hint else explanation).append((number, text))
        previous_blank = not text
    fragments = tuple(_fragment(hint, hint[0][0]) for hint in hints)  # no hints: the one empty tuple
    for hint, fragment in zip(hints, fragments, strict=True):
        if fragment.is_blank():
            problems.append(Problem(hint[0][0], "the hint is empty: write it after `Hint:`"))
    explanation_fragment = _fragment(explanation, 0) if any(text for _, text in explanation) else None
    return fragments, explanation_fragment
