"""The fresh clone the workflow jobs run on: what a commit of the working tree would hold, taken without
touching the developer's index, working tree or refs. On a small repository made for each test."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from workflows.actions import ActionCall, Artifacts, Local, run_action
from workflows.snapshot import IDENTITY, NotACheckout, Snapshot, take

# Without the developer's git configuration (signing, hooks, default branch), which is no part of the tests.
ENVIRONMENT = {
    **{name: value for name, value in os.environ.items() if not name.startswith("GIT_")},
    **IDENTITY,
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repository: Path, *arguments: str) -> str:
    result = subprocess.run(
        ["git", *arguments], cwd=repository, capture_output=True, text=True, check=True, env=ENVIRONMENT
    )
    return result.stdout


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository with every kind of change: modified, staged, deleted, untracked, ignored, and a file
    that .gitignore matches but that was added anyway."""
    root = tmp_path / "repository"
    root.mkdir()
    git(root, "init", "--quiet", "--initial-branch=main")
    files = {
        "modified": "old\n",
        "staged": "old\n",
        "deleted": "here\n",
        ".gitignore": "*.log\n",
        "kept.log": "forced\n",
    }
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    git(root, "add", "--force", ".")
    git(root, "commit", "--quiet", "-m", "start")
    (root / "modified").write_text("new\n", encoding="utf-8")
    (root / "staged").write_text("new\n", encoding="utf-8")
    git(root, "add", "staged")
    (root / "deleted").unlink()
    (root / "untracked").write_text("new\n", encoding="utf-8")
    (root / "ignored.log").write_text("ignored\n", encoding="utf-8")
    return root


def state(root: Path) -> tuple[str, str, str, str]:
    index = hashlib.sha256((root / ".git" / "index").read_bytes()).hexdigest()
    return index, git(root, "status", "--porcelain"), git(root, "for-each-ref"), git(root, "rev-parse", "HEAD")


def files_of(directory: Path) -> dict[str, str]:
    return {
        path.relative_to(directory).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(directory.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(directory).parts
    }


def test_the_clone_holds_what_a_commit_of_the_working_tree_would_hold(repository: Path, tmp_path: Path) -> None:
    snapshot = take(repository)
    snapshot.clone_into(tmp_path / "clone")
    assert files_of(tmp_path / "clone") == {
        ".gitignore": "*.log\n",
        "kept.log": "forced\n",
        "modified": "new\n",
        "staged": "new\n",
        "untracked": "new\n",
    }
    assert git(tmp_path / "clone", "rev-parse", "HEAD").strip() == snapshot.commit
    assert git(tmp_path / "clone", "rev-parse", "HEAD~1").strip() == git(repository, "rev-parse", "HEAD").strip()
    assert snapshot.branch == "main"


def test_taking_a_snapshot_leaves_the_index_the_working_tree_and_the_refs_alone(repository: Path) -> None:
    before = state(repository)
    take(repository)
    assert state(repository) == before


def test_a_repository_without_a_commit_can_be_taken_too(tmp_path: Path) -> None:
    (tmp_path / "new").mkdir()
    git(tmp_path / "new", "init", "--quiet")
    (tmp_path / "new" / "first").write_text("1\n", encoding="utf-8")
    take(tmp_path / "new").clone_into(tmp_path / "clone")
    assert files_of(tmp_path / "clone") == {"first": "1\n"}


def test_a_directory_that_is_not_the_top_of_a_git_checkout_has_no_snapshot(repository: Path, tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    with pytest.raises(NotACheckout, match="is not a git checkout"):
        take(tmp_path / "plain")
    (repository / "sub").mkdir()
    with pytest.raises(NotACheckout, match="not the top of one"):
        take(repository / "sub")


def test_checkout_clones_the_snapshot_into_the_workspace_in_place_of_what_was_there(
    repository: Path, tmp_path: Path
) -> None:
    snapshot: Snapshot = take(repository)
    workspace = tmp_path / "workspace"
    (workspace / "left-over").mkdir(parents=True)
    local = Local(snapshot, Artifacts(tmp_path / "artifacts"))
    result = run_action(ActionCall("actions/checkout@v5", {}, workspace, "w.yml::job", [], {}, local))
    assert result.note.startswith(f"cloned {snapshot.commit[:12]}")
    assert sorted(files_of(workspace)) == [".gitignore", "kept.log", "modified", "staged", "untracked"]
