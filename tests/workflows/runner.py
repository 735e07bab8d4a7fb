"""Runs one job of a workflow here, as GitHub's runner would: its steps in order, each `if:` evaluated,
`run:` scripts in bash with the workflow's, the job's and the step's `env`, actions by their local
equivalents; a failed step fails the job, and only `if: failure()` (or always()) steps run after it."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflows.actions import ActionCall, Local, NoEquivalent, Skip, StepFailed, run_action
from workflows.contexts import step_environment
from workflows.expressions import (
    ExpressionError,
    Produced,
    Status,
    as_text,
    condition,
    interpolate,
    parse,
    uses_status,
)
from workflows.plan import JobCase

HERE = "tests/workflows/runner.py"
TAIL_LINES = 60
DEFAULT_TIMEOUT_MINUTES = 360  # GitHub's
JOB_KEYS = {
    "name", "runs-on", "timeout-minutes", "strategy", "steps", "needs", "permissions", "environment",
    "container", "services", "if", "env", "defaults", "outputs", "concurrency", "continue-on-error",
}  # fmt: skip
STEP_KEYS = {
    "name", "id", "if", "env", "run", "uses", "with", "working-directory", "shell", "timeout-minutes",
    "continue-on-error",
}  # fmt: skip
# GitHub's commands per shell; a step without `shell:` gets `bash -e {0}`, not the explicit bash's pipefail.
SHELLS = {
    None: ["bash", "-e", "{0}"],
    "bash": ["bash", "--noprofile", "--norc", "-eo", "pipefail", "{0}"],
    "sh": ["sh", "-e", "{0}"],
}


@dataclass
class StepReport:
    name: str
    outcome: str  # success, failure or skipped (planned in a dry run)
    note: str = ""
    seconds: float = 0.0


@dataclass
class JobResult:
    case_id: str
    outcome: str  # success, failure or skipped (planned in a dry run)
    message: str = ""  # why it failed or was skipped
    steps: list[StepReport] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass(frozen=True)
class Needed:
    """A job this one needs, as its `needs` context and the job's conditions see it."""

    result: str  # success, failure or skipped (over all its matrix entries)
    outputs: dict[str, str]
    case_ids: Sequence[str]
    message: str = ""


def unrunnable(job: Mapping[str, Any]) -> str | None:
    """Why a job cannot run on this machine as written, or None if it can."""
    if "container" in job or "services" in job:
        image = job.get("container") or "service containers"
        image = image.get("image") if isinstance(image, Mapping) else image
        return (
            f"runs in the container {image}: the workflow tests start no containers, and run here instead "
            "its steps (apt-get and the like) would change this machine"
        )
    labels = job.get("runs-on")
    labels = labels if isinstance(labels, list) else [labels]
    if not any(str(label).startswith(("ubuntu-", "self-hosted", "linux")) for label in labels):
        return f"runs on {', '.join(map(str, labels))}, and this machine is Linux"
    return None


def run_job(
    case: JobCase,
    local: Local,
    github: Mapping[str, Any],
    workdir: Path,
    needs: Mapping[str, Needed],
    base_environment: Mapping[str, str],
    *,
    dry_run: bool = False,
) -> JobResult:
    """Run a job; with dry_run, only decide which steps would run if each one succeeded (outcome
    `planned`), without cloning, installing or running anything."""
    start = time.monotonic()
    job = _Job(case, local, github, workdir, needs, base_environment, dry_run)
    try:
        result = job.run()
    except Skip as reason:
        result = JobResult(case.id, "skipped", str(reason), job.reports)
    except (NoEquivalent, ExpressionError) as error:
        result = JobResult(case.id, "failure", f"{case.id}: the workflow runner cannot run this: {error}", job.reports)
    result.seconds = time.monotonic() - start
    return result


