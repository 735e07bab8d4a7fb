"""Every job of .github/workflows, run here on a fresh clone of the working tree, so that a green suite
means a green pull request. One test per workflow, job and matrix entry: the report shows which ran and
which this machine cannot run, and why. `-m "not workflow"` leaves them out."""

from __future__ import annotations

import pytest

from support import ROOT
from workflows.plan import JobCase, load_all
from workflows.runner import unrunnable
from workflows.session import Session

CASES = [case for workflow in load_all(ROOT / ".github" / "workflows") for case in workflow.cases()]
CI_SCRIPT = "bash .ci/run"


def last_command(case: JobCase) -> str:
    return str(case.job["steps"][-1].get("run", "")).strip()


@pytest.mark.workflow
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_job_passes_on_a_fresh_clone(case: JobCase, request: pytest.FixtureRequest) -> None:
    reason = unrunnable(case.job)
    if "container" in case.job:
        # CI runs .ci/run, the whole suite, on every push: a container job is covered only if it is that.
        assert last_command(case) == CI_SCRIPT, f"{case.id} runs in a container and does not end with `{CI_SCRIPT}`"
        reason = f"{reason}; it ends with `{CI_SCRIPT}`, which is what CI runs: this suite"
    if reason:
        pytest.skip(reason)
    session: Session = request.getfixturevalue("workflow_session")
    result = session.result(case)
    if result.outcome == "skipped":
        pytest.skip(result.message)
    if result.outcome != "success":
        pytest.fail(result.message, pytrace=False)
