"""The real site served with `Content-Security-Policy: script-src 'self'; object-src 'none'`, in Chromium.

A quiz works under that policy, and no violation comes from the plugin's files: the theme's own inline
scripts are refused by this policy, and each refusal must be one of those. Served without a policy (so
that the theme's scripts all run), no page makes a request to another origin (Material's repository
facts from api.github.com, Google Fonts, ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest

from support import serving as serve_directory

from .test_built_pages import pages_of
from .test_built_pages import theme_scripts as theme_scripts_of

pytestmark = pytest.mark.browser

# 'report-sample' allows nothing more: it puts the first 40 characters of a refused inline script into
# the violation report, so that each refusal can be matched with the theme script it refused.
POLICY = "script-src 'self' 'report-sample'; object-src 'none'"

# Collects every violation report the page raises, before any page script runs.
WATCH_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, sample: event.sample,
  });
});
"""


def serving(site: Path, policy: str | None) -> AbstractContextManager[str]:
    headers = {"Cache-Control": "no-store"}
    if policy is not None:
        headers["Content-Security-Policy"] = policy
    return serve_directory(site, headers)


@contextmanager
def browsing_at(chromium: Any, base: str) -> Iterator[dict[str, Any]]:
    """A fresh browser context on a served site that records every request and every page error."""
    context = chromium.new_context(base_url=base)
    context.set_default_timeout(10_000)
    record: dict[str, Any] = {"context": context, "requests": [], "errors": [], "base": base}
    context.on("request", lambda request: record["requests"].append(request.url))
    context.route(lambda url: not url.startswith(base), lambda route: route.abort())
    context.add_init_script(WATCH_VIOLATIONS)
    try:
        yield record
    finally:
        context.close()


@pytest.fixture
def browsing(chromium: Any, site: Path) -> Iterator[dict[str, Any]]:
    """The site served with the strict policy."""
    with serving(site, POLICY) as base, browsing_at(chromium, base) as record:
        yield record


@pytest.fixture
def browsing_without_policy(chromium: Any, site: Path) -> Iterator[dict[str, Any]]:
    """The site served as a host would serve it by default: the theme's scripts all run."""
    with serving(site, None) as base, browsing_at(chromium, base) as record:
        yield record


def open_page(browsing: dict[str, Any], path: str) -> Any:
    page = browsing["context"].new_page()
    page.on("pageerror", lambda error: browsing["errors"].append(f"{error.stack or error}"))
    page.goto(path, wait_until="load")
    page.wait_for_load_state("networkidle")
    return page


def test_a_quiz_works_under_the_policy(browsing: dict[str, Any]) -> None:
    page = open_page(browsing, "writing-questions/")
    quiz = page.locator("#quiz-example-single")
    quiz.get_by_role("radio", name="2", exact=True).check()
    quiz.get_by_role("button", name="Check", exact=True).click()
    assert quiz.get_by_role("status").inner_text() == "Correct!"
    assert quiz.locator(".quiz-choices > li > p").nth(1).is_visible()

    short = page.locator("#quiz-example-short")
    short.get_by_role("textbox").fill("0x200")
    short.get_by_role("textbox").press("Enter")
    assert short.get_by_role("status").inner_text() == "Correct!"
    assert [error for error in browsing["errors"] if "/assets/quiz/" in error] == []


def test_no_violation_comes_from_the_plugin(
    browsing: dict[str, Any], site: Path, site_without_quiz_plugin: Path
) -> None:
    theme_pages = pages_of(site_without_quiz_plugin)
    for path in pages_of(site):
        page = open_page(browsing, "" if path == "index.html" else path.removesuffix("index.html"))
        violations = page.evaluate("window.cspViolations")
        ours = [v for v in violations if "/assets/quiz/" in f"{v['blocked']} {v['source']}"]
        assert ours == [], path
        theme_scripts = theme_scripts_of(theme_pages, path)  # what the theme writes without the plugin
        unexplained = [
            v
            for v in violations
            if not (v["blocked"] == "inline" and v["sample"] and any(s.startswith(v["sample"]) for s in theme_scripts))
        ]
        assert unexplained == [], path
        page.close()


def test_no_page_requests_anything_from_another_origin(browsing_without_policy: dict[str, Any], site: Path) -> None:
    browsing = browsing_without_policy
    for path in pages_of(site):
        page = open_page(browsing, "" if path == "index.html" else path.removesuffix("index.html"))
        if not path.startswith("diagrams/"):  # a diagram's full-size page (hooks/diagrams.py) has no theme
            assert page.evaluate("typeof window.document$") == "object", "the theme's script did not run"
        page.close()
    foreign = sorted({url for url in browsing["requests"] if not url.startswith(browsing["base"])})
    assert foreign == []
