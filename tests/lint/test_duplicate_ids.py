"""A question id used twice names both places and, in a git checkout, which question is new: the one
that had the id on the base branch keeps it (readers' progress is stored under it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from quiz_plugin.cli.dry_build import check_site

PROJECT = Path(__file__).resolve().parents[1] / "bank" / "project"
NEW_QUESTION = "/// quiz | gc-disable\nA new question that took an old id.\n\n- [x] a\n- [ ] b\n///\n"


def git(cwd: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *arguments],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = Path(shutil.copytree(PROJECT, tmp_path / "site"))
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "base")
    git(site, "checkout", "-q", "-b", "contribution")
    for name in ("QUIZ_BASE_REF", "GITHUB_BASE_REF"):
        monkeypatch.delenv(name, raising=False)
    return site


def duplicates(site: Path) -> list[str]:
    return [str(p) for p in check_site(str(site / "mkdocs.yml")).problems if "duplicate quiz id" in p.message]


def test_a_new_question_that_comes_first_in_the_build_is_the_one_told_to_change(repository: Path) -> None:
    index = repository / "docs" / "index.md"
    text = index.read_text(encoding="utf-8")
    index.write_text(text + "\n" + NEW_QUESTION, encoding="utf-8")
    line = text.count("\n") + 2
    assert duplicates(repository) == [
        f"docs/index.md:{line}: duplicate quiz id `gc-disable`: already used at docs/gc.md:37, which had it on "
        "main already: this question is new, give it another id (readers' progress is kept under the old one's)"
    ]


def test_without_git_the_later_question_in_build_order_is_reported_naming_the_first(tmp_path: Path) -> None:
    site = Path(shutil.copytree(PROJECT, tmp_path / "site"))
    index = site / "docs" / "index.md"
    text = index.read_text(encoding="utf-8")
    index.write_text(text + "\n" + NEW_QUESTION, encoding="utf-8")
    assert duplicates(site) == [
        f"docs/gc.md:37: duplicate quiz id `gc-disable`: already used at docs/index.md:{text.count(chr(10)) + 2}"
    ]


def test_two_new_questions_sharing_an_id_are_reported_at_the_later_one(repository: Path) -> None:
    for name in ("first.md", "second.md"):
        (repository / "docs" / name).write_text(NEW_QUESTION.replace("gc-disable", "brand-new"), encoding="utf-8")
    assert duplicates(repository) == [
        "docs/second.md:1: duplicate quiz id `brand-new`: already used at docs/first.md:1"
    ]


def test_the_base_branch_can_be_named(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(repository, "branch", "-q", "trunk", "main")
    monkeypatch.setenv("QUIZ_BASE_REF", "trunk")
    index = repository / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n" + NEW_QUESTION, encoding="utf-8")
    (message,) = duplicates(repository)
    assert "which had it on trunk already" in message
