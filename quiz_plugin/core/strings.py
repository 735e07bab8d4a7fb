"""Interface strings: every word the engine itself shows readers, in the site's language.

English is written here, with what each text is for; the other built-in languages are files in
``locales/`` (``languages``). A site chooses its language (MkDocs: the theme's ``language`` or
``locale``; a bare host: ``QuizExtension(language="de")``) and may replace any text. Texts are
messages (``messages``): ``{name}`` placeholders, and plural forms where a text counts.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

from .languages import built_in_language, language_tag, locale_texts
from .messages import MessageError, parse_message

# Rendered into the HTML at build time (so they work without JavaScript).
PAGE_STRINGS: dict[str, str] = {
    "question": "Question {number}",  # a question's legend: its number on the page
    "select_all": "Select all that apply.",  # after the legend of a multiple-choice question
    "hint": "Hint",
    "answer": "Answer",  # opens the answer key and the explanation
    # The answer key: letters (A, C), the true/false word, or the accepted short answers.
    "correct_answer": "{count, plural, one {Correct answer: {answers}} other {Correct answers: {answers}}}",
    "accepted_answers": "{count, plural, one {Accepted answer: {answers}} other {Accepted answers: {answers}}}",
    "your_answer": "Your answer",  # the field of a short-answer question
    # A question that follows the reader's CPython: its key on each other version, under the shown one's.
    "answer_on_versions": "On CPython {versions}: {answers}",
    "true": "True",  # the answers of a true/false question
    "false": "False",
    "invalid": "This question could not be built:",  # a preview's question with mistakes
    "hint_of": "Hint {number} of {count}",  # each of a question's hints, when it has more than one
    "order_steps": "Put the steps in order.",  # after the legend of an ordering question
    "right_order": "The right order:",  # an ordering question's answer key, before its steps in order
    "tolerance": "(give or take {tolerance})",  # after the accepted answers: `5%` or `0.5`, as the author wrote it
    # After each chapter's link in a list of chapters, and on the progress page.
    "count": "{count, plural, one {# question} other {# questions}}",
    "progress_title": "Your progress",
    "progress_needs_js": (
        "Your progress is kept by your browser, on this device only, and this page needs JavaScript to "
        "show it. The chapters and their questions:"
    ),
}

# The pages the build writes: "All questions" and the reviewers' answer key, each with a page per chapter
# (Markdown or HTML: a placeholder's value may be a link or code written by the engine; the texts
# themselves are shown as text).
GENERATED_STRINGS: dict[str, str] = {
    "questions_title": "All questions",
    "questions_intro": (
        "The site asks {questions, plural, one {# question} other {# questions}} in "
        "{chapters, plural, one {# chapter} other {# chapters}}. Each chapter's page lists its questions, "
        "each linked to the page that asks it."
    ),
    "questions_json": "Programs can read the same list from {file}.",
    "questions_answer_key": "{page}: every question with its answers, for reviewers (preview builds only).",
    # The title of a chapter's page: {page} is `questions_title` or `answer_key_title`, {chapter} its title.
    "chapter_page_title": "{page}: {chapter}",
    # Under the title of a chapter's list of questions: {chapter} links to the chapter, {page} to "All questions".
    "questions_chapter_intro": (
        "{count, plural, one {# question} other {# questions}} of {chapter}, in page order. "
        "{page} counts every chapter's."
    ),
    "chapter": "Chapter",  # the table's first column
    "all": "All",  # the table's totals
    # The kinds of questions, as written inside a sentence (a table's heading starts with a capital).
    "type_single": "single choice",
    "type_multiple": "multiple choice",
    "type_true_false": "true or false",
    "type_short": "short answer",
    "type_numeric": "short answer (a number)",
    "type_order": "ordering",  # put the steps of a process in order
    "code_output": "code output",  # questions that ask what a tested snippet prints
    "answer_key_title": "Answer key",
    "answer_key_intro": (
        "For reviewers: every question of the site with its right answers, the feedback of every answer "
        "and the snippet it is checked against, a page per chapter. Only preview builds have these pages; "
        "the published site does not, and search never lists them."
    ),
    # Under the title of a chapter's page of the answer key: {page} links to the answer key.
    "answer_key_chapter_intro": "{count, plural, one {# question} other {# questions}}. {page} lists every chapter.",
    "key_accepted": "Accepted",  # a short answer's accepted reply (right and wrong answers: `right`, `wrong`)
    "key_anticipated": "Anticipated wrong answer",
    "key_snippet": "snippet {snippet}",
    "key_prints": "Asks which versions print {output}.",
    "key_step": "Step {number}",  # an ordering question's steps, in their right order
    "key_tolerance": "Any number within {tolerance} of an accepted answer is accepted.",
}

# Used by the browser script, which the build writes with these texts in it.
SCRIPT_STRINGS: dict[str, str] = {
    "check": "Check",
    "retry": "Try again",
    "show": "Show answer",
    "correct": "Correct!",
    "incorrect": "Not quite.",
    "missed": "You missed a right answer.",  # after "Not quite." on a multiple-choice question
    "empty": "Choose or type an answer first.",
    "shown": "The answer is shown below.",
    "right": "Right",  # an answer's verdict once checked (and the answer key's label)
    "wrong": "Wrong",
    "explanation": "Explanation",
    "your_version": "Your CPython",
    "unrecorded": (
        "This snippet has no recording for CPython {version}, so no answer can be judged for it. Pick another version."
    ),
    "again": "Back for review: answer it again.",
    "score": "{correct} of {total} correct, {answered} answered, {revealed} revealed",
    "reset": "Reset answers on this page",
    "confirm_reset": "Clear every answer on this page?",
    "confirm_yes": "Clear",
    "confirm_no": "Keep",
    "cleared": "Your answers on this page were cleared.",
    "next_hint": "Next hint",  # shows one more hint
    # Ordering questions: each step's buttons, what a screen reader hears after a move, each step's verdict.
    "move_up": "Move up",
    "move_down": "Move down",
    "moved": "Moved to place {position} of {count}.",
    "place_right": "Right place",
    "place_wrong": "Wrong place",
    "in_place": (  # after "Not quite."
        "{count, plural, one {# of {total} steps is in its right place.} "
        "other {# of {total} steps are in their right place.}}"
    ),
    "to_review": "To review:",  # the page's summary, before a link to each question missed or revealed
    # Lists of chapters, the navigation and the progress page.
    "finished": "finished",  # read out after a finished page's mark in the navigation
    "continue": "Continue where you left off: {chapter}, question {number}",
    "storage_off": (
        "Your browser does not let this site store anything, so there is no progress to show: answers "
        "are forgotten when you leave a page."
    ),
    "review": "Review",
    "review_none": (
        "Nothing to review. The questions you miss or reveal come back here a day later, then after 3 and "
        "7 days, until you answer them right each time."
    ),
    "review_intro": (
        "The questions you missed or revealed come back a day later, then after 3 and 7 days, until you "
        "answer them right each time."
    ),
    "review_due": "Due now: {count}.",
    "review_start": "Start with the first one",
    "due_now": "due now (box {box} of 3)",
    "due_on": "back on {date} (box {box} of 3)",  # the date in the reader's language: "March 4"
    "your_data": "Your data",
    "data_intro": (
        "Your answers are kept in this browser only. Export them to a file to keep them, or to carry them "
        "to another browser and import them there."
    ),
    "export": "Export progress",
    "import": "Import progress",
    "forget": "Clear all progress",
    "confirm_forget": "Clear all your progress on this site, in this browser?",
    "exported": "Questions exported: {count}.",
    "imported": "Questions imported: {count}.",
    "import_bad": "This file is not a progress file, or it is damaged: nothing was changed.",
    "import_foreign": "This progress file comes from another site: nothing was changed.",
    "forgotten": "All your progress on this site was cleared.",
}

# Used by the run script (the MkDocs plugin's `run_snippets`): a snippet's Run button and its output.
RUN_STRINGS: dict[str, str] = {
    "run": "Run",
    "run_stop": "Stop",
    "run_edit": "Edit code",
    "run_code_label": "The code to run (your changes stay on this page until you leave it)",
    "run_restore": "Restore the original code",
    # The first press: the interpreter is fetched from this site, once, then kept by the browser's cache.
    "run_loading": "Starting CPython in your browser (about 13 MB, fetched once)…",
    "run_starting": "Starting a fresh interpreter…",
    "run_running": "Running…",
    "run_done": "Finished in {seconds} s.",
    "run_status": "Ended with exit status {status} after {seconds} s.",
    "run_stopped": "Stopped after {seconds} s.",
    "run_yours": "Your run, on {runtime}:",  # above a run's output; {runtime} is `run_runtime`
    "run_runtime": "CPython {version}, WebAssembly ({bits}-bit), via Pyodide {pyodide}",
    "run_cut": "[Output cut after {limit} characters; the program goes on until it ends or you stop it.]",
    "run_blocked": (
        "This page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval'), so code cannot "
        "run here. The recorded outputs above show what it prints."
    ),
    "run_unsupported": (
        "This browser does not run WebAssembly in a worker, so code cannot run here. The recorded outputs "
        "above show what it prints."
    ),
    "run_failed": "CPython could not start or run here: {error}",
}

ENGLISH: dict[str, str] = {**PAGE_STRINGS, **GENERATED_STRINGS, **SCRIPT_STRINGS, **RUN_STRINGS}
# Placeholders that hold a whole number, and so may choose a plural form.
COUNTS = {"count", "number", "questions", "chapters", "correct", "total", "answered", "revealed", "box"}
RENAMED = {
    "count_one": "`count_one` and `count_other` are now one key, `count`, with plural forms: "
    "`{count, plural, one {# question} other {# questions}}`",
    "count_other": "`count_one` and `count_other` are now one key, `count`, with plural forms: "
    "`{count, plural, one {# question} other {# questions}}`",
    "correct_answers": "`correct_answers` is now a plural form of `correct_answer`: "
    "`{count, plural, one {Correct answer: {answers}} other {Correct answers: {answers}}}`",
}


FORMATTED_KEPT = 4096  # formatted texts a site's strings keep (most are the same few, over and over)


class StringsError(ValueError):
    """A mistake in a site's interface strings; the text names the key."""