class _Job:
    def __init__(
        self,
        case: JobCase,
        local: Local,
        github: Mapping[str, Any],
        workdir: Path,
        needs: Mapping[str, Needed],
        base_environment: Mapping[str, str],
        dry_run: bool,
    ) -> None:
        self.case, self.local, self.needs, self.dry_run = case, local, needs, dry_run
        self.job = case.job
        self.workspace = workdir / "workspace"
        self.temp = workdir / "runner-temp"
        self.logs = workdir / "logs"
        for directory in (self.workspace, self.temp, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
        self.github = {**github, "workspace": str(self.workspace)}
        self.base_environment = step_environment(base_environment, self.github, self.workspace)
        self.path: list[str] = []  # put first on PATH by setup-python or GITHUB_PATH
        self.added_env: dict[str, str] = {}  # set by actions or GITHUB_ENV
        self.steps: dict[str, dict[str, Any]] = {}
        self.reports: list[StepReport] = []
        self.failure: str | None = None
        self.timeout = float(self.job.get("timeout-minutes", DEFAULT_TIMEOUT_MINUTES)) * 60
        self.deadline = time.monotonic() + self.timeout

    def context(self, step_env: Mapping[str, str] | None = None, *, declared_env: bool = True) -> dict[str, Any]:
        needs = {
            job_id: {"result": needed.result, "outputs": Produced(f"job `{job_id}`", needed.outputs)}
            for job_id, needed in self.needs.items()
        }
        env: dict[str, str] = {}
        if declared_env:
            env = {**self._declared_env(self.case.workflow.data), **self._declared_env(self.job), **(step_env or {})}
        runner = {"os": "Linux", "arch": "X64", "temp": str(self.temp), "name": "local"}
        return {
            "github": self.github,
            "matrix": self.case.matrix,
            "steps": self.steps,
            "needs": needs,
            "env": env,
            "runner": runner,
        }

    def _declared_env(self, holder: Mapping[str, Any]) -> dict[str, str]:
        declared = holder.get("env") or {}
        if not isinstance(declared, Mapping):
            raise ExpressionError(f"an `env` computed by an expression ({declared!r}) cannot be read here")
        context = {**self.context(declared_env=False), "env": {}}
        return {str(name): interpolate(value, context, self.status()) for name, value in declared.items()}

    def status(self) -> Status:
        return Status(failed=self.failure is not None)

    def run(self) -> JobResult:
        unknown = sorted(set(self.job) - JOB_KEYS)
        if unknown:
            raise NoEquivalent(f"job keys {', '.join(unknown)} are not known to {HERE}")
        reason = unrunnable(self.job) or self._blocked()
        if reason:
            return JobResult(self.case.id, "skipped", reason)
        for index, step in enumerate(self.job.get("steps") or [], 1):
            self.step(index, step)
        if self.failure is not None:
            ran = [report.name for report in self.reports if report.outcome != "skipped"]
            return JobResult(
                self.case.id, "failure", f"{self.failure}\n(steps that ran: {'; '.join(ran)})", self.reports
            )
        if self.dry_run:
            return JobResult(self.case.id, "planned", "", self.reports)
        outputs = {name: interpolate(value, self.context()) for name, value in (self.job.get("outputs") or {}).items()}
        environment = self.job.get("environment")
        if isinstance(environment, Mapping) and "url" in environment:
            interpolate(environment["url"], self.context())  # an output it names must have been produced
        return JobResult(self.case.id, "success", "", self.reports, outputs)

    def _blocked(self) -> str | None:
        """Why the job's `if:` (success() of its needs by default) keeps it from running, if it does."""
        expression = self.job.get("if")
        source = as_text(expression).strip().removeprefix("${{").removesuffix("}}") if expression is not None else ""
        unfinished = [job_id for job_id, needed in self.needs.items() if needed.result != "success"]
        if unfinished and not (source and uses_status(parse(source))):
            return "; ".join(
                f"needs `{job_id}`, which {'failed' if self.needs[job_id].result == 'failure' else 'was skipped'} here"
                + (f" ({self.needs[job_id].message.splitlines()[0]})" if self.needs[job_id].message else "")
                for job_id in unfinished
            )
        status = Status(failed=any(needed.result == "failure" for needed in self.needs.values()))
        if expression is not None and not condition(expression, self.context(), status):
            return f"its condition `{expression}` is false here"
        return None

    def step(self, index: int, step: Mapping[str, Any]) -> None:
        unknown = sorted(set(step) - STEP_KEYS)
        if unknown:
            raise NoEquivalent(f"step keys {', '.join(unknown)} are not known to {HERE}")
        step_id = str(step.get("id") or f"__step{index}")
        name = self._name(step)
        status = self.status()
        if not condition(step.get("if"), self.context(), status):
            self.reports.append(
                StepReport(name, "skipped", f"if: {step['if']}" if "if" in step else "an earlier step failed")
            )
            self.steps[step_id] = {"outcome": "skipped", "conclusion": "skipped", "outputs": {}}
            return
        if self.dry_run:
            self.reports.append(StepReport(name, "planned"))
            self.steps[step_id] = {"outcome": "success", "conclusion": "success", "outputs": {}}
            return
        start = time.monotonic()
        outputs: dict[str, str] = {}
        try:
            if "uses" in step:
                note, outputs = self._action(step, status)
            else:
                note, outputs = self._script(index, step, name, status)
            outcome = "success"
        except StepFailed as error:
            note, outcome = str(error), "failure"
        self.reports.append(StepReport(name, outcome, note, time.monotonic() - start))
        tolerated = outcome == "failure" and bool(step.get("continue-on-error"))
        if outcome == "failure" and not tolerated and self.failure is None:
            self.failure = f"{self.case.id}: step “{name}” failed: {note}"
        self.steps[step_id] = {
            "outcome": outcome,
            "conclusion": "success" if tolerated else outcome,
            "outputs": Produced(f"step `{step_id}` ({name})", outputs) if outcome == "success" else {},
        }

    def _name(self, step: Mapping[str, Any]) -> str:
        if "name" in step:
            return interpolate(step["name"], self.context())
        if "uses" in step:
            return f"Run {step['uses']}"
        return f"Run {str(step.get('run', '')).strip().splitlines()[0] if step.get('run') else ''}"

    def _action(self, step: Mapping[str, Any], status: Status) -> tuple[str, dict[str, str]]:
        context = self.context()
        inputs = {str(key): interpolate(value, context, status) for key, value in (step.get("with") or {}).items()}
        needed = [case_id for needed in self.needs.values() for case_id in needed.case_ids]
        result = run_action(
            ActionCall(str(step["uses"]), inputs, self.workspace, self.case.id, needed, self.github, self.local)
        )
        self.path[:0] = result.path
        self.added_env.update(result.env)
        return result.note, result.outputs

    def _script(self, index: int, step: Mapping[str, Any], name: str, status: Status) -> tuple[str, dict[str, str]]:
        step_env = self._declared_env(step)
        context = self.context(step_env)
        script = interpolate(step["run"], context, status)
        command = self._shell(step)
        directory = self.workspace / interpolate(self._default(step, "working-directory", "."), context, status)
        files = {
            variable: self.temp / f"step{index}.{variable.lower()}"
            for variable in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY")
        }
        for file in files.values():
            file.write_text("", encoding="utf-8")
        script_file = self.temp / f"step{index}.sh"
        script_file.write_text(script, encoding="utf-8")
        environment = {
            **self.base_environment,
            **context["env"],
            **self.added_env,
            **step_env,
            **{variable: str(file) for variable, file in files.items()},
            "RUNNER_TEMP": str(self.temp),
        }
        environment["PATH"] = os.pathsep.join([*self.path, environment.get("PATH", os.defpath)])
        log = self.logs / f"{index:02d}-{re.sub(r'[^A-Za-z0-9]+', '-', name).strip('-')[:60]}.log"
        limit = min(self.deadline - time.monotonic(), float(step.get("timeout-minutes", 1e6)) * 60)
        returncode = execute(
            [part.replace("{0}", str(script_file)) for part in command], directory, environment, log, limit
        )
        if returncode != 0:
            what = (
                f"exit status {returncode}"
                if returncode is not None
                else f"no end within its time limit ({limit:.0f} s)"
            )
            raise StepFailed(f"{what}\n$ {script.strip()}\n{tail(log)}")
        self.added_env.update(read_pairs(files["GITHUB_ENV"]))
        self.path[:0] = [line for line in files["GITHUB_PATH"].read_text(encoding="utf-8").splitlines() if line][::-1]
        return f"log: {log}", read_pairs(files["GITHUB_OUTPUT"])

    def _default(self, step: Mapping[str, Any], key: str, fallback: str) -> str:
        for holder in (step, (self.job.get("defaults") or {}).get("run") or {}):
            if key in holder:
                return str(holder[key])
        return str(((self.case.workflow.data.get("defaults") or {}).get("run") or {}).get(key, fallback))

    def _shell(self, step: Mapping[str, Any]) -> list[str]:
        shell = self._default(step, "shell", "") or None
        if shell in SHELLS:
            return SHELLS[shell]
        if shell is not None and "{0}" in shell:
            return shell.split()
        raise NoEquivalent(f"shell `{shell}` is not known to {HERE}")


def execute(command: list[str], cwd: Path, environment: Mapping[str, str], log: Path, timeout: float) -> int | None:
    """Run a command with its output in `log`; its exit status, or None if it ran out of time. The command
    gets its own process group, so that a timeout or an interrupted test run ends everything it started."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=cwd, env=dict(environment), stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        try:
            return process.wait(timeout=max(timeout, 1.0))
        except subprocess.TimeoutExpired:
            _end(process)
            return None
        except BaseException:
            _end(process)
            raise


def _end(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):  # it ended on its own in the meantime
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def tail(log: Path, lines: int = TAIL_LINES) -> str:
    text = ANSI_ESCAPE.sub("", log.read_text(encoding="utf-8", errors="replace")).splitlines()
    shown = text[-lines:]
    return f"--- the last {len(shown)} of its {len(text)} lines of output (all of them: {log}) ---\n" + "\n".join(shown)


def read_pairs(file: Path) -> dict[str, str]:
    """`name=value` lines and `name<<DELIMITER` blocks, as GITHUB_OUTPUT and GITHUB_ENV hold them."""
    pairs: dict[str, str] = {}
    lines = iter(file.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            block = []
            for value_line in lines:
                if value_line == delimiter:
                    break
                block.append(value_line)
            pairs[name] = "\n".join(block)
        elif "=" in line:
            name, value = line.split("=", 1)
            pairs[name] = value
    return pairs
