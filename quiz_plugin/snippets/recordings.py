"""Tested snippets and their recorded output, one file per CPython version.

Layout, under the snippets directory::

    gc/threshold.py          the code, shown on pages exactly as it is run
    gc/threshold.3.12.out    what it printed on CPython 3.12 (one file per version that ran)
    gc/threshold.3.13t.out   ... on a free-threaded 3.13 build

A snippet applies to the versions the site covers (the store's ``default_versions``: every version
unless the site says otherwise) unless a comment line at its top says otherwise, for example
``# versions: 3.12+``, ``# versions: 3.9-3.11`` or ``# versions: 3.13t``.
The test suite runs every snippet on every installed version it applies to and compares the output
with the recording; the build only reads the recordings, it never runs code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

VERSION_RE = re.compile(r"^(?P<major>\d+)\.(?P<minor>\d+)(?P<free>t?)$")
SPEC_LINE_RE = re.compile(r"^#[ ]*versions:[ ]*(?P<spec>.+?)[ ]*$")
RECORDING_RE = re.compile(r"^(?P<stem>.+)\.(?P<version>\d+\.\d+t?)\.out$")


class SnippetError(ValueError):
    """A snippet or recording that cannot be used (a bad version spec, a missing file)."""


@dataclass(frozen=True, order=True)
class Version:
    """A CPython feature version, for example 3.12, or 3.13t for a free-threaded build."""

    major: int
    minor: int
    free_threaded: bool = False

    @classmethod
    def parse(cls, text: str) -> Version:
        match = VERSION_RE.match(text.strip())
        if not match:
            raise SnippetError(f"`{text.strip()}` is not a CPython version such as 3.12 or 3.13t")
        return cls(int(match["major"]), int(match["minor"]), bool(match["free"]))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}{'t' if self.free_threaded else ''}"


@dataclass(frozen=True)
class VersionSpec:
    """Which versions a snippet applies to: ranges of feature versions, GIL or free-threaded."""

    text: str  # as written, for messages; "" means every version

    @classmethod
    def parse(cls, text: str) -> VersionSpec:
        spec = cls(text.strip())
        _ = spec._ranges  # parse now: a bad spec is an error where it is written, not where it is used
        return spec

    @cached_property
    def _ranges(self) -> list[tuple[tuple[int, int], tuple[int, int] | None, bool | None]]:
        """(lowest, highest or None, free-threaded or None for either) for each comma-separated part."""
        if not self.text:
            return [((0, 0), None, None)]
        ranges = []
        for part in self.text.split(","):
            part = part.strip()
            match = re.fullmatch(r"(\d+\.\d+t?)(\+|-(\d+\.\d+t?))?", part)
            if not match:
                raise SnippetError(f"`{part}` is not a version range such as 3.12, 3.12+ or 3.10-3.12")
            low = Version.parse(match[1])
            high = Version.parse(match[3]) if match[3] else None
            free = True if low.free_threaded or (high and high.free_threaded) else None
            upper = None if match[2] == "+" else (high.major, high.minor) if high else (low.major, low.minor)
            ranges.append(((low.major, low.minor), upper, free))
        return ranges

    def includes(self, version: Version) -> bool:
        feature = (version.major, version.minor)
        for low, high, free in self._ranges:
            if free is True and not version.free_threaded:
                continue
            if low <= feature and (high is None or feature <= high):
                return True
        return False

    def describe(self) -> str:
        return f"CPython {self.text}" if self.text else "every CPython version"


@dataclass(frozen=True)
class Snippet:
    """A code sample under the snippets directory, with its version spec and recordings."""

    root: Path
    path: str  # relative to root, with / separators, for example gc/threshold.py
    default_versions: str = ""  # the versions it applies to unless its first lines say

    @property
    def file(self) -> Path:
        return self.root / self.path

    @cached_property
    def code(self) -> str:
        return read_text(self.file, self.path)

    @cached_property
    def spec(self) -> VersionSpec:
        for line in self.code.splitlines()[:5]:
            match = SPEC_LINE_RE.match(line.strip())
            if match:
                return VersionSpec.parse(match["spec"])
        return VersionSpec.parse(self.default_versions)

    def recording_file(self, version: Version) -> Path:
        return self.file.with_name(f"{self.file.stem}.{version}.out")

    def recordings(self) -> dict[Version, str]:
        """Every recorded output, by version, in version order."""
        found = {}
        for candidate in self.file.parent.glob(f"{self.file.stem}.*.out"):
            match = RECORDING_RE.match(candidate.name)
            if match and match["stem"] == self.file.stem:
                found[Version.parse(match["version"])] = read_text(
                    candidate, f"{self.path}'s recording {candidate.name}"
                )
        return dict(sorted(found.items()))


def read_text(file: Path, what: str) -> str:
    """A snippet's file as text; a file that is not UTF-8 or cannot be read is a SnippetError."""
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SnippetError(
            f"{what} is not UTF-8 text (byte {error.start}): record it again"
        ) from error
    except OSError as error:
        raise SnippetError(f"{what} cannot be read: {error.strerror or error}") from error


class SnippetStore:
    """The snippets directory: finds snippets by path and lists them all.

    ``default_versions``: the versions a snippet applies to unless it says (such as ``3.10+``; every
    version if empty); ``record_command``: how the site records outputs, for messages (may be empty);
    ``reader_version``: the version that questions following the reader's show by default (the newest
    recorded if empty)."""

    def __init__(
        self, root: Path, default_versions: str = "", record_command: str = "", reader_version: str = ""
    ) -> None:
        self.root = root
        self.default_versions = VersionSpec.parse(default_versions).text
        self.record_command = record_command
        self.reader_version = str(Version.parse(reader_version)) if reader_version else ""

    def record_hint(self) -> str:
        """What to do about a missing recording, as the end of a message."""
        return f": record it with `{self.record_command}`" if self.record_command else ": record it"

    def get(self, path: str) -> Snippet:
        path = path.strip().strip('"').strip("'")
        snippet = Snippet(self.root, path, self.default_versions)
        if not path.endswith(".py") or ".." in Path(path).parts or not snippet.file.is_file():
            raise SnippetError(f"no snippet `{path}` in {self.root}")
        return snippet

    def all(self) -> list[Snippet]:
        paths = sorted(self.root.rglob("*.py"))
        return [Snippet(self.root, path.relative_to(self.root).as_posix(), self.default_versions) for path in paths]


def normalise_output(text: str) -> str:
    """Output as compared with an answer: trailing spaces and surrounding blank lines do not count."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()).strip("\n")


def version_list(versions: list[Version]) -> str:
    """3.10, 3.11 and 3.12"""
    names = [str(v) for v in versions]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
