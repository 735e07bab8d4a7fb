"""Question ids are unique across the site; a duplicate names both places, and which one is new.

Readers' saved progress is kept under a question's id, so when two questions share one, the question
that had it first must keep it. Where git can tell (the site is a git checkout and a base branch is
found), the problem is reported at the question that is new relative to the base branch, saying that
the other one had the id already. Otherwise it is reported at the later one in build order.

The base branch: ``QUIZ_BASE_REF`` if set, else the pull request's base on GitHub Actions
(``GITHUB_BASE_REF``), else the first of ``origin/main``, ``main``, ``origin/master`` and ``master``
that exists; the comparison is made against its merge base with ``HEAD`` (on the base branch itself:
``HEAD``, so the working tree's changes are what is new).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core.model import LocatedProblem, Question


@dataclass(frozen=True)
class QuestionPlace:
    """Where a question id was defined."""

    id: str
    path: str  # as problems name it
    line: int
    file: str = field(default="", compare=False)  # the absolute path of the source file, if it has one


class IdHistory:
    """Which source files held a question id at the base commit, asked of git (once per id)."""

    def __init__(self, directory: str) -> None:
        self.directory = directory
        self._base: str | None | bool = False  # False: not looked up yet; None: git cannot tell
        self.base_name = ""

    def files_with(self, question_id: str) -> set[str] | None:
        """The absolute paths of the files that defined the id at the base commit; None if unknown."""
        base = self._base_commit()
        if base is None:
            return None
        pattern = rf"^[ >]*/{{3,}}[ ]*quiz[ ]*\|[ ]*{re.escape(question_id)}[ ]*$"
        found = self._git("grep", "-l", "-E", pattern, base, "--", ".")
        if found is None:
            return set()  # git grep exits with 1 when nothing matches
        top = self._git("rev-parse", "--show-toplevel") or self.directory
        paths = set()
        for line in found.splitlines():
            _, _, path = line.partition(":")
            paths.add(os.path.normpath(os.path.join(top.strip(), path)))
        return paths

    def _base_commit(self) -> str | None:
        if self._base is False:
            self._base = None
            for ref in self._candidates():
                if self._git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}") is None:
                    continue
                merge_base = self._git("merge-base", "HEAD", ref)
                if merge_base:
                    self._base, self.base_name = merge_base.strip(), ref
                break
        return self._base if isinstance(self._base, str) else None

    @staticmethod
    def _candidates() -> list[str]:
        if os.environ.get("QUIZ_BASE_REF"):
            return [os.environ["QUIZ_BASE_REF"]]
        if os.environ.get("GITHUB_BASE_REF"):
            return [f"origin/{os.environ['GITHUB_BASE_REF']}"]
        return ["origin/main", "main", "origin/master", "master"]

    def _git(self, *arguments: str) -> str | None:
        try:
            result = subprocess.run(
                ["git", "-C", self.directory, *arguments], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return result.stdout if result.returncode == 0 else None


class IdRegistry:
    """Remembers where each id was first defined; a second definition is a problem naming both."""

    def __init__(self, history: IdHistory | None = None) -> None:
        # Each place as a plain tuple of strings and a number, (path, line, file): the garbage collector
        # stops tracking such a tuple, where it would scan a dataclass for every id of the site in each
        # full collection until the build ends (10,000 of them in a big site).
        self._first: dict[str, tuple[str, int, str]] = {}
        self.history = history

    def add(self, place: QuestionPlace) -> LocatedProblem | None:
        entry = (place.path, place.line, place.file)
        first = self._first.setdefault(place.id, entry)
        if first is entry:
            return None
        earlier = QuestionPlace(place.id, *first)
        new, established = place, earlier
        known = self.history.files_with(place.id) if self.history is not None and place.file else None
        if known is not None and earlier.file:
            if place.file in known and earlier.file not in known:
                new, established = earlier, place
            elif not (earlier.file in known and place.file not in known):
                known = None  # both new, or both old: git cannot say which one keeps it
        message = f"duplicate quiz id `{place.id}`: already used at {established.path}:{established.line}"
        if known is not None:
            assert self.history is not None
            message += (
                f", which had it on {self.history.base_name} already: this question is new, give it another "
                "id (readers' progress is kept under the old one's)"
            )
        return LocatedProblem(new.path, new.line, message)


def register_ids(
    registry: IdRegistry, path: str, line_offset: int, questions: Iterable[Question], file: str = ""
) -> list[LocatedProblem]:
    """Add a page's questions to the site's ids; a problem for each id another page already used."""
    problems = []
    for question in questions:
        problem = registry.add(QuestionPlace(question.id, path, question.line + line_offset, file))
        if problem is not None:
            problems.append(problem)
    return problems
