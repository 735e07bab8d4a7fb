"""Where no Chromium is installed, the browser tests are skipped with a message saying why; under
CI=true they fail instead, so that CI can never pass without having run them."""

from __future__ import annotations

import subprocess
import sys

from support import ROOT

ONE_BROWSER_TEST = "tests/browser/test_markup.py::test_a_page_without_questions_loads_nothing_of_ours"
MESSAGE = "no Chromium found on PATH"


def run_without_chromium(**environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q", ONE_BROWSER_TEST],
        cwd=ROOT,
        env={"PATH": "/nonexistent", **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_chromium_the_browser_tests_are_skipped_with_the_reason() -> None:
    result = run_without_chromium()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout and MESSAGE in result.stdout


def test_without_chromium_under_ci_the_browser_tests_fail() -> None:
    result = run_without_chromium(CI="true")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"CI=true and {MESSAGE}" in result.stdout and "1 error" in result.stdout
