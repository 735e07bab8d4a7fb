"""How the runner runs a job's steps, on small made-up jobs of `run:` steps (no clone, nothing installed)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from workflows.actions import Artifacts, Local
from workflows.contexts import NESTED_RUN, github_context
from workflows.plan import JobCase, Workflow
from workflows.runner import JobResult, Needed, run_job


def run(
    tmp_path: Path,
    steps: list[dict[str, Any]],
    *,
    needs: dict[str, Needed] | None = None,
    environment: dict[str, str] | None = None,
    workflow: dict[str, Any] | None = None,
    job: dict[str, Any] | None = None,
) -> JobResult:
    made_up_job = {"runs-on": "ubuntu-24.04", **(job or {}), "steps": steps}
    data = {"on": "pull_request", **(workflow or {}), "jobs": {"job": made_up_job}}
    made_up = Workflow(tmp_path / "made-up.yml", data)
    github = github_context(made_up, "owner/site", "0" * 40)
    local = Local(None, Artifacts(tmp_path / "artifacts"))
    return run_job(
        JobCase(made_up, "job", {}), local, github, tmp_path / "job", needs or {}, environment or dict(os.environ)
    )


def workspace_file(tmp_path: Path, name: str) -> str:
    return (tmp_path / "job" / "workspace" / name).read_text(encoding="utf-8")


def outcomes(result: JobResult) -> list[tuple[str, str]]:
    return [(step.name, step.outcome) for step in result.steps]


def test_steps_run_in_order_with_the_env_of_the_workflow_the_job_and_the_step(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        [
            {"run": 'echo "1 $A $B $C" >> order'},
            {"name": "second", "env": {"C": "step"}, "run": 'echo "2 $A $B $C" >> order'},
        ],
        workflow={"env": {"A": "workflow", "B": "workflow", "C": "workflow"}},
        job={"env": {"B": "job", "C": "job"}},
    )
    assert result.outcome == "success", result.message
    assert outcomes(result) == [('Run echo "1 $A $B $C" >> order', "success"), ("second", "success")]
    assert workspace_file(tmp_path, "order") == "1 workflow job job\n2 workflow job step\n"


def test_a_failing_command_fails_its_step_and_the_rest_of_the_script_does_not_run(tmp_path: Path) -> None:
    result = run(tmp_path, [{"name": "fails", "run": "false\ntouch after"}, {"name": "next", "run": "touch next"}])
    assert result.outcome == "failure"
    assert outcomes(result) == [("fails", "failure"), ("next", "skipped")]
    assert not (tmp_path / "job" / "workspace" / "after").exists()


def test_a_failing_command_in_a_pipe_fails_only_with_an_explicit_bash_shell_as_on_github(tmp_path: Path) -> None:
    assert run(tmp_path / "default", [{"run": "false | true"}]).outcome == "success"
    assert run(tmp_path / "bash", [{"shell": "bash", "run": "false | true"}]).outcome == "failure"


def test_the_failure_message_names_the_job_the_step_the_command_and_shows_the_last_60_lines(tmp_path: Path) -> None:
    script = "for n in $(seq 1 100); do echo line $n; done\nexit 3"
    result = run(tmp_path, [{"name": "Print a lot", "run": script}])
    message = result.message
    assert message.startswith("made-up.yml::job: step “Print a lot” failed: exit status 3\n$ for n in")
    assert "--- the last 60 of its 100 lines of output (all of them: " in message
    assert "line 41\n" in message and "line 100\n" in message and "line 40\n" not in message


def test_failure_steps_run_only_after_a_failure_and_the_job_still_fails(tmp_path: Path) -> None:
    on_failure = {"name": "record", "if": "failure()", "run": "touch recorded"}
    passing = run(tmp_path / "passing", [{"name": "works", "run": "true"}, on_failure])
    assert passing.outcome == "success" and outcomes(passing) == [("works", "success"), ("record", "skipped")]
    failing = run(
        tmp_path / "failing", [{"name": "breaks", "run": "exit 1"}, {"name": "next", "run": "true"}, on_failure]
    )
    assert failing.outcome == "failure"
    assert outcomes(failing) == [("breaks", "failure"), ("next", "skipped"), ("record", "success")]
    assert failing.message.endswith("(steps that ran: breaks; record)")


def test_a_step_that_may_fail_does_not_fail_the_job(tmp_path: Path) -> None:
    result = run(tmp_path, [{"name": "flaky", "continue-on-error": True, "run": "exit 1"}, {"run": "true"}])
    assert result.outcome == "success" and outcomes(result)[0] == ("flaky", "failure")


def test_steps_run_in_the_working_directory_of_the_step_the_job_or_the_workflow(tmp_path: Path) -> None:
    for name in ("from-workflow", "from-job", "from-step"):
        (tmp_path / "job" / "workspace" / name).mkdir(parents=True)
    result = run(
        tmp_path,
        [{"run": "pwd > ../job-dir"}, {"working-directory": "from-step", "run": "pwd > ../step-dir"}],
        workflow={"defaults": {"run": {"working-directory": "from-workflow"}}},
    )
    assert result.outcome == "success", result.message
    assert workspace_file(tmp_path, "job-dir").strip().endswith("/workspace/from-workflow")
    assert workspace_file(tmp_path, "step-dir").strip().endswith("/workspace/from-step")
    job_default = run(
        tmp_path / "job-default", [{"run": "pwd > ../dir"}], job={"defaults": {"run": {"working-directory": "."}}}
    )
    assert job_default.outcome == "success"


def test_steps_see_ci_true_and_the_nested_run_marker_but_not_github_actions(tmp_path: Path) -> None:
    environment = {**os.environ, "GITHUB_ACTIONS": "true", "QUIZ_ANSWER_KEY": "1"}
    script = f'echo "CI=$CI {NESTED_RUN}=${NESTED_RUN} GITHUB_ACTIONS=${{GITHUB_ACTIONS:-unset}} KEY=${{QUIZ_ANSWER_KEY:-unset}}" > seen'
    assert run(tmp_path, [{"run": script}], environment=environment).outcome == "success"
    assert workspace_file(tmp_path, "seen") == f"CI=true {NESTED_RUN}=1 GITHUB_ACTIONS=unset KEY=unset\n"


def test_outputs_written_to_github_output_reach_later_steps_and_the_jobs_outputs(tmp_path: Path) -> None:
    write = 'echo "count=42" >> "$GITHUB_OUTPUT"\nprintf "text<<EOF\\nline one\\nline two\\nEOF\\n" >> "$GITHUB_OUTPUT"'
    result = run(
        tmp_path,
        [{"id": "produce", "run": write}, {"run": "echo '${{ steps.produce.outputs.count }}' > seen"}],
        job={"outputs": {"text": "${{ steps.produce.outputs.text }}"}},
    )
    assert result.outcome == "success", result.message
    assert workspace_file(tmp_path, "seen") == "42\n"
    assert result.outputs == {"text": "line one\nline two"}


def test_variables_and_directories_written_to_github_env_and_github_path_reach_later_steps(tmp_path: Path) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "hello").write_text("#!/bin/sh\necho hello from tools\n", encoding="utf-8")
    (tools / "hello").chmod(0o755)
    steps = [
        {"run": f'echo "GREETING=hi" >> "$GITHUB_ENV"\necho "{tools}" >> "$GITHUB_PATH"'},
        {"run": 'echo "$GREETING $(hello)" > seen'},
    ]
    assert run(tmp_path, steps).outcome == "success"
    assert workspace_file(tmp_path, "seen") == "hi hello from tools\n"


def test_reading_a_step_output_that_was_not_produced_fails_the_job_with_a_message_saying_so(tmp_path: Path) -> None:
    result = run(tmp_path, [{"id": "quiet", "run": "true"}, {"run": "echo ${{ steps.quiet.outputs.missing }}"}])
    assert result.outcome == "failure"
    assert "step `quiet` (Run true) has no output `missing` here (it produced: none)" in result.message


def test_a_job_that_needs_a_job_that_failed_or_was_skipped_is_skipped_saying_which(tmp_path: Path) -> None:
    needs = {
        "build": Needed("failure", {}, ["made-up.yml::build"], "made-up.yml::build: step “x” failed"),
        "check": Needed("skipped", {}, ["made-up.yml::check"], "CPython 3.14 is not installed here"),
    }
    result = run(tmp_path, [{"run": "touch ran"}], needs=needs)
    assert (result.outcome, result.message) == (
        "skipped",
        "needs `build`, which failed here (made-up.yml::build: step “x” failed); "
        "needs `check`, which was skipped here (CPython 3.14 is not installed here)",
    )
    always = run(tmp_path / "always", [{"run": "touch ran"}], needs=needs, job={"if": "always()"})
    assert always.outcome == "success"


def test_a_job_in_a_container_is_skipped_with_its_image_in_the_reason(tmp_path: Path) -> None:
    result = run(tmp_path, [{"run": "apt-get install -y chromium"}], job={"container": "debian:trixie"})
    assert result.outcome == "skipped"
    assert result.message.startswith("runs in the container debian:trixie: the workflow tests start no containers")


def test_a_job_that_runs_past_its_timeout_fails(tmp_path: Path) -> None:
    result = run(tmp_path, [{"name": "hangs", "run": "sleep 60"}], job={"timeout-minutes": 0.02})
    assert result.outcome == "failure" and "step “hangs” failed: no end within its time limit" in result.message
    assert result.seconds < 30


def test_a_key_or_a_shell_that_the_runner_does_not_know_fails_the_job_saying_so(tmp_path: Path) -> None:
    unknown_key = run(tmp_path / "key", [{"run": "true", "retry": 3}])
    assert unknown_key.outcome == "failure" and "step keys retry are not known" in unknown_key.message
    unknown_shell = run(tmp_path / "shell", [{"run": "Write-Host hi", "shell": "pwsh"}])
    assert unknown_shell.outcome == "failure" and "shell `pwsh` is not known" in unknown_shell.message
