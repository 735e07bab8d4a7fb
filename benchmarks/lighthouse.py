"""Lighthouse (mobile) on every chapter of the real site, and the weight of each chapter's page.

    npm ci                                    # once: Lighthouse, pinned in package.json (no browser)
    .venv/bin/python benchmarks/lighthouse.py                      # served with gzip, 3 runs a page
    .venv/bin/python benchmarks/lighthouse.py --no-gzip --runs 1
    .venv/bin/python benchmarks/lighthouse.py --source /tmp/old --source .   # two checkouts, in turns
    .venv/bin/python benchmarks/lighthouse.py --source /tmp/old=/tmp/venv-old/bin/python --source .
                                              # an old checkout built by the Python of its own packages

It builds the site (strictly, as published) into a temporary directory, serves it on 127.0.0.1 with
a small threaded server that compresses text with gzip (as GitHub Pages and most hosts do; `--no-gzip`
serves it as a bare `python -m http.server` would), and runs Lighthouse from node_modules against
Debian's Chromium (headless, no sandbox; `CHROME_PATH`, default /usr/bin/chromium). Lighthouse's own
defaults: a mobile device and simulated throttling (a slow 4G network and a 4x slower CPU), so CPU time
measured on a busy machine still moves the score a little: each page is run `--runs` times and the
median performance score is printed with its range.

For each chapter it prints the performance and accessibility scores, the elements of the page once its
scripts have run (Lighthouse's DOM size), the HTML bytes as built and gzipped, and the share of the
HTML taken by per-line code anchors (pymdownx.highlight's `anchor_linenums`).

Nothing here passes or fails: it prints what it measured on this machine.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
COMPRESSED = (".html", ".css", ".js", ".svg", ".json", ".xml", ".txt", ".map")
# pymdownx.highlight's per-line anchors: <a id="__codelineno-0-1" name="..." href="..."></a>
LINE_ANCHOR = re.compile(r'<a id="__codelineno-[^"]*" name="[^"]*" href="[^"]*"></a>')


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves files as they are or gzipped (when the client accepts it), with a short cache lifetime."""

    use_gzip = True

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the directory's URL
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.use_gzip and accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages serves a site
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        pass


