"""The real site as a reader meets it in Chromium: snippet output tabs that open on the newest CPython
and keep the version the reader picks (across tab sets, instant navigation, reloads and visits), and
diagrams that open full size on a phone and follow the dark palette."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page

from support import ROOT, build_site, serving

from .quizpage import follow_link

pytestmark = pytest.mark.browser

CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
CHAPTERS = [
    next(iter(entry.values())).removesuffix(".md") + "/"
    for entry in next(item["Chapters"] for item in CONFIG["nav"] if isinstance(item, dict) and "Chapters" in item)
]
PHONE: dict[str, Any] = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
# "3.12", "3.12 and 3.13", "3.13 and 3.14 (wasm32)": a build for another platform says which
VERSION = r"\d+\.\d+t?(?: \([a-z0-9]+\))?"
VERSION_LABEL = re.compile(rf"{VERSION}(?:(?:, | and ){VERSION})*")


@pytest.fixture
def site_url(real_site_url: str) -> str:
    return real_site_url


@pytest.fixture
def context(real_site_context: BrowserContext) -> BrowserContext:
    return real_site_context


# Snippet output tabs -------------------------------------------------------------------------------

READ_TAB_SETS = """() => [...document.querySelectorAll('.tabbed-set')].map((set) => {
  const inputs = [...set.querySelectorAll(':scope > input')];
  const label = (input) => set.querySelector(`label[for="${input.id}"]`).textContent.trim();
  return { labels: inputs.map(label), checked: inputs.findIndex((input) => input.checked),
           shown: [...set.querySelectorAll(':scope > .tabbed-content > .tabbed-block')]
             .findIndex((block) => getComputedStyle(block).display !== 'none') };
})"""


def versions(label: str) -> list[tuple[int, int, bool]]:
    """The native versions a label lists (a build for another platform, "3.14 (wasm32)", comes after them all)."""
    native = re.sub(r"\d+\.\d+t? \([a-z0-9]+\)", "", label)
    return [(int(major), int(minor), bool(free)) for major, minor, free in re.findall(r"(\d+)\.(\d+)(t?)", native)]


def version_ids(label: str) -> set[str]:
    """The versions a label lists, as the tab script keeps them: "3.14 (wasm32)" is 3.14-wasm32."""
    return {re.sub(r" \(([a-z0-9]+)\)$", r"-\1", name) for name in re.split(r", | and ", label)}


def version_sets(page: Page) -> list[dict[str, Any]]:
    """The tab sets whose labels list CPython versions, with the tab that is checked and shown."""
    sets = page.evaluate(READ_TAB_SETS)
    return [found for found in sets if all(VERSION_LABEL.fullmatch(label) for label in found["labels"])]


def expected_tab(labels: list[str], picked: list[str]) -> int:
    """The tab sharing the most versions with the reader's picks; the first (newest) on a tie or none."""
    shared = [len(version_ids(label) & set(picked)) for label in labels]
    return shared.index(max(shared)) if max(shared) else 0


def picked(page: Page) -> list[str]:
    return page.evaluate(
        "() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('cpython-version:'))) || '[]')"
    )


def assert_tabs_follow(page: Page, versions_picked: list[str]) -> None:
    sets = version_sets(page)
    assert sets, page.url
    for found in sets:
        want = expected_tab(found["labels"], versions_picked)
        assert (found["checked"], found["shown"]) == (want, want), f"{page.url}: {found['labels']}"


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_every_snippet_output_tab_set_opens_on_the_newest_version(
    browser: Browser, site_url: str, javascript: bool
) -> None:
    context = browser.new_context(base_url=site_url, java_script_enabled=javascript)
    try:
        page = context.new_page()
        seen = 0
        for path in CHAPTERS:
            page.goto(path)
            for found in version_sets(page):
                # the newest native version (a build for another platform comes after them all)
                newest = max(version[:2] for label in found["labels"] for version in versions(label))
                assert newest in [version[:2] for version in versions(found["labels"][0])], found["labels"]
                assert found["checked"] == 0, f"{path}: {found['labels']}"
                assert found["shown"] == 0, f"{path}: {found['labels']}"
                seen += 1
        assert seen >= 30
    finally:
        context.close()


