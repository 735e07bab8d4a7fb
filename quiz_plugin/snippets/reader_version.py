"""Code-output questions that follow the reader's CPython: ``version: reader``.

One block serves every version the snippet is recorded on (``version: reader 3.10-3.13``: only those).
The stem names the version with ``{version}``; on each version, the right answer is the one answer
equal to what the snippet printed there. The answer marked ``[x]`` is the right one on the store's
reader version (what a page shows without JavaScript, and in print); the script switches the key when
a reader picks another version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..core.model import Problem, Question, QuestionType
from .recordings import SnippetError, Version, VersionSpec, newest_first

READER = "reader"  # the value of ``version:`` that makes a question follow the reader's version
PLACEHOLDER = "{version}"  # where the stem names the version


@dataclass(frozen=True)
class ReaderKeys:
    """A question's key on each version: what the page needs to follow the reader's version."""

    default: str  # the version the page shows without JavaScript
    versions: tuple[str, ...]  # every recorded version, newest first
    right_on: tuple[tuple[str, ...], ...]  # for each answer, the versions on which it is the right one


def follows_reader(question: Question) -> bool:
    setting = question.settings.get("version")
    return setting is not None and setting.value.split(maxsplit=1)[:1] == [READER]


def reader_keys(
    question: Question,
    path: str,
    recordings: Mapping[Version, str],
    outputs: list[str],
    default: str,
) -> tuple[ReaderKeys | None, list[Problem]]:
    """The question's keys, or the problems that keep it from having one on every version
    (``outputs``: what each answer says the snippet prints; ``default``: the store's reader version,
    or "" for the newest recorded)."""
    setting = question.settings["version"]
    if question.type is not QuestionType.SINGLE:
        return None, [Problem(setting.line, "a `version: reader` question has one right output: use `type: single`")]
    # `version: reader 3.10-3.13` follows only those versions (a platform whose output no answer gives).
    followed = setting.value.split(maxsplit=1)[1:]
    if followed:
        try:
            spec = VersionSpec.parse(followed[0])
        except SnippetError as error:
            return None, [Problem(setting.line, str(error))]
        recordings = {version: text for version, text in recordings.items() if spec.includes(version)}
    if not recordings:
        return None, [Problem(setting.line, f"`{path}` has no recording to follow the reader's version with")]
    problems: list[Problem] = []
    if PLACEHOLDER not in question.stem.text:
        problems.append(
            Problem(
                question.stem.line,
                f"a `version: reader` question names the reader's version: write `{PLACEHOLDER}` in its text",
            )
        )
    versions = sorted(recordings, key=newest_first)
    right: dict[Version, list[int]] = {}
    unanswered: dict[str, list[str]] = {}  # output -> the versions that print it, when no answer says it
    for version in versions:
        expected = recordings[version]
        right[version] = [index for index, said in enumerate(outputs) if said == expected]
        if not right[version]:
            unanswered.setdefault(expected, []).append(str(version))
    for expected, names in unanswered.items():
        shown = expected if "\n" not in expected else expected.splitlines()[0] + " ..."
        problems.append(
            Problem(
                setting.line,
                f"`{path}` prints `{shown}` on CPython {', '.join(names)}, and no answer says so: add that "
                "answer, so that the question has a right answer on every version it follows",
            )
        )
    try:
        shown_version = Version.parse(default) if default else versions[0]
    except SnippetError as error:
        return None, [*problems, Problem(setting.line, str(error))]
    if shown_version not in recordings:
        problems.append(
            Problem(
                setting.line,
                f"`{path}` has no recording for CPython {shown_version}, the version pages show by default",
            )
        )
        return None, problems
    for index, choice in enumerate(question.choices):
        on_default = index in right[shown_version]
        if choice.correct and not on_default:
            problems.append(
                Problem(
                    choice.line,
                    f"this answer is marked right, but `{path}` prints something else on CPython {shown_version}, "
                    "the version pages show by default: mark this answer `[ ]`",
                )
            )
        elif on_default and not choice.correct:
            problems.append(
                Problem(
                    choice.line,
                    f"this is what `{path}` prints on CPython {shown_version}, the version pages show by default: "
                    "mark this answer `[x]`",
                )
            )
    if problems:
        return None, problems
    right_on = tuple(
        tuple(str(version) for version in versions if index in right[version]) for index in range(len(outputs))
    )
    return ReaderKeys(str(shown_version), tuple(str(version) for version in versions), right_on), []
