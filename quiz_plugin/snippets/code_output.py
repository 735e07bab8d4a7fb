"""Code-output questions: the answer marked right must be what the snippet really printed.

Two forms, both set under the quiz header:

- ``snippet: gc/threshold.py`` and ``version: 3.12`` (or ``3.12, 3.13`` when they print the same):
  "what does this print?". The right answer must equal the recording, and no wrong answer may.
- ``snippet: refcount/none.py`` and ``prints: 4294967295``: "which versions print this?". Every answer
  names a version, and exactly the versions whose recording is that output must be ticked.
- ``version: reader``: "what does this print on {version}?", asked on the version the reader picks
  (``reader_version``).
"""

from __future__ import annotations

import re

from ..core.answers import answer_matches, short_answer_text
from ..core.model import Choice, Problem, Question, QuestionType
from .reader_version import ReaderKeys, follows_reader, reader_keys
from .recordings import SnippetError, SnippetStore, Version, normalise_output
from .shown_code import ShownCodeError, shown_pieces

SETTINGS = ("snippet", "version", "prints")
VERSION_IN_TEXT_RE = re.compile(r"(?<![\d.])(\d+\.\d+t?)(?![\d.])")


def choice_output(choice: Choice) -> str:
    """What an answer says the snippet prints: a fenced block's content, or one line of text."""
    lines = choice.body.lines
    opener = re.match(r"^(`{3,}|~{3,})", lines[0]) if len(lines) >= 2 else None
    if opener and lines[-1].strip().startswith(opener[1]):
        return normalise_output("\n".join(lines[1:-1]))
    return normalise_output(short_answer_text(choice.body.text))


def check_code_output(question: Question, store: SnippetStore | None = None) -> list[Problem]:
    settings = question.settings
    if not any(key in settings for key in SETTINGS):
        return []
    if "snippet" not in settings:
        key = "version" if "version" in settings else "prints"
        return [Problem(settings[key].line, f"`{key}:` needs a `snippet:` setting naming the snippet it is about")]
    snippet_setting = settings["snippet"]
    if store is None:
        return [
            Problem(
                snippet_setting.line, "code-output questions need a snippets directory (the plugin's `snippets_dir`)"
            )
        ]
    try:
        snippet = store.get(snippet_setting.value)
        shown_pieces(snippet.code)  # its marker comments pair up: the question shows the code
        recordings = {version: normalise_output(text) for version, text in snippet.recordings().items()}
    except SnippetError as error:
        return [Problem(snippet_setting.line, str(error))]
    except ShownCodeError as error:
        return [Problem(snippet_setting.line, f"snippet `{snippet.path}`: {error}")]

    if "version" in settings and "prints" in settings:
        return [
            Problem(
                settings["prints"].line,
                "use `version:` (what it prints) or `prints:` (which versions print it), not both",
            )
        ]
    if "prints" in settings:
        return _check_versions_that_print(question, snippet.path, recordings, store.record_hint())
    if follows_reader(question):
        outputs = [choice_output(choice) for choice in question.choices]
        return reader_keys(question, snippet.path, recordings, outputs, store.reader_version)[1]
    if "version" in settings:
        return _check_output_on_versions(question, snippet.path, recordings, store.record_hint())
    return [
        Problem(
            snippet_setting.line,
            "add `version: 3.12` (the question asks what it prints there) or `prints: <output>` "
            "(the question asks which versions print it)",
        )
    ]


def _recording(path: str, recordings: dict[Version, str], version: Version, hint: str) -> str:
    if version not in recordings:
        raise SnippetError(f"snippet `{path}` has no recording for CPython {version}{hint}")
    return recordings[version]


def _check_output_on_versions(
    question: Question, path: str, recordings: dict[Version, str], hint: str
) -> list[Problem]:
    setting = question.settings["version"]
    if question.type not in (QuestionType.SINGLE, QuestionType.SHORT):
        return [
            Problem(setting.line, "a `version:` question has one right output: use `type: single` or `type: short`")
        ]
    try:
        versions = [Version.parse(part) for part in setting.value.split(",")]
        outputs = {version: _recording(path, recordings, version, hint) for version in versions}
    except SnippetError as error:
        return [Problem(setting.line, str(error))]
    if len(set(outputs.values())) > 1:
        names = ", ".join(str(v) for v in versions)
        return [
            Problem(setting.line, f"`{path}` prints different things on CPython {names}: ask about them one at a time")
        ]
    expected = next(iter(outputs.values()))
    shown = expected if "\n" not in expected else expected.splitlines()[0] + " ..."

    def says_expected(choice: Choice) -> bool:
        if question.type is QuestionType.SHORT:
            # As the browser compares: a reader who types what the snippet printed gets this answer.
            return answer_matches(expected, choice_output(choice), question.numeric, question.tolerance)
        return choice_output(choice) == expected

    problems = []
    for choice in question.choices:
        if choice.correct and not says_expected(choice):
            problems.append(
                Problem(
                    choice.line,
                    f"this answer is marked right, but `{path}` prints `{shown}` on CPython {setting.value}",
                )
            )
        elif not choice.correct and says_expected(choice):
            problems.append(
                Problem(
                    choice.line,
                    f"this answer is marked wrong, but it is what `{path}` prints on CPython {setting.value}",
                )
            )
    return problems


def _check_versions_that_print(
    question: Question, path: str, recordings: dict[Version, str], hint: str
) -> list[Problem]:
    setting = question.settings["prints"]
    if question.type not in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return [
            Problem(
                setting.line, "a `prints:` question lists versions as answers: use `type: multiple` or `type: single`"
            )
        ]
    expected = normalise_output(short_answer_text(setting.value))
    problems = []
    for choice in question.choices:
        match = VERSION_IN_TEXT_RE.search(choice.body.text)
        if match is None:
            problems.append(Problem(choice.line, "this answer names no CPython version (such as 3.12)"))
            continue
        version = Version.parse(match[1])
        try:
            prints = _recording(path, recordings, version, hint) == expected
        except SnippetError as error:
            problems.append(Problem(choice.line, str(error)))
            continue
        if prints != choice.correct:
            verb = "prints" if prints else "does not print"
            mark = "[x]" if prints else "[ ]"
            problems.append(
                Problem(choice.line, f"`{path}` {verb} `{expected}` on CPython {version}: mark this answer `{mark}`")
            )
    return problems


def question_reader_keys(question: Question, store: SnippetStore | None) -> ReaderKeys | None:
    """The keys of a valid ``version: reader`` question on each version (None for any other question)."""
    if store is None or not follows_reader(question) or "snippet" not in question.settings:
        return None
    try:
        snippet = store.get(question.settings["snippet"].value)
        recordings = {version: normalise_output(text) for version, text in snippet.recordings().items()}
    except SnippetError:
        return None
    outputs = [choice_output(choice) for choice in question.choices]
    return reader_keys(question, snippet.path, recordings, outputs, store.reader_version)[0]
