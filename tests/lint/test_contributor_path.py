"""What CONTRIBUTING.md hands contributors works: every template is a valid question, and the
pre-commit hooks run the linter."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from quiz_plugin.dry_build import check_site
from quiz_plugin.model import QuestionType
from support import ROOT

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
        "plugins": [{"quiz": {"snippets_dir": str(ROOT / "snippets")}}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    found = templates()
    assert len(found) == 7
    (tmp_path / "docs" / "index.md").write_text("# Templates\n\n" + "\n".join(found), encoding="utf-8")
    checked = check_site(str(tmp_path / "mkdocs.yml"), keep_questions=True)
    assert checked.problems == [] and checked.errors == []
    questions = [entry.question for entry in checked.bank.entries]
    kinds = {
        (question.type, question.numeric, next((k for k in ("version", "prints") if k in question.settings), ""))
        for question in questions
    }
    assert len(questions) == 7
    assert kinds == {
        (QuestionType.SINGLE, False, ""),
        (QuestionType.MULTIPLE, False, ""),
        (QuestionType.TRUE_FALSE, False, ""),
        (QuestionType.SHORT, False, ""),
        (QuestionType.SHORT, True, ""),
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
    (hook,) = [hook for repo in config["repos"] for hook in repo["hooks"] if hook["id"] == "quiz-lint"]
    assert (hook["entry"], hook["pass_filenames"]) == ("./dev lint", False)
    pattern = re.compile(hook["files"])
    assert all(pattern.search(path) for path in ("docs/gc.md", "snippets/gc/default_threshold.3.13.out", "mkdocs.yml"))
    assert not pattern.search("quiz_plugin/lint.py")
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    assert 'exec "$venv/bin/python" -m quiz_plugin lint "$@"' in dev
