"""The publishing workflow on a fork or a private copy: the strict build runs, the Pages steps and the
deploy job are skipped (GitHub would fail them there). Decided by the runner's own conditions, in a dry
run: nothing is cloned or built."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ROOT
from workflows.actions import Artifacts, Local
from workflows.contexts import github_context
from workflows.plan import JobCase, Workflow
from workflows.runner import JobResult, Needed, run_job

PUBLISH = Workflow.load(ROOT / ".github" / "workflows" / "publish.yml")
BUILD_STEPS = [
    "Run actions/checkout@v5",
    "Run actions/setup-python@v6",
    "Run actions/configure-pages@v6",
    "Build the site strictly",
    "Run actions/upload-pages-artifact@v4",
]


def plan(job_id: str, tmp_path: Path, *, fork: bool, private: bool) -> JobResult:
    github = github_context(PUBLISH, "someone/cpython-memory", "0" * 40, fork=fork, private=private)
    needs = {"build": Needed("success", {}, ["publish.yml::build"])} if job_id == "deploy" else {}
    local = Local(None, Artifacts(tmp_path / "artifacts"))
    return run_job(JobCase(PUBLISH, job_id, {}), local, github, tmp_path / job_id, needs, {}, dry_run=True)


@pytest.mark.parametrize(
    ("fork", "private"), [(True, False), (False, True), (True, True)], ids=["fork", "private", "both"]
)
def test_on_a_fork_or_a_private_copy_the_pages_steps_and_the_deploy_job_are_skipped_but_the_strict_build_runs(
    tmp_path: Path, fork: bool, private: bool
) -> None:
    build = plan("build", tmp_path, fork=fork, private=private)
    assert build.outcome == "planned"
    assert [(step.name, step.outcome) for step in build.steps] == [
        (BUILD_STEPS[0], "planned"),
        (BUILD_STEPS[1], "planned"),
        (BUILD_STEPS[2], "skipped"),
        (BUILD_STEPS[3], "planned"),
        (BUILD_STEPS[4], "skipped"),
    ]
    deploy = plan("deploy", tmp_path, fork=fork, private=private)
    assert deploy.outcome == "skipped" and deploy.message.startswith("its condition `${{ !github.event.repository.fork")


def test_on_the_public_repository_every_pages_step_and_the_deploy_job_run(tmp_path: Path) -> None:
    build = plan("build", tmp_path, fork=False, private=False)
    assert [(step.name, step.outcome) for step in build.steps] == [(name, "planned") for name in BUILD_STEPS]
    deploy = plan("deploy", tmp_path, fork=False, private=False)
    assert (deploy.outcome, [step.name for step in deploy.steps]) == ("planned", ["Run actions/deploy-pages@v5"])
