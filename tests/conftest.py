"""Options and fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected HTML of the golden tests from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"


def build_site(config_file: Path, site_dir: Path, **overrides: object) -> Path:
    """Build a MkDocs site in this process, strictly, and return its output directory."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(site_dir), strict=True, **overrides)
    build(config)
    return site_dir


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site (tests/fixtures/site), built once for the whole session."""
    return build_site(FIXTURE_SITE / "mkdocs.yml", tmp_path_factory.mktemp("fixture-site"))
