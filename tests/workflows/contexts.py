"""What GitHub hands a job, made up locally: the `github` context and the environment of its steps."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from workflows.plan import Workflow

# Set in every step's environment: the workflow tests of a suite that a step runs skip themselves.
NESTED_RUN = "QUIZ_WORKFLOW_RUN"
PULL_REQUEST_NUMBER = 1

# Variables of the developer's session that GitHub's runner would not have: the outer test run's
# (pytest's, an active virtual environment's, PYTHONPATH), this project's own switches (QUIZ_ANSWER_KEY
# would put the answer key into the published build), and GitHub's (GITHUB_ACTIONS=true would make the
# nested suite skip the workflow tests for the wrong reason).
DROPPED = re.compile(r"(PYTEST_|GITHUB_|RUNNER_|ACTIONS_|QUIZ_).*|VIRTUAL_ENV|VIRTUAL_ENV_PROMPT|PYTHONPATH|PYTHONHOME")


def repository(root: Path) -> str:
    """owner/name from a GitHub `origin` remote, or local/<directory> without one."""
    result = subprocess.run(
        ["git", "-C", str(root), "remote", "get-url", "origin"], capture_output=True, text=True, check=False
    )
    match = re.search(r"github\.com[:/]([^/]+/[^/]+?)(?:\.git)?/?$", result.stdout.strip())
    return match[1] if match else f"local/{root.name}"


def github_context(
    workflow: Workflow,
    repository: str,
    sha: str,
    branch: str = "local",
    *,
    fork: bool = False,
    private: bool = False,
) -> dict[str, Any]:
    """The `github` context of the event the workflow stands for: a pull request from `branch` into
    main, or a push to the first branch its push trigger lists (main without a list)."""
    event_name = workflow.event
    owner, _, name = repository.partition("/")
    event: dict[str, Any] = {
        "repository": {"fork": fork, "private": private, "full_name": repository, "name": name},
    }
    if event_name == "pull_request":
        ref = f"refs/pull/{PULL_REQUEST_NUMBER}/merge"
        event["pull_request"] = {"number": PULL_REQUEST_NUMBER, "head": {"ref": branch}, "base": {"ref": "main"}}
        event["number"] = PULL_REQUEST_NUMBER
        head_ref, base_ref = branch, "main"
    else:
        branches = (workflow.triggers.get("push") or {}).get("branches") or ["main"]
        ref = f"refs/heads/{branches[0]}"
        head_ref = base_ref = ""
    return {
        "event_name": event_name,
        "event": event,
        "repository": repository,
        "repository_owner": owner,
        "ref": ref,
        "ref_name": ref.removeprefix("refs/heads/").removeprefix("refs/"),
        "head_ref": head_ref,
        "base_ref": base_ref,
        "sha": sha,
        "actor": "local",
        "workflow": workflow.data.get("name", workflow.name),
        "server_url": "https://github.com",
        "run_id": "0",
        "run_number": "1",
        "run_attempt": "1",
    }


def step_environment(base: Mapping[str, str], github: Mapping[str, Any], workspace: Path) -> dict[str, str]:
    """The machine's environment as a GitHub runner would have it: CI=true, GitHub's variables for this
    run, but not GITHUB_ACTIONS (the steps run here, not on GitHub), and the nested-run marker."""
    environment = {name: value for name, value in base.items() if not DROPPED.fullmatch(name)}
    # GitHub's runners have no pyenv: a job sees the interpreters setup-python puts on PATH and the
    # system's. Without this, every nested suite would run every snippet on every pyenv version here.
    path = environment.get("PATH", os.defpath).split(os.pathsep)
    environment["PATH"] = os.pathsep.join(part for part in path if ".pyenv" not in Path(part).parts)
    environment["PYENV_ROOT"] = str(workspace / ".no-pyenv")
    environment.update(
        {
            "CI": "true",
            NESTED_RUN: "1",
            "GITHUB_WORKSPACE": str(workspace),
            "GITHUB_EVENT_NAME": github["event_name"],
            "GITHUB_REPOSITORY": github["repository"],
            "GITHUB_REF": github["ref"],
            "GITHUB_SHA": github["sha"],
            "RUNNER_OS": "Linux",
        }
    )
    return environment
