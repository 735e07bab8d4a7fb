"""Helpers shared by test modules (import them from here, not from conftest)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"


def build_site(config_file: Path, site_dir: Path, **overrides: object) -> Path:
    """Build a MkDocs site in this process, strictly, and return its output directory."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(site_dir), strict=True, **overrides)
    build(config)
    return site_dir


# Debian's Chromium, launched by Playwright (never downloaded); the flags keep it off the network.
CHROMIUM_NAMES = ("chromium", "chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    headers_to_send: Mapping[str, str] = {}

    def end_headers(self) -> None:
        for name, value in self.headers_to_send.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a page closed while a download was under way: nothing to report


@contextmanager
def serving(directory: Path, headers: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve a directory on 127.0.0.1 at a free port, with extra response headers; yields its URL."""
    handler = type("Handler", (_QuietHandler,), {"headers_to_send": dict(headers or {})})
    server = _QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
