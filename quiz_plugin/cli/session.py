"""The questions of a page asked in a terminal, with the site's learning flow.

Each question is shown as text (its answers lettered), and the reader answers with a letter (several
for a multiple-choice question, such as ``a c``; ``true`` or ``false`` work too), types a short
answer, or gives the letters of an ordering question's steps in their order (``c a d b``; the steps are
shown scrambled, as on a page without JavaScript). ``?`` shows the next hint, ``!`` shows the answer.
As on the site:

- a right answer gets its verdict, the feedback of the answers chosen (of every step), and the
  explanation;
- a wrong answer gets its verdict, the feedback of the answers chosen (each step marked in or out of
  its right place) and the next hint, never the key: the reader tries again, shows the answer (``!``),
  or goes on (an empty line);
- a shown answer is counted as revealed; the score at the end is the site's own line.

It reads lines from any text stream: a terminal, a pipe, a file. End of input (Ctrl-D) and Ctrl-C stop
it with the score so far; an answer it cannot read is explained and asked again. Messages the site
shows come from its interface strings (its language); the few that only a terminal needs are English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TextIO

from ..core.answers import answer_matches, parse_number
from ..core.model import QuestionType, Tolerance
from ..core.strings import Strings

LETTERS = "abcdefghijklmnopqrstuvwxyz"
SEPARATORS_RE = re.compile(r"[\s,;]+")
INDENT = "  "


@dataclass(frozen=True)
class RunChoice:
    text: str  # as shown (choices), or the answer as typed (short answers)
    correct: bool
    feedback: str | None = None


@dataclass(frozen=True)
class RunQuestion:
    """A question with every part already laid out as plain text."""

    id: str
    type: QuestionType
    numeric: bool
    stem: str
    choices: tuple[RunChoice, ...]  # in the author's order (an ordering question's: the right order)
    hints: tuple[str, ...] = ()  # given one at a time
    explanation: str | None = None
    tolerance: Tolerance | None = None  # of a numeric short answer
    shown: tuple[int, ...] = ()  # an ordering question's steps as lettered: the author's index of each

    @property
    def short(self) -> bool:
        return self.type is QuestionType.SHORT

    @property
    def order(self) -> bool:
        return self.type is QuestionType.ORDER

    def lettered(self) -> list[tuple[str, int, RunChoice]]:
        """The answers as shown: letter, the author's index, the answer."""
        indexes = self.shown or tuple(range(len(self.choices)))
        return [(LETTERS[place], index, self.choices[index]) for place, index in enumerate(indexes)]


def score_line(results: Mapping[str, str], strings: Strings, total: int) -> str:
    """The site's score line from each question's last result: right, wrong or shown."""
    counts = {result: list(results.values()).count(result) for result in ("right", "wrong", "shown")}
    return strings.text(
        "score",
        correct=counts["right"],
        total=total,
        answered=counts["right"] + counts["wrong"],
        revealed=counts["shown"],
    )


class Console:
    """Where the session reads and writes. A reader at a terminal gets the prompt before typing (the
    terminal echoes what is typed); input from a pipe or a file is written after its prompt once read,
    so that the output reads as a transcript of the session."""

    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin, self.stdout = stdin, stdout
        self.interactive = stdin.isatty()

    def say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def ask(self, prompt: str) -> str:
        """A line without its line break; EOFError at the end of input."""
        if self.interactive:
            self.stdout.write(prompt)
            self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            if self.interactive:
                self.say()  # Ctrl-D leaves the cursor after the prompt
            raise EOFError
        line = line.rstrip("\r\n")
        if not self.interactive:
            self.say((prompt + line).rstrip())
        return line