class Strings(Mapping[str, str]):
    """A site's interface strings: every key's text. ``language`` (a BCP 47 tag) chooses plural forms;
    ``built_in`` is the built-in language the texts come from ("en" when the site's has none)."""

    def __init__(self, texts: Mapping[str, str], language: str = "en", built_in: str = "en") -> None:
        self._texts = dict(texts)
        self.language = language
        self.built_in = built_in
        # Texts already formatted, by key and values: a page writes the same few ("Correct answer: B")
        # for each of its questions.
        self._formatted: dict[tuple[object, ...], str] = {}

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def text(self, key: str, **values: object) -> str:
        """The text of ``key`` with its placeholders filled in."""
        return self._format(key, values, None)

    def markup(self, key: str, escape: Callable[[str], str], **values: str | int) -> str:
        """The text of ``key`` as markup: its own words through ``escape`` (for HTML or Markdown), its
        values as they are (markup the engine wrote: code, a link)."""
        return self._format(key, values, escape)

    def _format(self, key: str, values: Mapping[str, object], escape: Callable[[str], str] | None) -> str:
        # A value's type too: True and 1 are equal keys, but are written "True" and "1".
        memo = (key, escape, *((name, type(value), value) for name, value in values.items()))
        try:
            return self._formatted[memo]
        except KeyError:
            pass
        except TypeError:  # a value that cannot be a key: formatted every time
            memo = ()
        text = parse_message(self._texts[key]).format(self.language, values, escape)
        if memo and len(self._formatted) < FORMATTED_KEPT:
            self._formatted[memo] = text
        return text

    def script(self) -> dict[str, object]:
        """The script's texts, as the browser script reads them (``Message.for_script``)."""
        # and the key's words: a question that follows the reader's version rewrites its key; and a
        # question's number: the progress page names a question to review by it until its preview comes
        keys = (*SCRIPT_STRINGS, "correct_answer", "question")
        return {key: parse_message(self._texts[key]).for_script() for key in keys}

    def run_script(self) -> dict[str, object]:
        """The run script's texts, as it reads them (``Message.for_script``)."""
        return {key: parse_message(self._texts[key]).for_script() for key in RUN_STRINGS}


