"""Local equivalents of the actions the workflows use (`uses:`), one function each.

An action without an equivalent here, or an input an equivalent does not know, fails the job's test
with NoEquivalent: add it here, so that the runner grows with the workflows.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workflows import pythons
from workflows.snapshot import Snapshot

HERE = "tests/workflows/actions.py"


class NoEquivalent(Exception):
    """The runner cannot stand in for this here: the test fails, saying what to add."""


class Skip(Exception):
    """The job cannot run on this machine; the message says why."""


class StepFailed(Exception):
    """The step failed, as it would on GitHub."""


@dataclass
class Artifacts:
    """What the jobs of one session uploaded: a directory per job case and artifact name."""

    root: Path
    uploaded: dict[str, dict[str, Path]] = field(default_factory=dict)

    def keep(self, case_id: str, name: str, files: Sequence[Path], base: Path) -> Path:
        uploads = self.uploaded.setdefault(case_id, {})
        if name in uploads:
            raise StepFailed(f"an artifact named `{name}` was already uploaded by this job")
        target = self.root / re.sub(r"[^A-Za-z0-9.]+", "-", f"{case_id}-{name}").strip("-")
        for file in files:
            destination = target / file.relative_to(base)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(file, destination)
        uploads[name] = target
        return target

    def of(self, case_ids: Sequence[str], name: str) -> Path | None:
        return next((self.uploaded[c][name] for c in case_ids if name in self.uploaded.get(c, {})), None)


@dataclass(frozen=True)
class Local:
    """What this machine offers the equivalents."""

    snapshot: Snapshot | None
    artifacts: Artifacts
    interpreters: Callable[[], Sequence[pythons.Python]] = pythons.installed


@dataclass(frozen=True)
class ActionCall:
    uses: str
    inputs: Mapping[str, str]  # `with:`, expressions substituted
    workspace: Path
    case_id: str
    needed_case_ids: Sequence[str]  # every job case (matrix entry) of the jobs this job needs
    github: Mapping[str, Any]
    local: Local


@dataclass
class ActionResult:
    note: str  # what the equivalent did here, for the report
    outputs: dict[str, str] = field(default_factory=dict)
    path: list[str] = field(default_factory=list)  # directories to put first on PATH for later steps
    env: dict[str, str] = field(default_factory=dict)  # variables for later steps


Equivalent = Callable[[ActionCall], ActionResult]
EQUIVALENTS: dict[str, tuple[frozenset[str], Equivalent]] = {}


def equivalent(action: str, inputs: set[str]) -> Callable[[Equivalent], Equivalent]:
    def register(function: Equivalent) -> Equivalent:
        EQUIVALENTS[action] = (frozenset(inputs), function)
        return function

    return register


def run_action(call: ActionCall) -> ActionResult:
    action = call.uses.split("@", 1)[0]
    if action not in EQUIVALENTS:
        raise NoEquivalent(f"no local equivalent for {call.uses}: add one to {HERE}")
    known, function = EQUIVALENTS[action]
    unknown = sorted(set(call.inputs) - known)
    if unknown:
        raise NoEquivalent(
            f"the local equivalent of {action} does not know the input {', '.join(unknown)}: add it to {HERE}"
        )
    return function(call)


@equivalent("actions/checkout", {"path", "fetch-depth", "persist-credentials", "clean"})
def checkout(call: ActionCall) -> ActionResult:
    if call.local.snapshot is None:
        raise NoEquivalent("actions/checkout needs a snapshot of the working tree, and this run has none")
    destination = (call.workspace / call.inputs.get("path", "")).resolve()
    if destination.exists():
        for entry in destination.iterdir():  # as the action does: the checkout replaces what was there
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    call.local.snapshot.clone_into(destination)
    return ActionResult(f"cloned {call.local.snapshot.commit[:12]} (the working tree as a commit would hold it)")


@equivalent("actions/setup-python", {"python-version", "allow-prereleases", "cache", "cache-dependency-path"})
def setup_python(call: ActionCall) -> ActionResult:
    specs = [line.strip() for line in call.inputs.get("python-version", "").splitlines() if line.strip()]
    if not specs:
        raise NoEquivalent(f"actions/setup-python without python-version: the local equivalent needs it ({HERE})")
    found = call.local.interpreters()
    chosen: list[pythons.Python] = []
    missing: list[str] = []
    for spec in specs:
        try:
            python = pythons.choose(spec, found)
        except ValueError as error:
            raise NoEquivalent(f"actions/setup-python: {error}: teach {HERE}") from error
        if python is None:
            missing.append(spec)
        else:
            chosen.append(python)
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise Skip(f"CPython {', '.join(missing)} {verb} not installed here (found: {pythons.versions(found)})")
    last = chosen[-1]
    return ActionResult(
        f"CPython {', '.join(python.release for python in chosen)} ({', '.join(python.path for python in chosen)})"
        + ("; pip's own cache stands in for the action's" if call.inputs.get("cache") else ""),
        outputs={"python-version": last.release, "python-path": last.path},
        path=[python.bin_dir for python in reversed(chosen)],  # the last version listed is the default
        env={"pythonLocation": os.path.dirname(last.bin_dir)},
    )


@equivalent("actions/configure-pages", {"enablement", "static_site_generator", "generator_config_file", "token"})
def configure_pages(call: ActionCall) -> ActionResult:
    return ActionResult("nothing to do here: it reads the repository's Pages settings on GitHub")


@equivalent(
    "actions/upload-artifact",
    {"name", "path", "if-no-files-found", "retention-days", "compression-level", "overwrite", "include-hidden-files"},
)
def upload_artifact(call: ActionCall) -> ActionResult:
    name = call.inputs.get("name", "artifact")
    patterns = [line.strip() for line in call.inputs.get("path", "").splitlines() if line.strip()]
    files, base = matching_files(
        call.workspace, patterns, hidden=call.inputs.get("include-hidden-files", "false") == "true"
    )
    if not files:
        if call.inputs.get("if-no-files-found", "warn") == "ignore":
            return ActionResult(f"no files match {patterns}: nothing uploaded (if-no-files-found: ignore)")
        # Stricter than GitHub's default (a warning): a green check without the artifact is not green.
        raise StepFailed(f"artifact `{name}`: no files match {patterns} (if-no-files-found: ignore, if intended)")
    kept = call.local.artifacts.keep(call.case_id, name, files, base)
    return ActionResult(f"artifact `{name}`: {len(files)} files, kept in {kept}")


@equivalent("actions/upload-pages-artifact", {"path", "name", "retention-days"})
def upload_pages_artifact(call: ActionCall) -> ActionResult:
    name = call.inputs.get("name", "github-pages")
    directory = call.workspace / call.inputs.get("path", "_site/")
    if not (directory / "index.html").is_file():
        raise StepFailed(f"{directory} has no index.html: there is no site to publish")
    files = [
        file
        for file in sorted(directory.rglob("*"))
        if file.is_file() and not {".git", ".github"} & set(file.relative_to(directory).parts)
    ]
    kept = call.local.artifacts.keep(call.case_id, name, files, directory)
    return ActionResult(f"Pages artifact `{name}`: {len(files)} files, kept in {kept}")


@equivalent(
    "actions/deploy-pages", {"token", "timeout", "error_count", "reporting_interval", "artifact_name", "preview"}
)
def deploy_pages(call: ActionCall) -> ActionResult:
    name = call.inputs.get("artifact_name", "github-pages")
    site = call.local.artifacts.of(call.needed_case_ids, name)
    if site is None:
        raise StepFailed(f"no artifact `{name}` from the jobs this one needs ({', '.join(call.needed_case_ids)})")
    if not (site / "index.html").is_file():
        raise StepFailed(f"the artifact `{name}` has no index.html")
    owner, _, repository = str(call.github["repository"]).partition("/")
    host = f"{owner.lower()}.github.io"
    url = f"https://{host}/" if repository.lower() == host else f"https://{host}/{repository}/"
    return ActionResult(f"would deploy {site} to {url}", outputs={"page_url": url})


def matching_files(workspace: Path, patterns: Sequence[str], *, hidden: bool) -> tuple[list[Path], Path]:
    """The files upload-artifact would take: directories whole, globs expanded (`**` included), `!pattern`
    lines left out, hidden files only if asked; and the directory their names are relative to (the
    common ancestor of the search paths, as the action does)."""
    excludes = [pattern[1:] for pattern in patterns if pattern.startswith("!")]
    found: dict[Path, None] = {}
    roots: list[Path] = []
    for pattern in (pattern for pattern in patterns if not pattern.startswith("!")):
        path = workspace / pattern  # an absolute pattern stays absolute
        root = _literal_prefix(path)
        roots.append(root.parent if root == path and not root.is_dir() else root)
        for match in map(Path, sorted(glob.glob(str(path), recursive=True))):
            for file in sorted(match.rglob("*")) if match.is_dir() else [match]:
                found[file] = None
    base = Path(os.path.commonpath(roots)) if roots else workspace
    kept = [
        file
        for file in found
        if file.is_file()
        and (hidden or not any(part.startswith(".") for part in file.relative_to(base).parts))
        and not any(fnmatch.fnmatch(Path(os.path.relpath(file, workspace)).as_posix(), pattern) for pattern in excludes)
    ]
    return kept, base


def _literal_prefix(path: Path) -> Path:
    """The path up to its first part with a wildcard."""
    parts = []
    for part in path.parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts)