@dataclass
class Session:
    questions: list[RunQuestion]
    strings: Strings
    console: Console
    results: dict[str, str] = field(default_factory=dict)  # each question's last result, by id

    def run(self) -> int:
        """Ask every question; the exit status (0, or 130 after Ctrl-C)."""
        try:
            for number, question in enumerate(self.questions, 1):
                self._ask(number, question)
        except EOFError:
            pass
        except KeyboardInterrupt:
            if self.console.interactive:
                self.console.say()  # the cursor is after the prompt (and ^C)
            self._score()
            return 130
        self._score()
        return 0

    def _score(self) -> None:
        self.console.say()
        self.console.say(score_line(self.results, self.strings, len(self.questions)))

    def _ask(self, number: int, question: RunQuestion) -> None:
        say, strings = self.console.say, self.strings
        say()
        say(f"{strings.text('question', number=f'{number}/{len(self.questions)}')} [{question.id}]")
        say()
        say(question.stem)
        if question.type is QuestionType.MULTIPLE:
            say()
            say(strings["select_all"])
        if question.order:
            say()
            say(strings["order_steps"])
        if not question.short:
            say()
            spaced = any("\n" in choice.text for choice in question.choices)  # a choice with code
            for place, (letter, _, choice) in enumerate(question.lettered()):
                if spaced and place:
                    say()
                say(_block(choice.text, f"{INDENT}{letter}) ", INDENT + "   "))
        say()
        tried = False
        hints = 0  # how many the reader has been given
        while True:
            line = self.console.ask("> ").strip()
            if line == "?":
                hints = self._hint(question, hints)
            elif line == "!":
                self._reveal(question)
                return
            elif not line:
                if tried:
                    return  # going on after a wrong answer: it stays wrong
                say(strings["empty"])
            else:
                answer = self._read(question, line)
                if isinstance(answer, str):
                    say(answer)
                    continue
                if self._grade(question, answer, line):
                    return
                tried = True
                hints = self._hint(question, hints, quiet=True)  # one more after each wrong answer
                say("Try again, type ! to show the answer, or press Enter to go on.")

    def _read(self, question: RunQuestion, line: str) -> set[int] | list[int] | str | None:
        """The chosen answers' positions (None for a short answer; an ordering question's steps as the
        reader orders them, by the author's index), or what is wrong with the line."""
        if question.short:
            if question.numeric and parse_number(line) is None:
                return "Type a number, such as 512, 0.5 or 0x200."
            return None
        count = len(question.choices)
        last = LETTERS[count - 1]
        if question.order:
            letters = SEPARATORS_RE.sub("", line.lower())
            if sorted(letters) != list(LETTERS[:count]):
                example = " ".join(reversed(LETTERS[:count]))
                return f'Give each letter from a to {last} once, in the order of the steps, such as "{example}".'
            by_letter = {letter: index for letter, index, _ in question.lettered()}
            return [by_letter[letter] for letter in letters]
        if question.type is QuestionType.TRUE_FALSE:
            words = {choice.text.strip().lower(): index for index, choice in enumerate(question.choices)}
            if line.lower() in words:
                return {words[line.lower()]}
        letters = SEPARATORS_RE.sub("", line.lower())
        if not letters or any(letter not in LETTERS[:count] for letter in letters):
            if question.type is QuestionType.MULTIPLE:
                return f'Answer with letters from a to {last}, such as "a {LETTERS[min(2, count - 1)]}".'
            return f"Answer with a letter from a to {last}."
        if question.type is not QuestionType.MULTIPLE and len(set(letters)) > 1:
            return f"Choose one letter, from a to {last}."
        return {LETTERS.index(letter) for letter in letters}

    def _grade(self, question: RunQuestion, chosen: set[int] | list[int] | None, line: str) -> bool:
        """Say the verdict and the feedback; whether the answer is right."""
        say, strings = self.console.say, self.strings
        letters = {index: letter for letter, index, _ in question.lettered()}
        if isinstance(chosen, list):  # the steps in the reader's order: each marked in or out of place
            in_place = [index == place for place, index in enumerate(chosen)]
            right = all(in_place)
            verdict = strings["correct" if right else "incorrect"]
            if not right:
                verdict += " " + strings.text("in_place", count=sum(in_place), total=len(chosen))
            say(verdict)
            for index, placed in zip(chosen, in_place, strict=True):
                say(f"{INDENT}{letters[index]}) {strings['place_right' if placed else 'place_wrong']}")
                feedback = question.choices[index].feedback
                if feedback:
                    say(_block(feedback, INDENT + "   ", INDENT + "   "))
        elif chosen is None:
            matched = [
                c for c in question.choices if answer_matches(line, c.text, question.numeric, question.tolerance)
            ]
            right = any(choice.correct for choice in matched)
            say(strings["correct" if right else "incorrect"])
            for choice in matched:
                if choice.feedback:
                    say(_block(choice.feedback, INDENT, INDENT))
        else:
            right = all((index in chosen) == choice.correct for index, choice in enumerate(question.choices))
            missed = any(choice.correct and index not in chosen for index, choice in enumerate(question.choices))
            verdict = strings["correct" if right else "incorrect"]
            if not right and missed and question.type is QuestionType.MULTIPLE:
                verdict += " " + strings["missed"]
            say(verdict)
            for index in sorted(chosen):
                choice = question.choices[index]
                if question.type is QuestionType.MULTIPLE:
                    say(f"{INDENT}{LETTERS[index]}) {strings['right' if choice.correct else 'wrong']}")
                    if choice.feedback:
                        say(_block(choice.feedback, INDENT + "   ", INDENT + "   "))
                elif choice.feedback:
                    say(_block(choice.feedback, INDENT, INDENT))
        self.results[question.id] = "right" if right else "wrong"
        if right:
            self._explain(question)
        return right

    def _hint(self, question: RunQuestion, given: int, quiet: bool = False) -> int:
        """Show the next hint, or when every hint is out (asked for, not after a wrong answer) show them
        again, as the site keeps them open; how many the reader has been given."""
        count = len(question.hints)
        if given == count:
            if not quiet and not count:
                self.console.say("This question has no hint.")
            for number in range(count if not quiet else 0):
                self._say_hint(question, number)
            return given
        self._say_hint(question, given)
        return given + 1

    def _say_hint(self, question: RunQuestion, number: int) -> None:
        count = len(question.hints)
        title = self.strings["hint"] if count == 1 else self.strings.text("hint_of", number=number + 1, count=count)
        self.console.say(title)
        self.console.say(_block(question.hints[number], INDENT, INDENT))

    def _reveal(self, question: RunQuestion) -> None:
        say, strings = self.console.say, self.strings
        say(strings["shown"])
        if question.order:
            say(strings["right_order"])
            letters = {index: letter for letter, index, _ in question.lettered()}
            for index, choice in enumerate(question.choices):
                say(_block(choice.text, f"{INDENT}{letters[index]}) ", INDENT + "   "))
            self.results[question.id] = "shown"
            self._explain(question)
            return
        right = [(LETTERS[i], c) for i, c in enumerate(question.choices) if c.correct]
        if question.short:
            answers = [choice.text for _, choice in right]
            key = "accepted_answers"
        else:
            answers = [f"{letter}) {choice.text}" if "\n" not in choice.text else letter for letter, choice in right]
            key = "correct_answer"
        shown = strings.text(key, count=len(answers), answers=", ".join(answers))
        if question.short and question.tolerance is not None:
            shown += " " + strings.text("tolerance", tolerance=question.tolerance.text)
        say(shown)
        self.results[question.id] = "shown"
        self._explain(question)

    def _explain(self, question: RunQuestion) -> None:
        if question.explanation:
            self.console.say(self.strings["explanation"])
            self.console.say(_block(question.explanation, INDENT, INDENT))


def _block(text: str, first: str, rest: str) -> str:
    """Text with a prefix on its first line and an indent on the others (blank lines stay blank)."""
    lines = text.split("\n")
    return "\n".join([first + lines[0], *(rest + line if line else "" for line in lines[1:])])
