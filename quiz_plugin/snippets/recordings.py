"""Tested snippets and their recorded output, one file per CPython version.

Layout, under the snippets directory::

    gc/threshold.py          the code, shown on pages exactly as it is run
    gc/threshold.3.12.out    what it printed on CPython 3.12 (one file per version that ran)
    gc/threshold.3.13t.out   ... on a free-threaded 3.13 build
    gc/threshold.3.14-wasm32.out   ... on 3.14 built for another platform (here WebAssembly, 32-bit)

A snippet applies to the versions the site covers (the store's ``default_versions``: every version
unless the site says otherwise) unless a comment line at its top says otherwise, for example
``# versions: 3.12+``, ``# versions: 3.9-3.11`` or ``# versions: 3.13t``. A snippet that cannot run
everywhere says what it needs, for example ``# needs: threads, processes``: an interpreter that lacks
one of those skips it (the test runner knows what each interpreter lacks).
The test suite runs every snippet on every installed version it applies to and compares the output
with the recording; the build only reads the recordings, it never runs code.
"""

from __future__ import annotations

from collections.abc import Mapping

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

VERSION_TEXT = r"\d+\.\d+t?(?:-[a-z][a-z0-9_]*)?"  # 3.12, 3.13t, 3.14-wasm32
VERSION_RE = re.compile(r"^(?P<major>\d+)\.(?P<minor>\d+)(?P<free>t?)(?:-(?P<platform>[a-z][a-z0-9_]*))?$")
SPEC_LINE_RE = re.compile(r"^#[ ]*versions:[ ]*(?P<spec>.+?)[ ]*$")
NEEDS_LINE_RE = re.compile(r"^#[ ]*needs:[ ]*(?P<needs>.+?)[ ]*$")
NEED_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
RECORDING_RE = re.compile(rf"^(?P<stem>.+)\.(?P<version>{VERSION_TEXT})\.out$")
HEADER_LINES = 5  # where a snippet's `# versions:` and `# needs:` lines may be


class SnippetError(ValueError):
    """A snippet or recording that cannot be used (a bad version spec, a missing file)."""


@dataclass(frozen=True, order=True)
class Version:
    """A CPython feature version, for example 3.12, or 3.13t for a free-threaded build; ``platform``
    names a build for another platform than the site's usual one (``wasm32``: 3.14-wasm32)."""

    major: int
    minor: int
    free_threaded: bool = False
    platform: str = ""

    @classmethod
    def parse(cls, text: str) -> Version:
        match = VERSION_RE.match(text.strip())
        if not match:
            raise SnippetError(
                f"`{text.strip()}` is not a CPython version such as 3.12, 3.13t or 3.14-wasm32"
            )
        return cls(int(match["major"]), int(match["minor"]), bool(match["free"]), match["platform"] or "")

    def __str__(self) -> str:
        platform = f"-{self.platform}" if self.platform else ""
        return f"{self.major}.{self.minor}{'t' if self.free_threaded else ''}{platform}"


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
    def _ranges(self) -> list[tuple[tuple[int, int], tuple[int, int] | None, bool | None, str | None]]:
        """(lowest, highest or None, free-threaded or None for either, platform or None for any) for
        each comma-separated part."""
        if not self.text:
            return [((0, 0), None, None, None)]
        ranges = []
        for part in self.text.split(","):
            part = part.strip()
            match = re.fullmatch(rf"({VERSION_TEXT})(\+|-(\d+\.\d+t?))?", part)
            if not match:
                raise SnippetError(
                    f"`{part}` is not a version range such as 3.12, 3.12+, 3.10-3.12 or 3.14-wasm32"
                )
            low = Version.parse(match[1])
            high = Version.parse(match[3]) if match[3] else None
            free = True if low.free_threaded or (high and high.free_threaded) else None
            upper = None if match[2] == "+" else (high.major, high.minor) if high else (low.major, low.minor)
            ranges.append(((low.major, low.minor), upper, free, low.platform or None))
        return ranges

    def includes(self, version: Version) -> bool:
        feature = (version.major, version.minor)
        for low, high, free, platform in self._ranges:
            if free is True and not version.free_threaded:
                continue
            if platform is not None and version.platform != platform:
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
        for line in self.code.splitlines()[:HEADER_LINES]:
            match = SPEC_LINE_RE.match(line.strip())
            if match:
                return VersionSpec.parse(match["spec"])
        return VersionSpec.parse(self.default_versions)

    @cached_property
    def needs(self) -> frozenset[str]:
        """What it needs of its interpreter beyond the language (``threads``, ``processes`` ...)."""
        for line in self.code.splitlines()[:HEADER_LINES]:
            match = NEEDS_LINE_RE.match(line.strip())
            if match:
                needs = [need.strip() for need in match["needs"].split(",")]
                for need in needs:
                    if not NEED_RE.match(need):
                        raise SnippetError(
                            f"snippet `{self.path}`: `# needs:` takes words separated by commas, such as "
                            f"`# needs: threads, processes`; found `{need}`"
                        )
                return frozenset(needs)
        return frozenset()

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
    recorded if empty); ``version_notes``: what pages say of a build by its version (``3.14-wasm32``)."""

    def __init__(
        self,
        root: Path,
        default_versions: str = "",
        record_command: str = "",
        reader_version: str = "",
        version_notes: Mapping[str, str] | None = None,
    ) -> None:
        self.root = root
        self.default_versions = VersionSpec.parse(default_versions).text
        self.record_command = record_command
        self.reader_version = str(Version.parse(reader_version)) if reader_version else ""
        self.version_notes = {str(Version.parse(key)): text for key, text in (version_notes or {}).items()}

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


def newest_first(version: Version) -> tuple[bool, int, int, bool, str]:
    """A sort key: newer feature versions first, the GIL build before the free-threaded one; builds for
    another platform (3.14-wasm32) after every native one, since readers run native builds."""
    return (bool(version.platform), -version.major, -version.minor, version.free_threaded, version.platform)


def version_label(version: Version) -> str:
    """A version as pages name it: ``3.14-wasm32`` is ``3.14 (wasm32)``."""
    if not version.platform:
        return str(version)
    return f"{version.major}.{version.minor}{'t' if version.free_threaded else ''} ({version.platform})"


def version_list(versions: list[Version]) -> str:
    """3.10, 3.11 and 3.12"""
    names = [version_label(v) for v in versions]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