@cache
def english() -> Strings:
    """The built-in English strings (what functions use when a host gives none)."""
    return interface_strings("en")


def interface_strings(language: object = "", overrides: object = None) -> Strings:
    """The strings of a site in ``language`` (English if none is built in), with ``overrides``, a
    mapping of keys to texts, replacing the built-in ones. A mistake in them raises ``StringsError``."""
    if language is None:
        language = ""
    if not isinstance(language, str):
        raise StringsError(f"the language must be a tag such as `de` or `pt-BR`, not {_kind(language)}")
    checked = checked_overrides(overrides)
    tag = language_tag(language) or "en"
    built_in = built_in_language(tag) or "en"
    texts = {**ENGLISH, **(locale_texts(built_in) if built_in != "en" else {}), **checked}
    return Strings(texts, tag, built_in)


def checked_overrides(overrides: object) -> dict[str, str]:
    """A site's replacement texts, checked: every key known, every text a message whose placeholders
    its key knows. YAML reads an unquoted `true:` or `false:` key as a boolean: it is taken as that key."""
    if overrides is None:
        return {}
    if not isinstance(overrides, Mapping):
        raise StringsError(f"expected a mapping of keys to texts, such as `{{check: Prüfen}}`, not {_kind(overrides)}")
    checked: dict[str, str] = {}
    errors: list[str] = []
    for raw_key, value in overrides.items():
        key = str(raw_key).lower() if isinstance(raw_key, bool) else raw_key
        if not isinstance(key, str):
            errors.append(f"`{raw_key}` is not the key of an interface string")
        elif key in checked:
            errors.append(f"`{key}` is given twice (YAML reads an unquoted `{key}:` as the same key)")
        elif key in RENAMED:
            errors.append(RENAMED[key])
        elif key not in ENGLISH:
            errors.append(_unknown(key))
        else:
            problem = _message_problem(key, value)
            if problem:
                errors.append(f"`{key}`: {problem}")
            else:
                checked[key] = value
    if errors:
        raise StringsError("; ".join(errors))
    return checked


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    kinds = {int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return kinds.get(type(value), type(value).__name__)


def _unknown(key: str) -> str:
    close = difflib.get_close_matches(key, ENGLISH, n=1)
    if close:
        return f"`{key}` is not an interface string: did you mean `{close[0]}`?"
    return f"`{key}` is not an interface string (the keys: {', '.join(ENGLISH)})"


def _message_problem(key: str, value: object) -> str:
    """What is wrong with a text for ``key`` ("" if nothing)."""
    if isinstance(value, bool):
        return (
            f"expected text, not `{str(value).lower()}`: YAML reads an unquoted yes, no, on, off, true or false "
            "as a boolean, so put the text in quotes"
        )
    if not isinstance(value, str):
        quote = " (put it in quotes)" if isinstance(value, int | float) else ""
        return f"expected text, not {_kind(value)}{quote}"
    try:
        message = parse_message(value)
    except MessageError as error:
        return str(error)
    known = parse_message(ENGLISH[key]).placeholders()
    unknown = sorted(message.placeholders() - known)
    if unknown:
        names = ", ".join(f"`{{{name}}}`" for name in unknown)
        offered = ", ".join(f"`{{{name}}}`" for name in sorted(known)) if known else "none"
        return f"unknown placeholder {names} (this text's placeholders: {offered})"
    not_counts = sorted(message.counts() - COUNTS)
    if not_counts:
        return f"`{{{not_counts[0]}}}` is not a number: it cannot choose a plural form"
    return ""
