"""The package, the site's hooks and the tests stay linted, formatted and fully typed (ruff and mypy --strict)."""

from __future__ import annotations

import subprocess
import sys

from support import ROOT

SOURCES = ["quiz_plugin", "hooks", "tests", "benchmarks"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_code_passes_the_linter() -> None:
    result = run("ruff", "check", "--no-cache", *SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = run("ruff", "format", "--check", "--no-cache", *SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_type_checks_strictly() -> None:
    result = run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr
