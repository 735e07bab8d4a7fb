"""Browser figures: set-up time of the quiz script on a page of 200 questions, and check -> feedback.

Runs Debian's Chromium (headless) through Playwright against a built site served on localhost.

- Set-up: two one-line scripts that each record a `performance.mark()` are placed right before and
  right after the quiz script's `<script defer>` tag, so the three run back to back in document order.
  Set-up time = end mark - (start mark, or the end of the quiz script's download if that came later):
  compiling and running quiz.js, which sets up every question of the page. A fresh browser context
  per load, so nothing is cached.
- Check -> feedback: a real mouse click on "Check" (after choosing or typing an answer). Measured in
  the page from the start of the click's dispatch to the end of a style and layout pass forced right
  after the script's handler: the feedback is in the DOM and laid out, as the next frame will paint it
  (the wait for that frame is the display's, not the script's).
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

from generate import SiteShape, write_site

# The tests' own helpers: the same Chromium flags and the same quiet local server.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support import CHROMIUM_ARGS, find_chromium, serving  # noqa: E402

QUESTIONS = 200
LOADS = 15
CHECKED = 40  # questions clicked per page, spread over the page and the four kinds

MARK_START = "performance.mark('quiz-start');\n"
MARK_END = "performance.mark('quiz-end');\n"

SETUP_FIGURES = """() => {
  const [start] = performance.getEntriesByName('quiz-start');
  const [end] = performance.getEntriesByName('quiz-end');
  const script = performance.getEntriesByType('resource').find((entry) => /\\/assets\\/quiz\\/.*\\.js$/.test(entry.name));
  return {
    start: start.startTime, end: end.startTime, downloaded: script.responseEnd,
    ready: document.querySelectorAll('.quiz[data-quiz-ready]').length,
  };
}"""

WATCH_CLICKS = """() => {
  const isCheck = (event) => event.target instanceof Element && event.target.closest('.quiz-check');
  window.addEventListener('click', (event) => {
    if (isCheck(event)) window.benchmarkClick = { started: performance.now() };
  }, true);
  window.addEventListener('click', (event) => {
    if (!isCheck(event)) return;
    const figures = window.benchmarkClick;
    void document.body.offsetHeight;  // style and layout now, as the next frame would
    figures.laidOut = performance.now();
  });
}"""

CLICK_FIGURES = """(index) => {
  const quiz = document.querySelectorAll('.quiz')[index];
  const figures = window.benchmarkClick;
  return {
    laidOut: figures.laidOut - figures.started,
    state: quiz.dataset.quizState || '',
    status: quiz.querySelector('.quiz-status').textContent,
    open: quiz.querySelector('.quiz-answer').open,
  };
}"""


def build_page(work: Path) -> Path:
    """A built site whose page-000/ holds 200 questions, with the two timing marks around the script."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = write_site(work / "source", SiteShape(1, QUESTIONS), plain=False)
    site = work / "site"
    build(load_config(str(config), site_dir=str(site), strict=True))
    (site / "bench").mkdir(exist_ok=True)
    (site / "bench" / "start.js").write_text(MARK_START, encoding="utf-8")
    (site / "bench" / "end.js").write_text(MARK_END, encoding="utf-8")
    page = site / "page-000" / "index.html"
    html = page.read_text(encoding="utf-8")
    tag = re.search(r'<script src="\.\./assets/quiz/quiz\.[0-9a-f]+\.js" defer></script>', html)
    if tag is None:
        raise SystemExit("the quiz script tag was not found in the benchmark page")
    marked = (
        '<script src="../bench/start.js" defer></script>' + tag[0] + '<script src="../bench/end.js" defer></script>'
    )
    page.write_text(html.replace(tag[0], marked), encoding="utf-8")
    return site


def answer(page, index: int) -> None:  # type: ignore[no-untyped-def]
    quiz = page.locator(".quiz").nth(index)
    if quiz.get_attribute("data-quiz-type") == "short":
        quiz.locator(".quiz-field input").fill("512")
    else:
        quiz.locator("fieldset input").first.check()
    quiz.locator(".quiz-check").click()


def measure_browser(work: Path) -> None:
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        print("\nBrowser: skipped, no `chromium` on PATH (on Debian: apt-get install chromium)")
        return
    site = build_page(work)
    setups: list[float] = []
    laid_out: list[float] = []
    with serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        for _ in range(LOADS):
            context = browser.new_context()
            page = context.new_page()
            page.goto(base + "page-000/", wait_until="load")
            figures = page.evaluate(SETUP_FIGURES)
            if figures["ready"] != QUESTIONS:
                raise SystemExit(f"the script set up {figures['ready']} of {QUESTIONS} questions")
            setups.append(figures["end"] - max(figures["start"], figures["downloaded"]))
            context.close()

        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "page-000/", wait_until="load")
        page.evaluate(WATCH_CLICKS)
        for index in range(0, QUESTIONS, QUESTIONS // CHECKED):
            answer(page, index)
            page.wait_for_function("() => window.benchmarkClick && window.benchmarkClick.laidOut !== undefined")
            click = page.evaluate(CLICK_FIGURES, index)
            if not (click["state"] and click["status"] and click["open"]):
                raise SystemExit(f"question {index + 1} showed no feedback after Check: {click}")
            laid_out.append(click["laidOut"])
            page.evaluate("() => { window.benchmarkClick = undefined; }")
        context.close()
        version = browser.version
        browser.close()

    print(f"\nBrowser: Chromium {version}, headless, a page of {QUESTIONS} questions:")
    print(
        f"  quiz script set-up (compile + run, cold): median {statistics.median(setups):.1f} ms, "
        f"max {max(setups):.1f} ms over {LOADS} loads  (target: at most 20 ms)"
    )
    print(
        f"  Check -> feedback in the DOM, laid out:   median {statistics.median(laid_out):.1f} ms, "
        f"max {max(laid_out):.1f} ms over {len(laid_out)} questions"
    )
