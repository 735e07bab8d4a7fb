"""The questions of a page asked in a terminal, with the site's learning flow.

Each question is shown as text (its answers lettered), and the reader answers with a letter (several
for a multiple-choice question, such as ``a c``; ``true`` or ``false`` work too), or types a short
answer. ``?`` shows the hint, ``!`` shows the answer. As on the site:

- a right answer gets its verdict, the feedback of the answers chosen, and the explanation;
- a wrong answer gets its verdict, the feedback of the answers chosen and the hint, never the key:
  the reader tries again, shows the answer (``!``), or goes on (an empty line);
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
from ..core.model import QuestionType
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
    choices: tuple[RunChoice, ...]
    hint: str | None = None
    explanation: str | None = None

    @property
    def short(self) -> bool:
        return self.type is QuestionType.SHORT


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
        if not question.short:
            say()
            spaced = any("\n" in choice.text for choice in question.choices)  # a choice with code
            for index, (letter, choice) in enumerate(zip(LETTERS, question.choices, strict=False)):
                if spaced and index:
                    say()
                say(_block(choice.text, f"{INDENT}{letter}) ", INDENT + "   "))
        say()
        tried = hinted = False
        while True:
            line = self.console.ask("> ").strip()
            if line == "?":
                hinted = self._hint(question) or hinted
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
                if not hinted:
                    hinted = self._hint(question, quiet=True)
                say("Try again, type ! to show the answer, or press Enter to go on.")

    def _read(self, question: RunQuestion, line: str) -> set[int] | str | None:
        """The chosen answers' positions (None for a short answer), or what is wrong with the line."""
        if question.short:
            if question.numeric and parse_number(line) is None:
                return "Type a number, such as 512, 0.5 or 0x200."
            return None
        count = len(question.choices)
        last = LETTERS[count - 1]
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

    def _grade(self, question: RunQuestion, chosen: set[int] | None, line: str) -> bool:
        """Say the verdict and the feedback; whether the answer is right."""
        say, strings = self.console.say, self.strings
        if chosen is None:
            matched = [c for c in question.choices if answer_matches(line, c.text, question.numeric)]
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

    def _hint(self, question: RunQuestion, quiet: bool = False) -> bool:
        """Show the hint; whether there is one."""
        if question.hint is None:
            if not quiet:
                self.console.say("This question has no hint.")
            return False
        self.console.say(self.strings["hint"])
        self.console.say(_block(question.hint, INDENT, INDENT))
        return True

    def _reveal(self, question: RunQuestion) -> None:
        say, strings = self.console.say, self.strings
        say(strings["shown"])
        right = [(LETTERS[i], c) for i, c in enumerate(question.choices) if c.correct]
        if question.short:
            answers = [choice.text for _, choice in right]
            key = "accepted_answers"
        else:
            answers = [f"{letter}) {choice.text}" if "\n" not in choice.text else letter for letter, choice in right]
            key = "correct_answer"
        say(strings.text(key, count=len(answers), answers=", ".join(answers)))
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
