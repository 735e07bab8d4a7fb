"""axe-core on every page of the real site, in both palettes: no serious or critical violation, not
even in Material's own chrome (a new one there is listed here with the reason, so that it is looked at)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

from support import ROOT, build_site, serving

pytestmark = pytest.mark.browser

AXE = Axe()
# Material's chrome, not our pages: none left. The search dialog and the instant-navigation progress
# bar have names (overrides/partials/), and the footer's credit reads at 9:1 (docs/stylesheets/site.css).
MATERIAL: set[tuple[str, str]] = set()


def nav_pages(item: object) -> list[str]:
    """Every page the navigation of mkdocs.yml lists, as a URL path."""
    if isinstance(item, str):
        return [] if "://" in item else ["" if item == "index.md" else item.removesuffix(".md") + "/"]
    if isinstance(item, list):
        return [path for child in item for path in nav_pages(child)]
    if isinstance(item, dict):
        return [path for child in item.values() for path in nav_pages(child)]
    return []


PAGES = nav_pages(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # Built for the root path the test server uses (production serves it under /cpython-memory/).
    out = build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("a11y-site"), site_url="https://example.invalid/")
    with serving(Path(out)) as url:
        yield url


def severe(results: dict) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    found = set()
    for violation in results["violations"]:
        if violation["impact"] in ("serious", "critical"):
            for node in violation["nodes"]:
                selector = node["target"][0]
                chrome = next((part for rule, part in MATERIAL if rule == violation["id"] and part in selector), None)
                found.add((violation["id"], chrome or selector))
    return found


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/") or "home")
def test_every_page_of_the_site_passes_axe_in_both_palettes(browser: Browser, site_url: str, path: str) -> None:
    page = browser.new_page()
    try:
        page.goto(site_url + path)
        light = severe(AXE.run(page).response)
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        page.wait_for_timeout(1000)  # Material fades colours from one palette to the other
        dark = severe(AXE.run(page).response)
    finally:
        page.close()
    assert light - MATERIAL == set(), f"light palette: {light - MATERIAL}"
    assert dark - MATERIAL == set(), f"dark palette: {dark - MATERIAL}"