def test_a_picked_version_stays_picked_across_tab_sets_pages_reloads_and_visits(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto("containers/")
    assert_tabs_follow(page, [])

    # A pick: every version tab set of the page follows, and the pick is kept.
    page.locator(".tabbed-set").filter(has=page.locator("label", has_text=re.compile(r"^3\.10$"))).first.locator(
        "label", has_text=re.compile(r"^3\.10$")
    ).click()
    assert picked(page) == ["3.10"]
    assert_tabs_follow(page, ["3.10"])

    # Instant navigation to another chapter: its tab sets open on 3.10 too.
    page.evaluate("window.sameDocument = true")
    follow_link(
        page,
        page.locator(".md-nav--primary").get_by_role("link", name="Caches that look like leaks", exact=True),
        "caches/",
    )
    page.wait_for_function("document.querySelector('.tabbed-labels--linked')")
    assert page.evaluate("window.sameDocument === true"), "no instant navigation"
    assert_tabs_follow(page, ["3.10"])

    page.reload()
    assert_tabs_follow(page, ["3.10"])
    visit = context.new_page()  # a later visit: another tab, the same storage
    visit.goto("gc/")
    assert_tabs_follow(visit, ["3.10"])

    # A pick that shares nothing with the last starts afresh; one that shares some narrows it down.
    newer = re.compile(r"^3\.12, 3\.13 and 3\.14 \(wasm32\)$")  # a build for another platform is in the pick too
    first = visit.locator(".tabbed-set").filter(has=visit.locator("label", has_text=newer))
    first.first.locator("label", has_text=newer).click()
    assert picked(visit) == ["3.12", "3.13", "3.14-wasm32"]
    assert_tabs_follow(visit, ["3.12", "3.13", "3.14-wasm32"])
    older = visit.locator("label", has_text=re.compile(r"^3\.10, 3\.11 and 3\.12$")).first
    older.click()
    assert picked(visit) == ["3.12"]
    assert_tabs_follow(visit, ["3.12"])


def test_a_picked_version_is_kept_under_a_strict_content_security_policy(browser: Browser, tmp_path: Path) -> None:
    # Material's own inline scripts (its __md_get/__md_set, its restore of linked tabs) are refused
    # under this policy; the site's script does the whole job from its file.
    out = build_site(ROOT / "mkdocs.yml", tmp_path / "site", site_url="https://example.invalid/")
    with serving(out, {"Content-Security-Policy": "script-src 'self'; object-src 'none'"}) as url:
        context = browser.new_context(base_url=url)
        try:
            page = context.new_page()
            page.goto("gc/")
            page.locator("label", has_text=re.compile(r"^3\.10 and 3\.11$")).first.click()
            assert_tabs_follow(page, ["3.10", "3.11"])
            page.goto("pymalloc-in-practice/")
            assert_tabs_follow(page, ["3.10", "3.11"])
        finally:
            context.close()


def test_the_tab_script_starts_on_the_newest_version_when_storage_is_unavailable(context: BrowserContext) -> None:
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('no'); } })"
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("containers/")
    assert_tabs_follow(page, [])
    page.locator("label", has_text=re.compile(r"^3\.10$")).first.click()
    assert_tabs_follow(page, ["3.10"])  # within the page, the pick still holds
    assert [error for error in errors if "cpython-version" in error] == []


# Diagrams ------------------------------------------------------------------------------------------


