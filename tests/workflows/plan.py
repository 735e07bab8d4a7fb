"""The workflows as test cases: one per job and matrix entry, each job after the jobs it needs."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from workflows.expressions import ExpressionError, as_text


@dataclass(frozen=True)
class Workflow:
    path: Path
    data: dict[Any, Any]

    @classmethod
    def load(cls, path: Path) -> Workflow:
        return cls(path, yaml.safe_load(path.read_text(encoding="utf-8")))

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def triggers(self) -> dict[str, Any]:
        on = self.data.get("on", self.data.get(True))  # YAML 1.1 reads a bare `on` as true
        if isinstance(on, str):
            return {on: None}
        if isinstance(on, list):
            return dict.fromkeys(on)
        return dict(on or {})

    @property
    def event(self) -> str:
        """The event the local run stands for: the first one the workflow lists (its main trigger)."""
        return next(iter(self.triggers), "workflow_dispatch")

    @property
    def jobs(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("jobs") or {})

    def cases(self) -> list[JobCase]:
        return [
            JobCase(self, job_id, entry)
            for job_id in ordered(self.jobs)
            for entry in expand_matrix(self.jobs[job_id].get("strategy"))
        ]


@dataclass(frozen=True, eq=False)
class JobCase:
    workflow: Workflow
    job_id: str
    matrix: dict[str, Any]

    @property
    def job(self) -> dict[str, Any]:
        return self.workflow.jobs[self.job_id]

    @cached_property
    def id(self) -> str:
        values = ",".join(as_text(value) for value in self.matrix.values())
        return f"{self.workflow.name}::{self.job_id}" + (f"[{values}]" if self.matrix else "")

    @property
    def needs(self) -> list[str]:
        return needs(self.job)


def load_all(directory: Path) -> list[Workflow]:
    return [Workflow.load(path) for path in sorted(directory.glob("*.yml")) + sorted(directory.glob("*.yaml"))]


def needs(job: dict[str, Any]) -> list[str]:
    value = job.get("needs") or []
    return [value] if isinstance(value, str) else list(value)


def ordered(jobs: dict[str, dict[str, Any]]) -> list[str]:
    """The jobs in file order, except that each comes after the jobs it needs."""
    done: list[str] = []

    def visit(job_id: str, path: tuple[str, ...]) -> None:
        if job_id in done:
            return
        if job_id in path or job_id not in jobs:
            raise ExpressionError(f"job `{path[-1]}` needs `{job_id}`, which is a cycle or no job")
        for needed in needs(jobs[job_id]):
            visit(needed, (*path, job_id))
        done.append(job_id)

    for job_id in jobs:
        visit(job_id, ())
    return done


def expand_matrix(strategy: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The entries of a job's matrix, as GitHub expands them ([{}] for a job without one).

    Every combination of the lists, less those that match an `exclude` entry; then each `include`
    entry is added to every combination whose original values it does not change, or, if it fits
    none, becomes a combination of its own.
    """
    matrix = (strategy or {}).get("matrix")
    if matrix is None:
        return [{}]
    if not isinstance(matrix, dict):
        raise ExpressionError(f"a matrix computed by an expression ({matrix!r}) cannot be expanded here")
    keys = [key for key in matrix if key not in ("include", "exclude")]
    for key in keys:
        if not isinstance(matrix[key], list):
            raise ExpressionError(f"matrix key `{key}` is not a list ({matrix[key]!r}) and cannot be expanded here")
    originals = [dict(zip(keys, values)) for values in itertools.product(*(matrix[key] for key in keys))]
    originals = [
        entry
        for entry in originals
        if not any(all(entry.get(k) == v for k, v in excluded.items()) for excluded in matrix.get("exclude") or [])
    ]
    combinations = [dict(entry) for entry in originals]
    added: list[dict[str, Any]] = []
    for included in matrix.get("include") or []:
        fits = [
            combination
            for combination, original in zip(combinations, originals)
            if all(original[k] == v for k, v in included.items() if k in original)
        ]
        for combination in fits:
            combination.update(included)
        if not fits:
            added.append(dict(included))
    return combinations + added or [{}]
