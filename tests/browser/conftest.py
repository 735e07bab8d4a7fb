"""Debian's Chromium driven by Playwright, and the fixture site served to it over HTTP.

One browser per session, one browser context (its own storage, its own settings) per page a test opens.
Playwright never downloads a browser here: it launches the system's Chromium. Without one the browser
tests are skipped, except under CI=true, where a missing browser fails them.
"""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from support import FIXTURE_SITE, ROOT, build_site, serving


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # Each test sees the files as they are now (the changed-question test swaps the whole site).
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class SiteServer:
    """A threaded HTTP server on 127.0.0.1 and a random port that serves one built site at a time.

    Swapping the site keeps the origin, so a page of the other site sees the same localStorage.
    """

    def __init__(self) -> None:
        self.root: Path | None = None
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, name="site-server", daemon=True)

    def _handler(self, *args: Any) -> http.server.BaseHTTPRequestHandler:
        return _QuietHandler(*args, directory=str(self.root))

    def build(self, source: Path, out: Path) -> Path:
        # Material's instant navigation only takes over links listed in sitemap.xml, and it matches
        # them with the port included: the site must be built for this very address.
        return build_site(source / "mkdocs.yml", out, site_url=self.url)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The fixture site (tests/fixtures/site), built for and served at `site_server.url`."""
    server = SiteServer()
    server.root = server.build(FIXTURE_SITE, tmp_path_factory.mktemp("served-site"))
    server.start()
    yield server
    server.stop()


SCREENSHOTS = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """Where tests save screenshots for people to look at; the run's summary says where that is."""
    folder = tmp_path_factory.mktemp("screenshots", numbered=False)
    pytestconfig.stash[SCREENSHOTS] = folder
    return folder


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    folder = config.stash.get(SCREENSHOTS, None)
    if folder is not None and any(folder.iterdir()):
        terminalreporter.write_line(f"browser screenshots: {folder}")


# Reports every uncaught error with the file it was thrown in.
REPORT_ERRORS = """
window.addEventListener("error", (event) =>
  window.reportPageError(`${event.filename}:${event.lineno}: ${event.message}`));
window.addEventListener("unhandledrejection", (event) =>
  window.reportPageError(`${location.href}: unhandled rejection: ${event.reason}`));
"""


class Pages:
    """Opens pages of the served site, each in a fresh browser context, and watches what they do.

    Every uncaught JavaScript error is recorded, and every request that leaves the test server is
    recorded and blocked; the `pages` fixture fails the test if any happened.
    """

    def __init__(self, browser: Browser, server: SiteServer) -> None:
        self.browser = browser
        self.server = server
        self.contexts: list[BrowserContext] = []
        self.errors: list[str] = []
        self.foreign_requests: list[str] = []

    def new_context(self, *, init_script: str | None = None, **options: Any) -> BrowserContext:
        context = self.browser.new_context(base_url=self.server.url, **options)
        self.contexts.append(context)
        context.set_default_timeout(5_000)  # a page of this site answers in milliseconds
        # A pattern, not a Python predicate: requests to the server itself are then never intercepted.
        context.route(re.compile(f"^(?!{re.escape(self.server.url)})"), self._block)
        context.expose_function("reportPageError", lambda error: self.errors.append(error))
        context.add_init_script(REPORT_ERRORS)
        if init_script is not None:
            context.add_init_script(init_script)
        return context

    def open(self, path: str = "first/", *, context: BrowserContext | None = None, **options: Any) -> Page:
        """A page at `path` of the site, loaded (its deferred scripts have run)."""
        page = (context or self.new_context(**options)).new_page()
        page.goto(path)
        return page

    def errors_from_quiz(self) -> list[str]:
        return [error for error in self.errors if "/assets/quiz/" in error]

    def _block(self, route: Route) -> None:
        self.foreign_requests.append(route.request.url)
        route.abort()

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@contextmanager
def watched_pages(browser: Browser, server: SiteServer) -> Iterator[Pages]:
    """Pages of a served site; a test fails if any of them made a request elsewhere or threw an error."""
    opened = Pages(browser, server)
    try:
        yield opened
    finally:
        opened.close()
    assert opened.foreign_requests == [], "requests left the site"
    assert opened.errors == [], "uncaught JavaScript errors"


@pytest.fixture
def pages(browser: Browser, site_server: SiteServer) -> Iterator[Pages]:
    with watched_pages(browser, site_server) as opened:
        yield opened


@pytest.fixture
def page(pages: Pages) -> Page:
    """The first quiz page of the fixture site, in the default light palette."""
    return pages.open("first/")


@pytest.fixture(scope="session")
def real_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """This site, built once for the very address it is served at (instant navigation needs that), for
    the modules that try the reader's pages on it."""
    out = tmp_path_factory.mktemp("real-site")
    with serving(out) as url:
        build_site(ROOT / "mkdocs.yml", out, site_url=url)
        yield url


@pytest.fixture
def real_site_context(browser: Browser, real_site_url: str) -> Iterator[BrowserContext]:
    """A desktop-sized browser context on this site, with its own storage."""
    context = browser.new_context(base_url=real_site_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    yield context
    context.close()
