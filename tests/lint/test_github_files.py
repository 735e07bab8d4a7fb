"""The repository's GitHub files: workflows that actionlint accepts and that run what CONTRIBUTING.md
promises, issue forms GitHub can read, and a pull-request checklist that matches the guide."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from support import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))


def actionlint() -> str:
    """The actionlint binary shipped inside its wheel (requirements.txt); nothing is downloaded."""
    binary = Path(sys.executable).parent / "actionlint"
    assert binary.exists(), "actionlint is missing: install requirements.txt"
    return str(binary)


def run_actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    # shellcheck and pyflakes integrations off: the same checks on every machine.
    command = [actionlint(), "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)


def load(path: Path) -> dict[Any, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true


def run_lines(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_there_are_a_pull_request_and_a_publishing_workflow() -> None:
    assert [path.name for path in WORKFLOWS] == ["publish.yml", "pull-request.yml"]


def test_every_workflow_passes_actionlint() -> None:
    result = run_actionlint(*WORKFLOWS)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_actionlint_really_checks(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    needs: missing\n    steps:\n"
        "      - run: echo ${{ github.evnt.name }}\n",
        encoding="utf-8",
    )
    result = run_actionlint(broken)
    assert result.returncode == 1
    assert 'job "a" needs job "missing" which does not exist' in result.stdout
    assert "evnt" in result.stdout


def test_pull_requests_run_the_linter_the_tests_on_every_version_and_the_strict_build() -> None:
    workflow = load(GITHUB / "workflows" / "pull-request.yml")
    assert "pull_request" in triggers(workflow)
    jobs = workflow["jobs"]
    assert "./dev lint" in run_lines(jobs["lint"])
    assert jobs["tests"]["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13", "3.14", "3.14t"]
    assert "./dev test" in run_lines(jobs["tests"])
    assert "bash .ci/run" in run_lines(jobs["browser"])
    build = run_lines(jobs["build"])
    assert "./dev build --site-dir published" in build and "test ! -e published/answer-key" in build
    preview = next(step for step in jobs["build"]["steps"] if "preview" in step.get("run", ""))
    assert preview["env"]["QUIZ_ANSWER_KEY"] == "1"


def test_the_suites_own_options_take_their_value_after_an_equals_sign() -> None:
    # pytest reads its arguments before conftest.py defines these options: a value given apart is taken
    # for a test path, and the run is rooted there, without the project's configuration.
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            assert not re.search(r"--snippet-(python|timeout)\s", run_lines(job)), f"{path.name}: {name}"


def test_the_site_is_published_to_github_pages_from_main_without_the_answer_key() -> None:
    workflow = load(GITHUB / "workflows" / "publish.yml")
    assert triggers(workflow)["push"]["branches"] == ["main"]
    build = workflow["jobs"]["build"]
    assert "./dev build" in run_lines(build) and "test ! -e site/answer-key" in run_lines(build)
    assert "QUIZ_ANSWER_KEY" not in (GITHUB / "workflows" / "publish.yml").read_text(encoding="utf-8")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])


# What GitHub accepts in an issue form (docs: "Syntax for issue forms" and "Syntax for GitHub's form schema").
FORM_KEYS = {"name", "description", "title", "labels", "assignees", "body", "projects", "type"}
ELEMENT_TYPES = {"markdown", "textarea", "input", "dropdown", "checkboxes"}


@pytest.mark.parametrize("name", ["propose-a-question.yml", "report-a-wrong-answer.yml"])
def test_the_issue_forms_follow_githubs_schema(name: str) -> None:
    form = load(GITHUB / "ISSUE_TEMPLATE" / name)
    assert set(form) <= FORM_KEYS and {"name", "description", "body"} <= set(form)
    ids = []
    for element in form["body"]:
        assert element["type"] in ELEMENT_TYPES
        attributes = element["attributes"]
        if element["type"] == "markdown":
            assert attributes["value"].strip()
            continue
        ids.append(element["id"])
        assert re.fullmatch(r"[A-Za-z0-9_-]+", element["id"])
        assert attributes["label"].strip()
        if element["type"] == "dropdown":
            assert attributes["options"] and len(set(attributes["options"])) == len(attributes["options"])
        assert set(element.get("validations", {})) <= {"required"}
    assert len(ids) == len(set(ids)) and any(e.get("validations", {}).get("required") for e in form["body"])


def checklist(markdown: str) -> list[str]:
    """The items of `- [ ]` lists, with their continuation lines joined."""
    items: list[list[str]] = []
    continuing = False
    for line in markdown.splitlines():
        if line.startswith("- [ ] "):
            items.append([line[6:].strip()])
            continuing = True
        elif continuing and line.startswith("      ") and line.strip():
            items[-1].append(line.strip())
        else:
            continuing = False
    return [" ".join(item) for item in items]


def test_the_pull_request_checklist_is_the_one_contributing_md_explains() -> None:
    template = checklist((GITHUB / "pull_request_template.md").read_text(encoding="utf-8"))
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    reviewers = guide.split("## What reviewers check", 1)[1].split("\n## ", 1)[0]
    assert len(template) >= 8
    assert template == checklist(reviewers)
