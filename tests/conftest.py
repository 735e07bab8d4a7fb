"""Options and fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import FIXTURE_SITE, ROOT, build_site


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
        "--snippet-timeout", type=float, default=20.0, metavar="SECONDS", help="time limit of one snippet run"
    )


def pytest_report_header(config: pytest.Config) -> list[str]:
    from tested_snippets.session import interpreters

    found = interpreters(config)
    names = ", ".join(f"{i.release}{'t' if i.version.free_threaded else ''}" for i in found) or "none"
    return [f"snippets run on CPython: {names}"]


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
