"""The local equivalents of the actions the workflows use, on made-up interpreters and workspaces."""

from __future__ import annotations

import os
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from workflows.actions import ActionCall, ActionResult, Artifacts, Local, NoEquivalent, Skip, StepFailed, run_action
from workflows.pythons import Python, candidates, choose, identify

FOUND = [
    Python("3.10", "3.10.13", "/py/3.10.13/bin/python3.10"),
    Python("3.11", "3.11.7", "/py/3.11.7/bin/python3.11"),
    Python("3.13", "3.13.0", "/py/3.13.0/bin/python3.13"),
    Python("3.13", "3.13.2", "/py/3.13.2/bin/python3.13"),
]
GITHUB = {"repository": "someone/cpython-memory"}


def call(
    uses: str,
    tmp_path: Path,
    inputs: Mapping[str, str] | None = None,
    *,
    artifacts: Artifacts | None = None,
    needed: Sequence[str] = (),
    case_id: str = "w.yml::job",
) -> ActionResult:
    local = Local(None, artifacts or Artifacts(tmp_path / "artifacts"), lambda: FOUND)
    workspace = tmp_path / "workspace"
    workspace.mkdir(exist_ok=True)
    return run_action(ActionCall(uses, inputs or {}, workspace, case_id, needed, GITHUB, local))