def png_mean_luminance(png: bytes) -> float:
    """The mean relative luminance of an 8-bit RGB or RGBA PNG (as Chromium writes screenshots)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, width, height, channels = 8, b"", 0, 0, 0
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind, body = png[position + 4 : position + 8], png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        position += 12 + length
    raw, stride = zlib.decompress(data), width * channels
    previous, total = bytearray(stride), 0.0
    linear = [((value / 255 + 0.055) / 1.055) ** 2.4 if value > 10 else value / 255 / 12.92 for value in range(256)]
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for index in range(stride):
            left = line[index - channels] if index >= channels else 0
            up, corner = previous[index], previous[index - channels] if index >= channels else 0
            if kind == 1:
                line[index] = (line[index] + left) & 255
            elif kind == 2:
                line[index] = (line[index] + up) & 255
            elif kind == 3:
                line[index] = (line[index] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                near = min(
                    (abs(estimate - left), 0, left), (abs(estimate - up), 1, up), (abs(estimate - corner), 2, corner)
                )
                line[index] = (line[index] + near[2]) & 255
        for pixel in range(0, stride, channels):
            red, green, blue = line[pixel], line[pixel + 1], line[pixel + 2]
            total += 0.2126 * linear[red] + 0.7152 * linear[green] + 0.0722 * linear[blue]
        previous = line
    return total / (width * height)


def diagram_links(page: Page) -> list[dict[str, Any]]:
    # Absolute addresses: Material's instant navigation may have made the attributes absolute.
    return page.evaluate(
        """() => [...document.querySelectorAll('article img[src*="img/"][src$=".svg"]')].map((img) => ({
          src: img.src, link: img.closest('a.diagram-link')?.href ?? null,
          alt: img.alt, shown: img.getBoundingClientRect().width, natural: img.naturalWidth,
        }))"""
    )


SMALLEST_TEXT = """() => {
  const sizes = [...document.querySelectorAll('text')]
    .filter((text) => text.textContent.trim())
    // the matrix's scale, rotated text (an axis label) included
    .map((text) => { const m = text.getScreenCTM(); return Math.hypot(m.a, m.b) * parseFloat(getComputedStyle(text).fontSize); });
  return Math.min(...sizes) / (document.documentElement.getBoundingClientRect().width
    / document.documentElement.viewBox.baseVal.width);
}"""


def test_every_diagram_opens_full_size_on_a_phone_with_text_of_9_px_or_more(browser: Browser, site_url: str) -> None:
    desktop = browser.new_context(base_url=site_url)
    phone = browser.new_context(base_url=site_url, **PHONE)
    try:
        svg_page = desktop.new_page()
        page = phone.new_page()
        opened = 0
        for path in CHAPTERS:
            page.goto(path)
            diagrams = diagram_links(page)
            assert diagrams, f"{path} shows no diagram"
            for index, diagram in enumerate(diagrams):
                assert diagram["link"], f"{path}: {diagram['src']} is not a link"
                # On the page, at 390 px, the diagram is scaled down: its text would be too small.
                assert diagram["shown"] < diagram["natural"]
                # The text of the drawing at its own size, in CSS px per unit of its viewBox.
                svg_page.goto(diagram["src"])
                svg_page.wait_for_load_state()
                assert svg_page.evaluate("document.documentElement.tagName") == "svg", svg_page.url
                smallest = svg_page.evaluate(SMALLEST_TEXT)
                link = page.locator("a.diagram-link").nth(index)
                link.scroll_into_view_if_needed()
                link.tap()
                page.wait_for_url("**/diagrams/**")
                page.wait_for_load_state()
                viewer = page.evaluate(
                    """() => { const img = document.querySelector('main img');
                      return { scale: visualViewport.scale, width: img.getBoundingClientRect().width,
                               natural: img.naturalWidth, inner: visualViewport.width, scroll: document.scrollingElement.scrollWidth,
                               alt: img.alt, viewport: document.querySelector('meta[name=viewport]').content,
                               back: document.querySelector('main a').getAttribute('href') }; }"""
                )
                assert viewer["scale"] == 1 and viewer["inner"] == 390
                assert viewer["width"] == viewer["natural"] == diagram["natural"], "shown at its own size"
                assert viewer["scroll"] > viewer["inner"], "the reader scrolls across it"
                assert "user-scalable" not in viewer["viewport"] and "maximum-scale" not in viewer["viewport"]
                assert smallest * viewer["width"] / viewer["natural"] >= 9, f"{diagram['src']}: {smallest:.1f} px"
                assert len(viewer["alt"].split()) >= 5, "the full-size view keeps a text alternative"
                page.go_back()
                page.wait_for_url(f"**/{path}")
                opened += 1
        assert opened >= len(CHAPTERS)
    finally:
        desktop.close()
        phone.close()


def diagram_luminances(page: Page) -> list[tuple[str, float]]:
    found = []
    for index in range(page.locator("a.diagram-link img").count()):
        image = page.locator("a.diagram-link img").nth(index)
        image.scroll_into_view_if_needed()
        image.evaluate("(img) => img.decode()")
        found.append((image.get_attribute("src") or "", png_mean_luminance(image.screenshot(animations="disabled"))))
    return found


def test_every_diagram_follows_the_palette_the_reader_picks(context: BrowserContext) -> None:
    page = context.new_page()
    for path in CHAPTERS:
        page.goto(path)
        for source, luminance in diagram_luminances(page):
            assert luminance > 0.6, f"{path}: {source} in the light palette: {luminance:.2f}"
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        page.wait_for_timeout(300)  # Material fades the page's colours; the images redraw at once
        for source, luminance in diagram_luminances(page):
            assert luminance < 0.1, f"{path}: {source} in the dark palette: {luminance:.2f}"


def test_the_full_size_diagram_follows_the_palette_the_reader_picked_on_the_site(
    browser: Browser, site_url: str
) -> None:
    for system, stored, dark in [
        ("light", None, False),
        ("dark", None, True),
        ("light", "slate", True),
        ("dark", "default", False),
    ]:
        context = browser.new_context(base_url=site_url, color_scheme=system)
        try:
            page = context.new_page()
            page.goto("gc/")
            if stored:  # what Material's palette switch stores
                page.evaluate(
                    "(scheme) => __md_set('__palette', { index: 0, color: { scheme, primary: 'indigo', accent: 'indigo' } })",
                    stored,
                )
            page.locator("a.diagram-link").first.click()
            page.wait_for_url("**/diagrams/**")
            (source, luminance), *_ = diagram_luminances_on_viewer(page)
            assert (luminance < 0.1) if dark else (luminance > 0.6), f"{system}, {stored}: {source} {luminance:.2f}"
        finally:
            context.close()


def diagram_luminances_on_viewer(page: Page) -> list[tuple[str, float]]:
    image = page.locator("main img")
    image.evaluate("(img) => img.decode()")
    return [(image.get_attribute("src") or "", png_mean_luminance(image.screenshot()))]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_full_size_diagram_pages_pass_axe(browser: Browser, site_url: str, scheme: str) -> None:
    context = browser.new_context(base_url=site_url, color_scheme=scheme, **PHONE)
    try:
        page = context.new_page()
        page.goto("refcount/")
        for href in sorted({diagram["link"] for diagram in diagram_links(page)}):
            page.goto(href)
            violations = Axe().run(page).response["violations"]
            assert violations == [], f"{href}: {[violation['id'] for violation in violations]}"
    finally:
        context.close()
