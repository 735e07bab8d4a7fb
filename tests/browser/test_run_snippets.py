"""The Run button (the plugin's `run_snippets`, on for this site), in Chromium: a snippet runs in the
reader's browser on the Pyodide the recordings were made with, served by the site itself; nothing of it
is fetched before the first press; Stop ends a runaway loop; every run starts from a fresh interpreter;
a Content-Security-Policy that forbids WebAssembly gets a sentence, not a broken page."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from support import ROOT, build_site, serving

from .quizpage import CHECK, button, follow_link

pytestmark = pytest.mark.browser

SNIPPET = "gc/cycle_needs_collector.py"  # runs on the WebAssembly build, prints the same every time
PYODIDE_VERSION = (
    json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text(encoding="utf-8"))["version"]
    if (ROOT / "node_modules" / "pyodide" / "package.json").is_file()
    else "?"
)
FINISHED = re.compile(r"^Finished in [\d.]+ s\.$")
RUN_TIMEOUT = 120_000  # the first run fetches and compiles about 13 MB: slow on a loaded machine


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("run-site"), site_url="https://example.invalid/")


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    with serving(built_site) as url:
        yield url


@pytest.fixture
def context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context
    context.close()


def box_of(page: Page, snippet: str = SNIPPET) -> Locator:
    return page.locator(f'.snippet-run[data-snippet="{snippet}"]')


def run_workers(page: Page) -> list[str]:
    """The page's run workers (Material's search has a worker of its own)."""
    return [worker.url for worker in page.workers if "/run-worker." in worker.url]


def status(box: Locator) -> Locator:
    return box.locator(".snippet-run__status")


def run_and_wait(box: Locator) -> None:
    box.get_by_role("button", name="Run").click()
    expect(status(box)).to_have_text(re.compile(r"Finished|Ended|Stopped|could not"), timeout=RUN_TIMEOUT)


def edit(box: Locator, code: str) -> None:
    box.get_by_role("button", name="Edit code").click()
    field = box.get_by_label(re.compile("The code to run"))
    expect(field).not_to_have_value("")  # the snippet's source, fetched on the first press
    field.fill(code)


def test_a_page_load_fetches_nothing_of_pyodide_and_starts_no_worker(context: BrowserContext) -> None:
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("gc/", wait_until="networkidle")
    expect(box_of(page).get_by_role("button", name="Run")).to_be_visible()
    assert [url for url in requested if "/assets/pyodide/" in url or "/assets/snippets/" in url] == []
    assert run_workers(page) == []


def test_run_prints_what_the_tests_recorded_on_the_same_pyodide_fetching_only_from_the_site(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page.goto("gc/")
    box = box_of(page)
    run_and_wait(box)
    expect(status(box)).to_have_text(FINISHED)
    recorded = (ROOT / "snippets" / SNIPPET.replace(".py", ".3.14-wasm32.out")).read_text(encoding="utf-8")
    assert box.locator(".snippet-run__output").text_content() == recorded
    expect(box.locator(".snippet-run__heading")).to_have_text(
        f"Your run, on CPython 3.14.2, WebAssembly (32-bit), via Pyodide {PYODIDE_VERSION}:"
    )
    fetched = [url for url in requested if not url.startswith("data:")]
    assert all(url.startswith(site_url) for url in fetched), [url for url in fetched if not url.startswith(site_url)]
    assert any(url.endswith(f"/assets/pyodide/{PYODIDE_VERSION}/pyodide.asm.wasm") for url in fetched)


def test_stop_ends_a_runaway_loop_and_the_page_keeps_answering(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto("gc/")
    box = box_of(page)
    edit(box, "n = 0\nwhile True:\n    n += 1\n")
    box.get_by_role("button", name="Run").click()
    expect(status(box)).to_have_text("Running…", timeout=RUN_TIMEOUT)
    # The loop spins in the worker: the page's own thread still answers at once, twice over.
    for _ in range(2):
        page.wait_for_timeout(300)
        started = time.perf_counter()
        page.evaluate("() => document.title")
        assert time.perf_counter() - started < 1
    (running,) = [worker for worker in page.workers if "/run-worker." in worker.url]
    closed: list[bool] = []
    running.on("close", lambda _: closed.append(True))
    box.get_by_role("button", name="Stop").click()
    expect(status(box)).to_have_text(re.compile(r"^Stopped after [\d.]+ s\.$"))
    expect(box.get_by_role("button", name="Stop")).to_have_attribute("aria-disabled", "true")
    expect(box.get_by_role("button", name="Run")).not_to_have_attribute("aria-disabled", "true")
    for _ in range(50):  # Playwright hears of a terminated worker a moment later
        if closed:
            break
        page.wait_for_timeout(100)
    assert closed == [True]  # terminated, not left spinning
    assert len(run_workers(page)) <= 1  # at most the spare: a fresh interpreter for the next press


def test_a_runaway_printer_is_cut_and_stops(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto("gc/")
    box = box_of(page)
    edit(box, "while True:\n    print('again')\n")
    box.get_by_role("button", name="Run").click()
    expect(box.locator(".snippet-run__output")).to_contain_text("[Output cut after", timeout=RUN_TIMEOUT)
    box.get_by_role("button", name="Stop").click()
    expect(status(box)).to_have_text(re.compile("^Stopped after"))
    assert len(box.locator(".snippet-run__output").text_content() or "") < 210_000


def test_every_run_starts_from_a_fresh_interpreter(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto("gc/")
    box = box_of(page)
    edit(box, "import gc, sys\nprint(hasattr(sys, 'left_behind'), gc.isenabled())\nsys.left_behind = 1\ngc.disable()\n")
    for _ in range(2):
        run_and_wait(box)
        expect(status(box)).to_have_text(FINISHED)
        expect(box.locator(".snippet-run__output")).to_have_text("False True\n")


def test_an_error_shows_its_traceback_and_exit_status_and_restore_brings_the_snippet_back(
    context: BrowserContext,
) -> None:
    page = context.new_page()
    page.goto("gc/")
    box = box_of(page)
    edit(box, "print('before')\n1 / 0\n")
    run_and_wait(box)
    expect(status(box)).to_have_text(re.compile(r"^Ended with exit status 1 after [\d.]+ s\.$"))
    expect(box.locator(".snippet-run__output")).to_contain_text("before")
    expect(box.locator(".snippet-run__stderr")).to_contain_text("ZeroDivisionError: division by zero")
    box.get_by_role("button", name="Restore the original code").click()
    source = (ROOT / "snippets" / SNIPPET).read_text(encoding="utf-8")
    expect(box.get_by_label(re.compile("The code to run"))).to_have_value(source)


def test_by_keyboard_a_double_enter_runs_once_and_stops_nothing(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto("gc/")
    box = box_of(page)
    run = box.get_by_role("button", name="Run")
    run.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    expect(status(box)).to_have_text(FINISHED, timeout=RUN_TIMEOUT)
    expect(run).to_be_focused()
    recorded = (ROOT / "snippets" / SNIPPET.replace(".py", ".3.14-wasm32.out")).read_text(encoding="utf-8")
    assert box.locator(".snippet-run__output").text_content() == recorded  # once, not twice


def test_the_run_controls_and_a_run_pass_axe_in_both_palettes(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto("gc/")
    box = box_of(page)
    edit(box, "import sys\nprint('out')\nprint('err', file=sys.stderr)\n")
    run_and_wait(box)
    box.scroll_into_view_if_needed()
    for palette in ("default", "slate"):
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{palette}')")
        page.wait_for_timeout(1000)  # Material fades colours from one palette to the other
        violations = Axe().run(page, context={"include": [".snippet-run"]}).response["violations"]
        assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == [], palette


def test_without_javascript_and_in_print_there_is_no_run_button(browser: Browser, site_url: str) -> None:
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("gc/")
        assert box_of(page).count() == 1
        expect(box_of(page)).to_be_hidden()
    finally:
        context.close()
    context = browser.new_context(base_url=site_url)
    try:
        page = context.new_page()
        page.goto("gc/")
        expect(box_of(page).get_by_role("button", name="Run")).to_be_visible()
        page.emulate_media(media="print")
        expect(box_of(page)).to_be_hidden()
    finally:
        context.close()


def test_a_policy_without_wasm_unsafe_eval_gets_a_sentence_and_the_page_keeps_working(
    browser: Browser, built_site: Path
) -> None:
    with serving(built_site, {"Content-Security-Policy": "script-src 'self'; object-src 'none'"}) as url:
        context = browser.new_context(base_url=url)
        try:
            page = context.new_page()
            requested: list[str] = []
            context.on("request", lambda request: requested.append(request.url))
            page.goto("gc/")
            box = box_of(page)
            box.get_by_role("button", name="Run").click()
            expect(status(box)).to_have_text(re.compile(r"Content-Security-Policy does not allow WebAssembly"))
            expect(box.get_by_role("button", name="Run")).to_have_attribute("aria-disabled", "true")
            assert [url for url in requested if "/assets/pyodide/" in url] == []
            quiz = page.locator(".quiz").first  # the rest of the page works as before
            quiz.locator("fieldset input").first.check()
            button(quiz, CHECK).click()
            expect(quiz.locator(".quiz-status")).not_to_be_empty()
        finally:
            context.close()


def test_a_policy_with_wasm_unsafe_eval_runs(browser: Browser, built_site: Path) -> None:
    policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'"
    with serving(built_site, {"Content-Security-Policy": policy}) as url:
        context = browser.new_context(base_url=url)
        try:
            page = context.new_page()
            page.goto("gc/")
            box = box_of(page)
            run_and_wait(box)
            expect(status(box)).to_have_text(FINISHED)
        finally:
            context.close()


def test_after_instant_navigation_the_new_pages_run_buttons_work(browser: Browser, real_site_url: str) -> None:
    # Overview has no Run button, so the run script first arrives with the page instant navigation
    # brings; then a second page of them, in the same document.
    context = browser.new_context(base_url=real_site_url, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto("overview/")
        page.evaluate("window.sameDocument = true")
        for title, path in (("Garbage collection", "gc/"), ("Objects and containers", "containers/")):
            follow_link(page, page.locator(".md-nav").get_by_role("link", name=title, exact=True).first, path)
            box = page.locator(".snippet-run[data-snippet]").first
            run_and_wait(box)
            expect(status(box)).to_have_text(FINISHED)
            recorded = ROOT / "snippets" / str(box.get_attribute("data-snippet")).replace(".py", ".3.14-wasm32.out")
            assert box.locator(".snippet-run__output").text_content() == recorded.read_text(encoding="utf-8")
        assert page.evaluate("window.sameDocument === true"), "a new document: no instant navigation"
    finally:
        context.close()