def write(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_setup_python_finds_every_version_asked_for_and_gives_the_last_one_as_python_path(tmp_path: Path) -> None:
    result = call("actions/setup-python@v6", tmp_path, {"python-version": "3.10\n3.13\n", "cache": "pip"})
    assert result.outputs == {"python-version": "3.13.2", "python-path": "/py/3.13.2/bin/python3.13"}
    assert result.path == ["/py/3.13.2/bin", "/py/3.10.13/bin"]  # the last version listed comes first
    assert result.env == {"pythonLocation": "/py/3.13.2"}


def test_setup_python_skips_the_job_when_a_version_is_not_installed_here_and_says_what_is(tmp_path: Path) -> None:
    with pytest.raises(Skip) as skipped:
        call("actions/setup-python@v6", tmp_path, {"python-version": "3.10\n3.14", "allow-prereleases": "true"})
    assert str(skipped.value) == "CPython 3.14 is not installed here (found: 3.10, 3.11, 3.13)"
    with pytest.raises(Skip, match=r"^CPython 3\.14t is not installed here"):
        call("actions/setup-python@v6", tmp_path, {"python-version": "3.14t"})


def test_setup_python_versions_pick_the_newest_patch_release_or_the_exact_one() -> None:
    assert choose("3.13", FOUND) == FOUND[3] and choose("3.13.0", FOUND) == FOUND[2]
    assert choose("3.12", FOUND) is None and choose("3.13t", FOUND) is None
    with pytest.raises(ValueError, match="python-version `3.x`"):
        choose("3.x", FOUND)


def test_interpreters_are_found_in_pyenvs_versions_and_on_path_and_asked_what_they_are(tmp_path: Path) -> None:
    pyenv_bin = tmp_path / "pyenv" / "versions" / "3.99.0" / "bin"
    on_path = tmp_path / "bin"
    for directory in (pyenv_bin, on_path, tmp_path / "pyenv" / "shims"):
        directory.mkdir(parents=True)
    (pyenv_bin / "python3.99").symlink_to(sys.executable)
    (pyenv_bin / "python3.99-config").symlink_to(sys.executable)
    (on_path / "python3.98").symlink_to(sys.executable)
    (tmp_path / "pyenv" / "shims" / "python3.97").symlink_to(sys.executable)
    search = os.pathsep.join([str(on_path), str(tmp_path / "pyenv" / "shims")])
    found = candidates(tmp_path / "pyenv", search)
    assert found == [str(pyenv_bin / "python3.99"), str(on_path / "python3.98")]
    # Both are this interpreter: one entry, under the path found first, with the version it reports.
    threading = "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
    version = f"{sys.version_info.major}.{sys.version_info.minor}{threading}"
    assert [(python.version, python.path) for python in identify(found)] == [(version, found[0])]


def test_checkout_without_a_snapshot_is_an_error_of_the_runner(tmp_path: Path) -> None:
    with pytest.raises(NoEquivalent, match="needs a snapshot"):
        call("actions/checkout@v5", tmp_path)


def test_configure_pages_has_nothing_to_do_here(tmp_path: Path) -> None:
    result = call("actions/configure-pages@v6", tmp_path)
    assert result.note.startswith("nothing to do here") and result.outputs == {}


def test_upload_artifact_keeps_the_files_that_its_paths_and_globs_match(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    write(workspace / "snippets" / "gc" / "a.3.12.out")
    write(workspace / "snippets" / "gc" / "deep" / "b.3.12.out")
    write(workspace / "snippets" / "gc" / "a.3.13.out")
    write(workspace / "snippets" / ".hidden" / "c.3.12.out")
    artifacts = Artifacts(tmp_path / "artifacts")
    inputs = {"name": "recordings", "path": "snippets/**/*.3.12.out"}
    call("actions/upload-artifact@v6", tmp_path, inputs, artifacts=artifacts)
    kept = artifacts.uploaded["w.yml::job"]["recordings"]
    assert sorted(p.relative_to(kept).as_posix() for p in kept.rglob("*") if p.is_file()) == [
        "gc/a.3.12.out",
        "gc/deep/b.3.12.out",
    ]


def test_upload_artifact_of_a_directory_keeps_its_files_at_the_top(tmp_path: Path) -> None:
    write(tmp_path / "workspace" / "preview" / "index.html")
    write(tmp_path / "workspace" / "preview" / "gc" / "index.html")
    artifacts = Artifacts(tmp_path / "artifacts")
    inputs = {"name": "site-preview", "path": "preview/", "retention-days": "14"}
    call("actions/upload-artifact@v6", tmp_path, inputs, artifacts=artifacts)
    kept = artifacts.uploaded["w.yml::job"]["site-preview"]
    assert (kept / "index.html").is_file() and (kept / "gc" / "index.html").is_file()


def test_upload_artifact_without_files_fails_unless_told_to_ignore_it(tmp_path: Path) -> None:
    with pytest.raises(StepFailed, match=r"artifact `nothing`: no files match \['missing/'\]"):
        call("actions/upload-artifact@v6", tmp_path, {"name": "nothing", "path": "missing/"})
    ignoring = {"name": "nothing", "path": "*.out", "if-no-files-found": "ignore"}
    ignored = call("actions/upload-artifact@v6", tmp_path, ignoring)
    assert "nothing uploaded" in ignored.note


def test_upload_pages_artifact_needs_an_index_html(tmp_path: Path) -> None:
    write(tmp_path / "workspace" / "site" / "page.html")
    with pytest.raises(StepFailed, match="has no index.html"):
        call("actions/upload-pages-artifact@v4", tmp_path, {"path": "site"})


def test_deploy_pages_deploys_the_pages_artifact_of_the_job_it_needs(tmp_path: Path) -> None:
    write(tmp_path / "workspace" / "site" / "index.html")
    artifacts = Artifacts(tmp_path / "artifacts")
    call(
        "actions/upload-pages-artifact@v4",
        tmp_path,
        {"path": "site"},
        artifacts=artifacts,
        case_id="publish.yml::build",
    )
    deployed = call("actions/deploy-pages@v5", tmp_path, artifacts=artifacts, needed=["publish.yml::build"])
    assert deployed.outputs == {"page_url": "https://someone.github.io/cpython-memory/"}
    with pytest.raises(
        StepFailed, match=r"no artifact `github-pages` from the jobs this one needs \(other.yml::build\)"
    ):
        call("actions/deploy-pages@v5", tmp_path, artifacts=artifacts, needed=["other.yml::build"])


def test_an_action_without_a_local_equivalent_is_an_error_that_says_to_add_one(tmp_path: Path) -> None:
    with pytest.raises(NoEquivalent) as error:
        call("actions/cache@v4", tmp_path, {"path": "~/.cache"})
    assert str(error.value) == "no local equivalent for actions/cache@v4: add one to tests/workflows/actions.py"


def test_an_input_that_an_equivalent_does_not_know_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NoEquivalent, match="actions/checkout does not know the input ref"):
        call("actions/checkout@v5", tmp_path, {"ref": "other-branch"})
