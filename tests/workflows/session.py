"""The workflow jobs of one test session: the snapshot they all check out, the artifacts they keep, and
their results (a job that needs another gets its result from here, running it first if need be)."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflows.actions import Local
from workflows.contexts import NESTED_RUN, github_context
from workflows.plan import JobCase, Workflow
from workflows.runner import JobResult, Needed, run_job


def not_here(environment: Mapping[str, str]) -> str | None:
    """Why the workflow jobs do not run in this test session, or None if they do."""
    if environment.get(NESTED_RUN):
        return f"already inside a workflow run of the suite ({NESTED_RUN}={environment[NESTED_RUN]})"
    if environment.get("GITHUB_ACTIONS") == "true":
        return "GitHub Actions runs the workflows themselves here (GITHUB_ACTIONS=true)"
    return None


@dataclass
class Session:
    workdir: Path
    local: Local
    repository: str  # owner/name
    base_environment: Mapping[str, str]
    results: dict[str, JobResult] = field(default_factory=dict)

    def github(self, workflow: Workflow) -> dict[str, Any]:
        snapshot = self.local.snapshot
        sha, branch = (snapshot.commit, snapshot.branch or "local") if snapshot else ("0" * 40, "local")
        return github_context(workflow, self.repository, sha, branch)

    def result(self, case: JobCase) -> JobResult:
        if case.id not in self.results:
            needs = {job_id: self._needed(case.workflow, job_id) for job_id in case.needs}
            workdir = self.workdir / re.sub(r"[^A-Za-z0-9.]+", "-", case.id).strip("-")
            result = run_job(case, self.local, self.github(case.workflow), workdir, needs, self.base_environment)
            if result.outcome == "success":
                start = time.monotonic()
                shutil.rmtree(workdir, ignore_errors=True)  # a failed job's clone and logs stay, for a look
                result.seconds += time.monotonic() - start  # a clone's .venv/ takes a while to remove
            self.results[case.id] = result
        return self.results[case.id]

    def _needed(self, workflow: Workflow, job_id: str) -> Needed:
        cases = [case for case in workflow.cases() if case.job_id == job_id]
        results = [self.result(case) for case in cases]
        outcomes = {result.outcome for result in results}
        overall = "failure" if "failure" in outcomes else "skipped" if "skipped" in outcomes else "success"
        message = next((result.message for result in results if result.outcome == overall), "")
        return Needed(overall, results[-1].outputs, [case.id for case in cases], message)

    def summary_lines(self, steps: bool = False) -> list[str]:
        """A line per job (with `steps`, and per step: what ran, and what each local equivalent did)."""
        if not self.results:
            return []
        lines = []
        for result in self.results.values():
            reason = f" ({result.message.splitlines()[0]})" if result.outcome == "skipped" else ""
            lines.append(f"workflow jobs: {result.case_id} {result.outcome} in {result.seconds:.0f} s{reason}")
            for step in result.steps if steps else []:
                note = step.note.splitlines()[0] if step.note else ""
                lines.append(f"    {step.outcome}: {step.name} ({step.seconds:.0f} s) {note}".rstrip())
        ran = [result for result in self.results.values() if result.outcome != "skipped"]
        seconds = sum(result.seconds for result in self.results.values())
        failed = sum(result.outcome == "failure" for result in ran)
        lines.append(
            f"workflow jobs: {len(ran)} ran ({failed} failed), {len(self.results) - len(ran)} skipped, in {seconds:.0f} s"
        )
        return lines
