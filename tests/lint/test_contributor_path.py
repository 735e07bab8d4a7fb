"""What CONTRIBUTING.md hands contributors works: every template is a valid question, and the
pre-commit hooks run the linter (`./dev hooks` installs this repository's)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quiz_plugin.cli.dry_build import check_site
from quiz_plugin.core.model import QuestionType
from support import ROOT
from workflows.snapshot import IDENTITY, NotACheckout, take

HERE = Path(__file__).resolve().parent
GUIDE = ROOT / "CONTRIBUTING.md"


def templates() -> list[str]:
    """The ```markdown blocks of the guide's Templates section."""
    section = GUIDE.read_text(encoding="utf-8").split("## Templates", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```markdown\n(.*?)^```$", section, re.S | re.M)


def test_every_template_in_contributing_md_is_a_valid_question(tmp_path: Path) -> None:
    # On a page of a site with this site's Markdown extensions and snippets, checked as the build does.
    site = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions = [entry for entry in site["markdown_extensions"] if "pymdownx.snippets" not in str(entry)]
    config = {
        "site_name": "Templates",
        "markdown_extensions": extensions,
        "plugins": [{"quizblocks": {"snippets_dir": str(ROOT / "snippets")}}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    found = templates()
    assert len(found) == 8
    (tmp_path / "docs" / "index.md").write_text("# Templates\n\n" + "\n".join(found), encoding="utf-8")
    checked = check_site(str(tmp_path / "mkdocs.yml"), keep_questions=True)
    assert checked.problems == [] and checked.errors == []
    questions = [entry.question for entry in checked.bank.entries]
    kinds = {
        (question.type, question.numeric, next((k for k in ("version", "prints") if k in question.settings), ""))
        for question in questions
    }
    assert len(questions) == 8
    assert kinds == {
        (QuestionType.SINGLE, False, ""),
        (QuestionType.MULTIPLE, False, ""),
        (QuestionType.TRUE_FALSE, False, ""),
        (QuestionType.SHORT, False, ""),
        (QuestionType.SHORT, True, ""),
        (QuestionType.ORDER, False, ""),
        (QuestionType.SINGLE, False, "version"),
        (QuestionType.MULTIPLE, False, "prints"),
    }


def test_the_template_ids_follow_the_id_rules() -> None:
    prefixes = (
        "overview-",
        "pymalloc-",
        "refcount-",
        "containers-",
        "caches-",
        "malloc-",
        "gc-",
        "gil-",
        "debug-",
        "myth-",
    )
    ids = [re.match(r"/// quiz \| (\S+)", template)[1] for template in templates()]  # type: ignore[index]
    assert all(question_id.startswith(prefixes) for question_id in ids)
    assert len(set(ids)) == len(ids)


def test_the_published_pre_commit_hook_runs_the_linter_on_markdown_files(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["language"], hook["types"]) == ("quiz-lint", "python", ["markdown"])
    site = Path(shutil.copytree(HERE.parent / "bank" / "project", tmp_path / "site"))
    shutil.copy(HERE / "mistakes" / "no-answer-marked-correct.md", site / "docs" / "changed.md")
    # pre-commit runs the entry from the repository root with the changed files as arguments.
    command = [sys.executable if part == "python" else part for part in hook["entry"].split()]
    result = subprocess.run(
        [*command, "docs/changed.md", "docs/gc.md"], cwd=site, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "docs/changed.md:10: no answer is marked correct: tick the right one with `[x]`"
    ]
    clean = subprocess.run([*command, "docs/gc.md"], cwd=site, capture_output=True, text=True, timeout=60)
    assert (clean.returncode, clean.stdout) == (0, "")


def test_this_repository_lints_the_whole_site_when_a_page_a_snippet_or_the_configuration_changes() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    # `./dev pre-commit` runs this one hook and reads only these settings: a new hook or setting needs it
    # taught first (or the pre-commit framework instead).
    (hook,) = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert set(hook) == {"id", "name", "entry", "language", "files", "pass_filenames"}
    assert (hook["id"], hook["entry"], hook["pass_filenames"]) == ("quiz-lint", "./dev lint", False)
    pattern = re.compile(hook["files"])
    assert all(pattern.search(path) for path in ("docs/gc.md", "snippets/gc/default_threshold.3.13.out", "mkdocs.yml"))
    assert not pattern.search("quiz_plugin/lint.py")
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    assert 'exec "$venv/bin/python" -m quiz_plugin lint "$@"' in dev


class Clone:
    """A clone of the working tree with the hook that `./dev hooks` installs, committed to by git itself."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        # Without the developer's git configuration: a global core.hooksPath would take the hook elsewhere.
        self.environment = {
            **{name: value for name, value in os.environ.items() if not name.startswith("GIT_")},
            **IDENTITY,
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            command, cwd=self.directory, env=self.environment, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0 or not check, result.stdout + result.stderr
        return result

    def write(self, path: str, text: str) -> None:
        (self.directory / path).write_text(text, encoding="utf-8")

    def commit(self, *paths: str, verify: bool = True) -> subprocess.CompletedProcess[str]:
        if paths:
            self.run("git", "add", "--", *paths)
        return self.run("git", "commit", "--quiet", "-m", "A change", *([] if verify else ["--no-verify"]), check=False)

    def head(self) -> str:
        return self.run("git", "rev-parse", "HEAD").stdout.strip()


def borrow_packages(clone: Path) -> None:
    """Give the clone a virtual environment that sees this checkout's pinned packages (no minute of
    installing them again) and is marked up to date for the clone's ./dev. Not a symlink to .venv/: when
    the clone's requirements differ from what .venv/ was installed for, its ./dev would reinstall the
    editable package into the shared .venv/, pointing every later import of quiz_plugin at the clone."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(clone / ".venv")], check=True)
    site_packages = subprocess.run(
        [str(clone / ".venv" / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # A path line in a .pth file adds the folder to sys.path without running the .pth files inside it, so
    # the shared editable install of quiz_plugin stays out: the clone's own package is found from its top.
    (Path(site_packages) / "borrowed.pth").write_text(ours + "\n", encoding="utf-8")
    wanted = hashlib.sha256((clone / "requirements.txt").read_bytes() + (clone / "pyproject.toml").read_bytes())
    (clone / ".venv" / ".installed").write_text(wanted.hexdigest() + "\n", encoding="utf-8")


@pytest.fixture
def hooked(tmp_path: Path) -> Clone:
    try:
        snapshot = take(ROOT)
    except NotACheckout as error:
        pytest.skip(f"the hook is tried in a clone, and this is not a git checkout: {error}")
    clone = Clone(tmp_path / "clone")
    snapshot.clone_into(clone.directory)
    if (ROOT / ".venv").is_dir() and not os.path.lexists(clone.directory / ".venv"):
        borrow_packages(clone.directory)
    installed = clone.run("./dev", "hooks")
    assert "installed .git/hooks/pre-commit" in installed.stdout
    return clone


BROKEN = "# Broken\n\n/// quiz | overview-hook-check\nWhich?\n\n- [ ] a\n- [ ] b\n///\n"
BROKEN_MESSAGE = re.compile(
    r"^docs/broken\.md:\d+: no answer is marked correct: tick the right one with `\[x\]`$", re.M
)


def test_after_dev_hooks_git_refuses_a_commit_with_a_broken_question_and_takes_it_once_fixed(hooked: Clone) -> None:
    start = hooked.head()
    hooked.write("docs/broken.md", BROKEN)
    refused = hooked.commit("docs/broken.md")
    assert refused.returncode != 0 and BROKEN_MESSAGE.search(refused.stderr), refused.stderr
    assert hooked.head() == start
    hooked.write("docs/broken.md", BROKEN.replace("- [ ] a", "- [x] a"))
    taken = hooked.commit("docs/broken.md")
    assert taken.returncode == 0, taken.stderr
    assert hooked.head() != start


def test_the_hook_lints_what_the_commit_holds_not_an_unstaged_fix(hooked: Clone) -> None:
    hooked.write("docs/broken.md", BROKEN)
    hooked.run("git", "add", "docs/broken.md")
    hooked.write("docs/broken.md", BROKEN.replace("- [ ] a", "- [x] a"))
    refused = hooked.commit()
    assert refused.returncode != 0 and BROKEN_MESSAGE.search(refused.stderr), refused.stderr


def test_the_hook_lints_the_site_only_for_commits_that_touch_a_page_a_snippet_or_mkdocs_yml(hooked: Clone) -> None:
    hooked.write("docs/broken.md", BROKEN)
    assert hooked.commit("docs/broken.md", verify=False).returncode == 0
    hooked.write("README.md", "Changed.\n")
    assert hooked.commit("README.md").returncode == 0  # no page changed: no lint, although one is broken
    with (hooked.directory / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("# changed\n")
    refused = hooked.commit("mkdocs.yml")
    assert refused.returncode != 0 and BROKEN_MESSAGE.search(refused.stderr), refused.stderr


def test_dev_hooks_leaves_a_hook_it_did_not_write_alone(hooked: Clone) -> None:
    hook = hooked.directory / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho mine\n", encoding="utf-8")
    again = hooked.run("./dev", "hooks", check=False)
    assert again.returncode == 1 and "was not written by ./dev hooks" in again.stderr
    assert hook.read_text(encoding="utf-8") == "#!/bin/sh\necho mine\n"


def test_dev_lists_the_hooks_command() -> None:
    listed = subprocess.run([str(ROOT / "dev")], capture_output=True, text=True, timeout=60)
    assert "./dev hooks          install the git pre-commit hook" in listed.stdout
