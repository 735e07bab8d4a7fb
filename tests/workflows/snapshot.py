"""A fresh clone of what a commit of the working tree would hold, made without touching the developer's
index, working tree or refs: `git add -A` into a temporary copy of the index, `write-tree`,
`commit-tree`; the commit is reachable from no ref, but a local clone copies every object."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

IDENTITY = {
    "GIT_AUTHOR_NAME": "workflow tests",
    "GIT_AUTHOR_EMAIL": "workflow-tests@localhost",
    "GIT_COMMITTER_NAME": "workflow tests",
    "GIT_COMMITTER_EMAIL": "workflow-tests@localhost",
}


class NotACheckout(Exception):
    """The directory is not the top of a git working tree (or git is missing)."""


@dataclass(frozen=True)
class Snapshot:
    repository: Path  # the repository's common git directory
    commit: str
    branch: str  # the branch checked out when the snapshot was taken ("" when detached)

    def clone_into(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        _git(directory.parent, "clone", "--quiet", "--no-checkout", str(self.repository), str(directory))
        _git(directory, "checkout", "--quiet", "--detach", self.commit)


def _git(cwd: Path, *arguments: str, environment: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        ["git", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**_without_git_variables(os.environ), **IDENTITY, **(environment or {})},
        check=False,
    )
    if result.returncode != 0:
        raise subprocess.CalledProcessError(result.returncode, result.args, result.stdout, result.stderr)
    return result.stdout.strip()


def _without_git_variables(environment: Mapping[str, str]) -> dict[str, str]:
    # A suite started from a git hook inherits GIT_DIR, GIT_INDEX_FILE ...: they would point these
    # commands at the hook's repository and index instead of the ones named here.
    return {name: value for name, value in environment.items() if not name.startswith("GIT_")}


def take(root: Path) -> Snapshot:
    """A commit of the working tree at `root` as it is now: tracked changes, deletions and untracked files
    that are not ignored included, exactly what `git add -A && git commit` would record."""
    try:
        top = _git(root, "rev-parse", "--show-toplevel")
    except (OSError, subprocess.CalledProcessError) as error:
        raise NotACheckout(f"{root} is not a git checkout ({error})") from error
    if Path(top).resolve() != root.resolve():
        raise NotACheckout(f"{root} is inside the git checkout {top}, not the top of one")
    index = root / _git(root, "rev-parse", "--git-path", "index")
    common = root / _git(root, "rev-parse", "--git-common-dir")
    with tempfile.TemporaryDirectory(prefix="workflow-index-") as scratch:
        copy = Path(scratch) / "index"
        # Starting from a copy of the real index keeps the files it tracks even where .gitignore
        # matches them (as a commit would), and spares git hashing every unchanged file again.
        if index.exists():
            shutil.copyfile(index, copy)
        temporary = {"GIT_INDEX_FILE": str(copy)}
        _git(root, "add", "--all", environment=temporary)
        tree = _git(root, "write-tree", environment=temporary)
    try:
        parents = ["-p", _git(root, "rev-parse", "--verify", "--quiet", "HEAD")]
    except subprocess.CalledProcessError:
        parents = []  # a repository without a commit yet
    commit = _git(
        root,
        "commit-tree",
        "--no-gpg-sign",
        tree,
        *parents,
        "-m",
        "Snapshot of the working tree for the workflow tests",
    )
    try:
        branch = _git(root, "symbolic-ref", "--quiet", "--short", "HEAD")
    except subprocess.CalledProcessError:
        branch = ""
    return Snapshot(common.resolve(), commit, branch)
