"""The Run button: how long from a press to the first line of output, and how many bytes it fetches.

    .venv/bin/python benchmarks/run_button.py            # 5 rounds
    .venv/bin/python benchmarks/run_button.py --rounds 3

It builds this site (strictly, as published), serves it on 127.0.0.1 with a server that counts what it
sends, and drives Debian's Chromium (headless) through Playwright. Each round opens a fresh browser
context (an empty cache) on the gc chapter and presses Run under its first runnable snippet three times:

- the first press fetches and compiles Pyodide (CPython 3.14 compiled to WebAssembly), then runs;
- the second comes as soon as the first run ends: the spare interpreter the script starts after each
  run is still loading (from the browser's cache);
- the third comes 8 seconds after the second run ends, as a reader who read the output: the spare is
  ready, and the run starts at once.

The time is measured in the page, from the click to the moment the first output is in the page (a
MutationObserver). The bytes are what the server sent for the first press, as stored and as gzip
would send them (GitHub Pages and most hosts compress text; `pyodide.asm.wasm` compresses too).
Localhost has no network latency: on a real connection add the transfer time of those bytes.

Nothing here passes or fails: it prints what it measured on this machine.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import statistics
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from support import CHROMIUM_ARGS, build_site, find_chromium  # noqa: E402

PAGE = "gc/"
READING = 8  # seconds between a run's end and the next press, as a reader reads what it printed
FIRST_OUTPUT = """async () => {
  const box = document.querySelector('.snippet-run[data-snippet]');
  const code = box.querySelector('.snippet-run__output code');
  code.replaceChildren();
  const seen = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (code.textContent) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(code, { childList: true, characterData: true, subtree: true });
  });
  const start = performance.now();
  box.querySelector('.snippet-run__run').click();
  const end = await seen;
  await new Promise((resolve) => {
    const wait = () => (box.querySelector('.snippet-run__run').getAttribute('aria-disabled') ? setTimeout(wait, 20) : resolve());
    wait();
  });
  return end - start;
}"""


class Counter:
    """The paths served and their bytes, as stored and gzipped."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, int, int]] = []
        self.lock = threading.Lock()

    def take(self) -> list[tuple[str, int, int]]:
        with self.lock:
            sent, self.sent = self.sent, []
        return sent


@contextmanager
def counted_serving(directory: Path, counter: Counter) -> Iterator[str]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def send_head(self) -> Any:
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.is_file():
                data = path.read_bytes()
                with counter.lock:
                    counter.sent.append((self.path, len(data), len(gzip.compress(data, compresslevel=6))))
            return super().send_head()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="fresh browser contexts (default 5)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        sys.exit("benchmarks/run_button.py needs Chromium (Debian's `chromium`)")
    counter = Counter()
    first, at_once, later = [], [], []
    fetched: list[tuple[str, int, int]] = []
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        site = build_site(ROOT / "mkdocs.yml", Path(work) / "site", site_url="https://example.invalid/")
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        with counted_serving(site, counter) as url:
            for _ in range(args.rounds):
                context = browser.new_context(base_url=url)
                page = context.new_page()
                page.goto(PAGE, wait_until="networkidle")
                counter.take()
                first.append(page.evaluate(FIRST_OUTPUT))
                fetched = counter.take()
                at_once.append(page.evaluate(FIRST_OUTPUT))
                page.wait_for_timeout(READING * 1000)  # the reader reads the output; the spare loads
                later.append(page.evaluate(FIRST_OUTPUT))
                context.close()
        browser.close()
    print(
        f"Run button on {PAGE}, Chromium {browser.version}, {args.rounds} fresh contexts, load {os.getloadavg()[0]:.1f}"
    )
    print("| | median | range |")
    print("|---|---|---|")
    print(
        f"| first press to first output (fetch and compile Pyodide, run) | {statistics.median(first) / 1000:.2f} s | {min(first) / 1000:.2f}-{max(first) / 1000:.2f} s |"
    )
    for label, times in (
        ("a second press as soon as the first run ends (a fresh interpreter, from the cache)", at_once),
        (f"a press {READING} s after a run ended (the spare interpreter, loaded meanwhile)", later),
    ):
        print(
            f"| {label} | {statistics.median(times) / 1000:.2f} s | {min(times) / 1000:.2f}-{max(times) / 1000:.2f} s |"
        )
    stored = sum(size for _, size, _ in fetched)
    zipped = sum(size for _, _, size in fetched)
    print(
        f"| bytes the first press fetches | {stored / 1e6:.1f} MB as stored, {zipped / 1e6:.1f} MB gzipped | {len(fetched)} files |"
    )
    for path, size, packed in sorted(fetched, key=lambda item: -item[1]):
        print(f"    {path}: {size:,} bytes ({packed:,} gzipped)")


if __name__ == "__main__":
    main()
