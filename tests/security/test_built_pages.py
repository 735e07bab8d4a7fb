"""Every built page of the real site: what the plugin adds runs under a strict CSP and loads nothing
from another origin.

- No inline event handler and no `javascript:` URL anywhere on the site.
- The inline scripts of each page are exactly those the theme writes without the plugin: the plugin
  adds none.
- Nothing a page loads (scripts, stylesheets, icons, images, frames, media, CSS `url()`/`@import`)
  comes from another origin. (What scripts fetch later is checked in the browser: test_csp.py.)
- Interface strings from the configuration are text: they never become markup in a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown

from quiz_plugin import QuizExtension

# Attributes through which an element loads something, by tag (links only for loading relations).
LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
}
LOADING_LINK_RELATIONS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "icon",
    "apple-touch-icon",
    "manifest",
    "mask-icon",
}
FOREIGN_URL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)


@dataclass
class PageScan:
    inline_scripts: list[str] = field(default_factory=list)
    handlers: list[str] = field(default_factory=list)
    javascript_urls: list[str] = field(default_factory=list)
    foreign_loads: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self._script: list[str] | None = None
        self._style: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.scan.handlers.append(f"<{tag} {name}={value!r}>")
            if re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith("javascript:"):
                self.scan.javascript_urls.append(f"<{tag} {name}={value!r}>")
            if name == "style":
                self._check_css(value, f"<{tag} style>")
        loading = LOADING_ATTRIBUTES.get(tag, ())
        if tag == "link" and set(values.get("rel", "").lower().split()) & LOADING_LINK_RELATIONS:
            loading = ("href",)
        for name in loading:
            for url in values.get(name, "").split(","):  # srcset lists several
                if FOREIGN_URL.match(url):
                    self.scan.foreign_loads.append(f"<{tag} {name}={url.strip()!r}>")
        if tag == "script" and "src" not in values:
            self._script = []
        if tag == "style":
            self._style = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        if self._style is not None:
            self._style.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scan.inline_scripts.append("".join(self._script))
            self._script = None
        if tag == "style" and self._style is not None:
            self._check_css("".join(self._style), "<style>")
            self._style = None

    def _check_css(self, css: str, where: str) -> None:
        for match in CSS_URL.finditer(css):
            url = match[1] or match[2]
            if FOREIGN_URL.match(url):
                self.scan.foreign_loads.append(f"{where} {url!r}")


def scan(html: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.scan


def pages_of(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))
    }


def test_the_site_has_pages_with_questions_to_scan(site: Path) -> None:
    assert sum('<div class="quiz" ' in html for html in pages_of(site).values()) >= 1


def test_no_page_has_an_inline_event_handler_or_a_javascript_url(site: Path) -> None:
    found = {name: scan(html).handlers + scan(html).javascript_urls for name, html in pages_of(site).items()}
    assert {name: problems for name, problems in found.items() if problems} == {}


def theme_scripts(theme_only: dict[str, str], name: str) -> list[str]:
    """The inline scripts the theme alone writes on a page. A page the plugin generates is compared with
    a page the theme rendered at the same depth: the theme writes the same scripts there, but for the
    base URL. The site has no such page as deep as a chapter's list of questions (questions/gc/; the
    diagrams' full-size views are that deep, but are not the theme's): for those, the scripts of a page
    one level up, with their base URL (``..``) one level deeper."""
    if name in theme_only:
        return scan(theme_only[name]).inline_scripts
    depth = name.count("/")
    rendered = sorted(other for other, html in theme_only.items() if '<meta name="generator"' in html)
    same_depth = next((other for other in rendered if other.count("/") == depth), None)
    if same_depth is not None:
        return scan(theme_only[same_depth]).inline_scripts
    above = next(other for other in rendered if other.count("/") == depth - 1)
    deeper = re.compile(r'(?<=")\.\.(?=["/])')
    return [deeper.sub("../..", script) for script in scan(theme_only[above]).inline_scripts]


def test_the_plugin_adds_no_inline_script_to_any_page(site: Path, site_without_quiz_plugin: Path) -> None:
    with_plugin = pages_of(site)
    theme_only = pages_of(site_without_quiz_plugin)
    generated = sorted(set(with_plugin) - set(theme_only))  # by the plugin
    chapter_lists = [name for name in generated if re.fullmatch(r"questions/[a-z0-9-]+/index\.html", name)]
    assert sorted(set(generated) - set(chapter_lists)) == ["progress/index.html", "questions/index.html"]
    assert len(chapter_lists) > 10  # the list of each chapter's questions
    added = {
        name: [script[:80] for script in scan(html).inline_scripts if script not in theme_scripts(theme_only, name)]
        for name, html in with_plugin.items()
    }
    assert {name: scripts for name, scripts in added.items() if scripts} == {}


def test_nothing_on_any_page_loads_from_another_origin(site: Path) -> None:
    found = {name: scan(html).foreign_loads for name, html in pages_of(site).items()}
    assert {name: loads for name, loads in found.items() if loads} == {}


def test_no_stylesheet_of_the_site_imports_or_loads_from_another_origin(site: Path) -> None:
    found = {}
    for path in sorted(site.rglob("*.css")):
        urls = [match[1] or match[2] for match in CSS_URL.finditer(path.read_text(encoding="utf-8"))]
        foreign = [url for url in urls if FOREIGN_URL.match(url)]
        if foreign:
            found[path.relative_to(site).as_posix()] = foreign
    assert found == {}


def test_the_scanner_finds_what_it_looks_for() -> None:
    """The checks above can fail: the scanner sees each thing it forbids."""
    page = scan(
        '<script>inline()</script><script src="/local.js"></script><a href=" JavaScript:go()">x</a>'
        '<img src="https://example.org/i.png" onerror="x()"><link rel="stylesheet" href="//cdn.example/a.css">'
        '<link rel="canonical" href="https://example.org/"><div style="background: url(https://t.example/p)"></div>'
    )
    assert page.inline_scripts == ["inline()"]
    assert page.handlers == ["<img onerror='x()'>"]
    assert page.javascript_urls == ["<a href=' JavaScript:go()'>"]
    assert page.foreign_loads == [
        "<img src='https://example.org/i.png'>",
        "<link href='//cdn.example/a.css'>",
        "<div style> 'https://t.example/p'",
    ]


HOSTILE_STRINGS = {
    "question": "Question {number} <img src=x onerror=alert(1)>",
    "hint": "<script>alert(1)</script>",
    "answer": "*Answer* [link](javascript:alert(1))",
    "correct_answer": "<b>{answers}</b>",
}


def test_interface_strings_are_text_never_markup() -> None:
    extension = QuizExtension(strings=HOSTILE_STRINGS)
    html = markdown.Markdown(extensions=[extension]).convert("/// quiz | q\nQ?\n\n- [x] a\n- [ ] b\n\nHint: h\n///\n")
    page = scan(html)
    assert (page.inline_scripts, page.handlers, page.javascript_urls) == ([], [], [])
    assert "<legend>Question 1 &lt;img src=x onerror=alert(1)&gt;</legend>" in html
    assert "<summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary>" in html
    assert "<summary>*Answer* [link](javascript:alert(1))</summary>" in html
    assert '<p class="quiz-key">&lt;b&gt;A&lt;/b&gt;</p>' in html
