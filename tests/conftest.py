"""Options and fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from support import CHROMIUM_ARGS, CHROMIUM_NAMES, FIXTURE_SITE, ROOT, build_site, find_chromium

# Every process a test starts (`python -m quiz_plugin ...`, `mkdocs build`) imports this checkout's
# package, whatever the virtual environment's editable install points at: another checkout or worktree
# sharing the environment may have reinstalled it from its own folder.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))

# Helper modules whose assertions should explain themselves like a test's own.
pytest.register_assert_rewrite("corpus")

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected HTML of the golden tests from the current output (review the diff!)",
    )
    parser.addoption(
        "--update-snippets",
        action="store_true",
        help="record what every snippet prints on every interpreter found, and remove recordings no "
        "snippet needs (review the diff!)",
    )
    parser.addoption(
        "--snippet-python",
        action="append",
        default=[],
        metavar="PATH",
        help="also run snippets with this interpreter (repeatable; SNIPPET_PYTHONS works too)",
    )
    parser.addoption(
        "--update-readme",
        action="store_true",
        help="rewrite the option and interface-string reference of quiz_plugin/README.md from the code",
    )
    parser.addoption(
        "--snippet-timeout", type=float, default=20.0, metavar="SECONDS", help="time limit of one snippet run"
    )


def pytest_report_header(config: pytest.Config) -> list[str]:
    from tested_snippets.session import interpreters, missing_lines, site_store

    found = interpreters(config)
    names = "; ".join(str(i).removeprefix("CPython ") for i in found) or "none"
    return [f"snippets run on CPython: {names}", *missing_lines(site_store(), found)]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    from tested_snippets.session import summary_lines

    for line in summary_lines(config):
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site (tests/fixtures/site), built once for the whole session."""
    return build_site(FIXTURE_SITE / "mkdocs.yml", tmp_path_factory.mktemp("fixture-site"))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium through Playwright, one per session, shared by every browser test."""
    executable = find_chromium()
    if executable is None:
        message = (
            "no Chromium found on PATH (looked for: " + ", ".join(CHROMIUM_NAMES) + "); "
            "install it (Debian/Ubuntu: apt-get install chromium) to run the browser tests"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