class _Body:
    """What send_head returns: something copyfile can read and close."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextmanager
def serving(directory: Path, use_gzip: bool) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"use_gzip": use_gzip})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chapters(config_file: Path) -> list[str]:
    """The chapter pages of the navigation, as source paths (overview.md, ...)."""
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    section = next(item["Chapters"] for item in config["nav"] if isinstance(item, dict) and "Chapters" in item)
    return [next(iter(entry.values())) for entry in section]


def build(config_file: Path, site_dir: Path, python: str = sys.executable) -> None:
    """A strict build, in a fresh process run from the checkout (its own plugins and hooks)."""
    code = (
        "import sys; from mkdocs.commands.build import build; from mkdocs.config import load_config; "
        "build(load_config(sys.argv[1], site_dir=sys.argv[2], strict=True, site_url='https://example.invalid/'))"
    )
    env = {**os.environ, "PYTHONPATH": str(config_file.parent)}
    # From the checkout's directory: pymdownx.snippets reads its base paths relative to it.
    subprocess.run([python, "-c", code, str(config_file), str(site_dir)], check=True, env=env, cwd=config_file.parent)


@dataclass
class Chapter:
    page: str
    html_bytes: int
    gzip_bytes: int
    anchor_bytes: int
    performance: list[float] = field(default_factory=list)
    accessibility: list[float] = field(default_factory=list)
    elements: list[int] = field(default_factory=list)


def lighthouse(url: str, out: Path) -> dict[str, Any]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--only-categories=performance,accessibility",
        "--output=json",
        f"--output-path={out}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    subprocess.run(command, check=True, env=env, timeout=300)
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def weigh(config_file: Path, site: Path, only: list[str]) -> list[Chapter]:
    """The chapters of a built site, with the bytes of their HTML."""
    weighed = []
    for page in chapters(config_file):
        if only and page.removesuffix(".md") not in only:
            continue
        html = (site / page.removesuffix(".md") / "index.html").read_bytes()
        anchors = sum(len(match) for match in LINE_ANCHOR.findall(html.decode("utf-8")))
        weighed.append(Chapter(page, len(html), len(gzip.compress(html, compresslevel=6)), anchors))
    return weighed


def measure(sources: list[tuple[Path, str]], runs: int, use_gzip: bool, only: list[str]) -> list[list[Chapter]]:
    """Every chapter of every checkout, `runs` times. The checkouts take turns page by page, so that
    a busy spell of the machine weighs on each of them alike."""
    with tempfile.TemporaryDirectory() as work, ExitStack() as servers:
        measured, bases = [], []
        for index, (source, python) in enumerate(sources):
            site = Path(work) / f"site-{index}"
            build(source / "mkdocs.yml", site, python)
            measured.append(weigh(source / "mkdocs.yml", site, only))
            bases.append(servers.enter_context(serving(site, use_gzip)))
        for run in range(runs):
            for position in range(max(len(chapters) for chapters in measured)):
                for index, base in enumerate(bases):
                    if position >= len(measured[index]):
                        continue
                    chapter = measured[index][position]
                    report = lighthouse(base + chapter.page.removesuffix(".md") + "/", Path(work) / "report.json")
                    chapter.performance.append(report["categories"]["performance"]["score"] * 100)
                    chapter.accessibility.append(report["categories"]["accessibility"]["score"] * 100)
                    chapter.elements.append(int(report["audits"]["dom-size"]["numericValue"]))
                    print(
                        f"  run {run + 1}/{runs} {sources[index][0].name or sources[index][0]} {chapter.page}: "
                        f"performance {chapter.performance[-1]:.0f}",
                        file=sys.stderr,
                    )
    return measured


def print_table(measured: list[Chapter], runs: int, use_gzip: bool) -> None:
    served = "gzip" if use_gzip else "no compression"
    print(f"Lighthouse {lighthouse_version()} (mobile, simulated throttling), served with {served}, {runs} run(s)")
    print("| chapter | performance (median, range) | accessibility | elements | HTML bytes | gzipped | line anchors |")
    print("|---|---|---|---|---|---|---|")
    for chapter in measured:
        low, high = min(chapter.performance), max(chapter.performance)
        spread = f" ({low:.0f}-{high:.0f})" if runs > 1 else ""
        print(
            f"| {chapter.page.removesuffix('.md')} | {statistics.median(chapter.performance):.0f}{spread}"
            f" | {statistics.median(chapter.accessibility):.0f} | {statistics.median(chapter.elements):,.0f}"
            f" | {chapter.html_bytes:,} | {chapter.gzip_bytes:,} | {100 * chapter.anchor_bytes / chapter.html_bytes:.0f} % |"
        )
    performance = [statistics.median(chapter.performance) for chapter in measured]
    print(f"performance: lowest {min(performance):.0f}, highest {max(performance):.0f}")


def lighthouse_version() -> str:
    package = ROOT / "node_modules" / "lighthouse" / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (default 3)")
    parser.add_argument("--no-gzip", action="store_true", help="serve without compression")
    parser.add_argument(
        "--source",
        action="append",
        help="a checkout to build (default: this one), as PATH or PATH=PYTHON (the Python whose packages "
        "build it: an old checkout may need its own); give it twice to compare two, measured in turns",
    )
    parser.add_argument("pages", nargs="*", help="only these chapters (overview, gc, ...)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("benchmarks/lighthouse.py needs Lighthouse: run `npm ci` at the repository root")
    if shutil.which(os.environ.get("CHROME_PATH", "/usr/bin/chromium")) is None:
        sys.exit("benchmarks/lighthouse.py needs Chromium (CHROME_PATH, default /usr/bin/chromium)")
    sources = [
        (Path(path).resolve(), python or sys.executable)
        for path, _, python in (source.partition("=") for source in args.source or [str(ROOT)])
    ]
    for (source, _), measured in zip(sources, measure(sources, args.runs, not args.no_gzip, args.pages), strict=True):
        print(f"\n{source}")
        print_table(measured, args.runs, not args.no_gzip)


if __name__ == "__main__":
    main()
