"""The session's workflow jobs, shared by the workflow tests, and a line per job at the end of the run
(with -v, a line per step too)."""

from __future__ import annotations

import os

import pytest

from support import ROOT
from workflows.actions import Artifacts, Local
from workflows.contexts import repository
from workflows.session import Session, not_here
from workflows.snapshot import NotACheckout, take

_KEY = pytest.StashKey[Session]()


@pytest.fixture(scope="session")
def workflow_session(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Session:
    reason = not_here(os.environ)
    if reason:
        pytest.skip(reason)
    try:
        snapshot = take(ROOT)
    except NotACheckout as error:
        pytest.skip(f"the workflows run on a clone of a commit, and this is not a git checkout: {error}")
    workdir = tmp_path_factory.mktemp("workflow-jobs")
    local = Local(snapshot, Artifacts(workdir / "artifacts"))
    session = Session(workdir, local, repository(ROOT), dict(os.environ))
    request.config.stash[_KEY] = session
    return session


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    session = config.stash.get(_KEY, None)
    for line in session.summary_lines(steps=config.get_verbosity() > 0) if session else []:
        terminalreporter.write_line(line)
