"""How the workflows become test cases: matrix expansion as GitHub does it, one case per job and entry
with a readable id, jobs after the jobs they need, and the local stand-ins for GitHub's context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support import ROOT
from workflows.actions import Artifacts, Local
from workflows.contexts import NESTED_RUN, github_context, step_environment
from workflows.expressions import ExpressionError
from workflows.plan import Workflow, expand_matrix, load_all, ordered
from workflows.runner import JobResult, StepReport
from workflows.session import Session, not_here

WORKFLOWS = ROOT / ".github" / "workflows"


def test_a_matrix_expands_to_every_combination_in_order() -> None:
    matrix = {"python": ["3.12", "3.13"], "os": ["ubuntu", "debian"]}
    assert expand_matrix({"matrix": matrix}) == [
        {"python": "3.12", "os": "ubuntu"},
        {"python": "3.12", "os": "debian"},
        {"python": "3.13", "os": "ubuntu"},
        {"python": "3.13", "os": "debian"},
    ]


def test_a_job_without_a_matrix_is_one_entry() -> None:
    assert expand_matrix(None) == [{}] and expand_matrix({"fail-fast": False}) == [{}]


def test_matrix_include_extends_the_entries_it_does_not_change_and_adds_the_others() -> None:
    # The example of GitHub's documentation ("Expanding or adding matrix configurations").
    matrix = {
        "fruit": ["apple", "pear"],
        "animal": ["cat", "dog"],
        "include": [
            {"color": "green"},
            {"color": "pink", "animal": "cat"},
            {"fruit": "apple", "shape": "circle"},
            {"fruit": "banana"},
            {"fruit": "banana", "animal": "cat"},
        ],
    }
    assert expand_matrix({"matrix": matrix}) == [
        {"fruit": "apple", "animal": "cat", "color": "pink", "shape": "circle"},
        {"fruit": "apple", "animal": "dog", "color": "green", "shape": "circle"},
        {"fruit": "pear", "animal": "cat", "color": "pink"},
        {"fruit": "pear", "animal": "dog", "color": "green"},
        {"fruit": "banana"},
        {"fruit": "banana", "animal": "cat"},
    ]


def test_matrix_exclude_removes_the_entries_it_matches_even_partly() -> None:
    matrix = {"python": ["3.12", "3.13"], "os": ["ubuntu", "debian"], "exclude": [{"os": "debian", "python": "3.12"}]}
    assert len(expand_matrix({"matrix": matrix})) == 3
    matrix["exclude"] = [{"os": "debian"}]
    assert expand_matrix({"matrix": matrix}) == [{"python": "3.12", "os": "ubuntu"}, {"python": "3.13", "os": "ubuntu"}]


def test_a_matrix_computed_by_an_expression_is_an_error() -> None:
    with pytest.raises(ExpressionError, match="cannot be expanded here"):
        expand_matrix({"matrix": "${{ fromJSON(needs.setup.outputs.matrix) }}"})


def test_every_job_and_matrix_entry_of_the_workflows_is_a_case_with_a_readable_id() -> None:
    ids = [case.id for workflow in load_all(WORKFLOWS) for case in workflow.cases()]
    assert ids == [
        "publish.yml::build",
        "publish.yml::deploy",
        "pull-request.yml::lint",
        "pull-request.yml::tests[3.11]",
        "pull-request.yml::tests[3.12]",
        "pull-request.yml::tests[3.13]",
        "pull-request.yml::tests[3.14]",
        "pull-request.yml::tests[3.14t]",
        "pull-request.yml::browser",
        "pull-request.yml::build",
    ]


def test_a_job_comes_after_the_jobs_it_needs() -> None:
    jobs: dict[str, dict[str, Any]] = {"deploy": {"needs": ["build", "test"]}, "test": {}, "build": {"needs": "test"}}
    assert ordered(jobs) == ["test", "build", "deploy"]
    with pytest.raises(ExpressionError, match="cycle or no job"):
        ordered({"a": {"needs": "b"}, "b": {"needs": "a"}})


def test_the_local_event_of_the_pull_request_workflow_is_a_pull_request_from_an_upstream_branch() -> None:
    github = github_context(Workflow.load(WORKFLOWS / "pull-request.yml"), "owner/site", "a" * 40, "topic")
    assert (github["event_name"], github["ref"], github["head_ref"]) == ("pull_request", "refs/pull/1/merge", "topic")
    assert github["event"]["pull_request"]["number"] == 1
    assert github["event"]["repository"] == {"fork": False, "private": False, "full_name": "owner/site", "name": "site"}


def test_the_local_event_of_the_publishing_workflow_is_a_push_to_main() -> None:
    github = github_context(Workflow.load(WORKFLOWS / "publish.yml"), "owner/site", "a" * 40, fork=True)
    assert (github["event_name"], github["ref"], github["sha"]) == ("push", "refs/heads/main", "a" * 40)
    assert github["event"]["repository"]["fork"] is True


def test_steps_get_ci_true_and_the_nested_run_marker_but_not_github_actions_nor_the_outer_runs_variables(
    tmp_path: Path,
) -> None:
    base = {"PATH": "/bin", "GITHUB_ACTIONS": "true", "PYTEST_ADDOPTS": "-x", "QUIZ_ANSWER_KEY": "1", "HOME": "/root"}
    github = github_context(Workflow.load(WORKFLOWS / "pull-request.yml"), "owner/site", "a" * 40)
    environment = step_environment(base, github, tmp_path)
    assert (environment["CI"], environment[NESTED_RUN], environment["GITHUB_WORKSPACE"]) == ("true", "1", str(tmp_path))
    assert {"PATH", "HOME"} <= set(environment)
    assert not {"GITHUB_ACTIONS", "PYTEST_ADDOPTS", "QUIZ_ANSWER_KEY"} & set(environment)


def test_the_workflow_tests_skip_themselves_inside_a_workflow_run_and_on_github() -> None:
    assert not_here({"PATH": "/bin"}) is None
    assert not_here({NESTED_RUN: "1"}) == f"already inside a workflow run of the suite ({NESTED_RUN}=1)"
    assert "GITHUB_ACTIONS=true" in str(not_here({"GITHUB_ACTIONS": "true"}))


def test_the_summary_has_a_line_per_job_with_the_reason_of_a_skip_and_the_totals(tmp_path: Path) -> None:
    session = Session(tmp_path, Local(None, Artifacts(tmp_path)), "owner/site", {})
    session.results = {
        "w.yml::a": JobResult("w.yml::a", "success", "", [StepReport("Run true", "success", "log: x", 2.0)], {}, 12.4),
        "w.yml::b[3.14]": JobResult("w.yml::b[3.14]", "skipped", "CPython 3.14 is not installed here"),
        "w.yml::c": JobResult("w.yml::c", "failure", "w.yml::c: step “x” failed: exit status 1\n$ x", [], {}, 30.0),
    }
    assert session.summary_lines() == [
        "workflow jobs: w.yml::a success in 12 s",
        "workflow jobs: w.yml::b[3.14] skipped in 0 s (CPython 3.14 is not installed here)",
        "workflow jobs: w.yml::c failure in 30 s",
        "workflow jobs: 2 ran (1 failed), 1 skipped, in 42 s",
    ]
    assert session.summary_lines(steps=True)[1] == "    success: Run true (2 s) log: x"
