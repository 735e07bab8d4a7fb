"""The CPython interpreters of this machine, for the local actions/setup-python: pyenv's versions
(`$(pyenv root)/versions/X.Y.*/bin/pythonX.Y`) and `pythonX.Y` on PATH, each asked what it is."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tested_snippets.runner import probe

BINARY = re.compile(r"python(\d+\.\d+t?)")
SPEC = re.compile(r"(?P<minor>\d+\.\d+)(?:\.(?P<patch>\d+))?(?P<threading>t?)")


@dataclass(frozen=True)
class Python:
    version: str  # 3.13, or 3.14t for a free-threaded build
    release: str  # 3.13.0
    path: str

    @property
    def bin_dir(self) -> str:
        return os.path.dirname(self.path)


def pyenv_root() -> Path:
    if shutil.which("pyenv"):
        result = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=30, check=False)
        if result.returncode == 0 and result.stdout.strip():
            return Path(result.stdout.strip())
    return Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")


def candidates(pyenv: Path, search_path: str) -> list[str]:
    found = [str(path) for path in sorted(pyenv.glob("versions/*/bin/python*")) if BINARY.fullmatch(path.name)]
    for directory in filter(None, search_path.split(os.pathsep)):
        if Path(directory) == pyenv / "shims":
            continue  # the versions themselves are listed above; a shim runs only the selected ones
        found += [
            str(path)
            for path in sorted(Path(directory).glob("python*"))
            if BINARY.fullmatch(path.name) and os.access(path, os.X_OK)
        ]
    return found


def identify(paths: list[str]) -> list[Python]:
    """What each path runs, one per real file, leaving out what does not run (pyenv's shims of versions
    not selected) or is not CPython 3; in version order."""
    unique: dict[str, str] = {}
    for path in paths:
        unique.setdefault(os.path.realpath(path), path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        probed = [found for found in pool.map(probe, unique.values()) if found is not None]
    pythons = [
        Python(f"3.{found.version.minor}{'t' if found.version.free_threaded else ''}", found.release, found.path)
        for found in probed
    ]
    return sorted(pythons, key=lambda python: (_release(python.release), python.version))


@functools.cache
def installed() -> tuple[Python, ...]:
    return tuple(identify(candidates(pyenv_root(), os.environ.get("PATH", ""))))


def choose(spec: str, found: Sequence[Python]) -> Python | None:
    """The newest interpreter that satisfies a setup-python version (3.13, 3.13.1 or 3.14t), if any.

    Raises ValueError for forms the local equivalent does not know (3.x, ranges, PyPy).
    """
    match = SPEC.fullmatch(spec.strip())
    if match is None:
        raise ValueError(f"python-version `{spec}` (the local setup-python knows X.Y, X.Y.Z and X.Yt)")
    version = match["minor"] + match["threading"]
    fitting = [
        python
        for python in found
        if python.version == version
        and (match["patch"] is None or python.release == f"{match['minor']}.{match['patch']}")
    ]
    return max(fitting, key=lambda python: _release(python.release), default=None)


def versions(found: Sequence[Python]) -> str:
    return ", ".join(dict.fromkeys(python.version for python in found)) or "none"


def _release(release: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", release))
