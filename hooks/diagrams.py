"""Diagrams (the SVG files of docs/img/) that follow the dark palette and open full size with a tap.

A MkDocs hook (mkdocs.yml, ``hooks:``), for every SVG under ``img/``, whoever drew it:

- **Dark palette.** Each diagram is copied into the site with a ``<style>`` block appended that redraws
  it in dark colours under ``@media (prefers-color-scheme: dark)``. A picture shown with ``<img>``
  answers that query with the ``color-scheme`` of the element that shows it, and Material sets
  ``color-scheme: dark`` with its slate palette (``light`` with the default one): the diagram follows
  the reader's palette switch, and, opened on its own, the reader's system. Each colour of the drawing
  (presentation attributes and its own ``<style>`` rules) gets a dark twin that mirrors its luminance
  around the page's background, keeping its hue, so that every contrast between two colours of a
  diagram is the same in both palettes: white panels become the slate background, dark text becomes
  light, pastel boxes become dark tints of the same hue.
- **Full size on a phone.** At 390 px, an 800-unit diagram shrinks its 11 to 13-unit text to 5 or 6 px.
  Each diagram image of a page becomes a link to a page of its own (``diagrams/<name>/``) that shows
  it at its own size, text at 11 px or more, to scroll across and pinch-zoom, with a link back. Not
  a link to the SVG file itself: phones lay out a bare SVG document 980 px wide and zoom it out to
  fit, smaller than on the page, until the reader pinches. The image also gets its width and height,
  so that the page does not shift when it arrives.

Why not inline the SVGs so that page CSS colours them: their ``<style>`` rules and ids would apply to
the whole page and collide with each other, each would add a hundred elements to pages that need
fewer, and they could not be cached. The convention diagrams follow, checked by
tests/test_diagrams.py: colours are hex values (``#3d4451`` or ``#fff``), ``none``, ``currentColor`` or
``url(#id)``, never ``style="..."`` attributes (they would beat the dark rules).
"""

from __future__ import annotations

import functools
import html
import math
import os
import posixpath
import re
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

DIAGRAM_DIR = "img/"
VIEWER_SCRIPT = "javascripts/diagram-viewer.js"  # the reader's palette choice, on the viewer pages
# Material's slate background, hsl(225deg 15% 14%): where a diagram's white panel lands.
DARK_BACKGROUND = "#1e2129"
PAINT_PROPERTIES = ("fill", "stroke", "stop-color", "flood-color", "lighting-color", "color")
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
PAINT_ATTRIBUTE = re.compile(rf'\s({"|".join(PAINT_PROPERTIES)})="(#[0-9a-fA-F]{{3,6}})"')
STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S)
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CSS_DECLARATION = re.compile(rf"({'|'.join(PAINT_PROPERTIES)})\s*:\s*(#[0-9a-fA-F]{{3,6}})\b")
SVG_ROOT = re.compile(r"<svg\b[^>]*>", re.S)
IMAGE = re.compile(r"(<a\b[^>]*>\s*)?<img\b([^>]*?)\s*/?>", re.S)
ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
MARKER = "/* dark palette: hooks/diagrams.py */"


# Colours -------------------------------------------------------------------------------------------


def _to_linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _to_srgb(channel: float) -> float:
    return 12.92 * channel if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def parse_hex(colour: str) -> tuple[float, float, float]:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    red, green, blue = (int(digits[index : index + 2], 16) / 255 for index in (0, 2, 4))
    return red, green, blue


def to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, channel)) * 255):02x}" for channel in rgb)


def luminance(colour: str) -> float:
    """WCAG's relative luminance."""
    red, green, blue = (_to_linear(channel) for channel in parse_hex(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _cube_root(value: float) -> float:
    """The cube root of a value that is never negative here (math.cbrt is Python 3.11+)."""
    return float(value ** (1 / 3))


def _oklch(colour: str) -> tuple[float, float, float]:
    red, green, blue = (_to_linear(channel) for channel in parse_hex(colour))
    long = _cube_root(0.4122214708 * red + 0.5363325363 * green + 0.0514459929 * blue)
    medium = _cube_root(0.2119034982 * red + 0.6806995451 * green + 0.1073969566 * blue)
    short = _cube_root(0.0883024619 * red + 0.2817188376 * green + 0.6299787005 * blue)
    lightness = 0.2104542553 * long + 0.7936177850 * medium - 0.0040720468 * short
    a = 1.9779984951 * long - 2.4285922050 * medium + 0.4505937099 * short
    b = 0.0259040371 * long + 0.7827717662 * medium - 0.8086757660 * short
    return lightness, math.hypot(a, b), math.atan2(b, a)


def _linear_rgb(lightness: float, chroma: float, hue: float) -> tuple[float, float, float]:
    a, b = chroma * math.cos(hue), chroma * math.sin(hue)
    long = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
    medium = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
    short = (lightness - 0.0894841775 * a - 1.2914855480 * b) ** 3
    return (
        4.0767416621 * long - 3.3077115913 * medium + 0.2309699292 * short,
        -1.2684380046 * long + 2.6097574011 * medium - 0.3413193965 * short,
        -0.0041960863 * long - 0.7034186147 * medium + 1.7076147010 * short,
    )


def _inside(rgb: tuple[float, float, float]) -> bool:
    return all(-1e-6 <= channel <= 1 + 1e-6 for channel in rgb)


def _in_gamut(lightness: float, chroma: float, hue: float) -> tuple[float, float, float]:
    """The colour of that lightness and hue with as much of that chroma as sRGB can show (linear RGB)."""
    rgb = _linear_rgb(lightness, chroma, hue)
    if not _inside(rgb):
        low, high = 0.0, chroma
        rgb = _linear_rgb(lightness, 0.0, hue)
        for _ in range(24):
            middle = (low + high) / 2
            candidate = _linear_rgb(lightness, middle, hue)
            if _inside(candidate):
                low, rgb = middle, candidate
            else:
                high = middle
    red, green, blue = (min(1.0, max(0.0, channel)) for channel in rgb)
    return red, green, blue


@functools.cache  # diagrams share most of their colours
def dark_twin(colour: str) -> str:
    """The colour whose luminance mirrors ``colour``'s around the dark background, with its hue.

    WCAG contrast is (L1 + 0.05) / (L2 + 0.05); mapping every luminance L to k / (L + 0.05) - 0.05
    keeps every such ratio, and k puts white on the dark background. Colours darker than that
    background would need more than white: they become white (or their hue's lightest shade)."""
    wanted = (luminance(DARK_BACKGROUND) + 0.05) * 1.05 / (luminance(colour) + 0.05) - 0.05
    wanted = min(1.0, wanted)
    lightness, chroma, hue = _oklch(colour)
    low, high = 0.0, 1.0
    rgb = (0.0, 0.0, 0.0)
    for _ in range(30):
        middle = (low + high) / 2
        rgb = _in_gamut(middle, chroma, hue)
        found = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        if found < wanted:
            low = middle
        else:
            high = middle
    return to_hex((_to_srgb(rgb[0]), _to_srgb(rgb[1]), _to_srgb(rgb[2])))


# SVG files -----------------------------------------------------------------------------------------


def dark_rules(svg: str) -> list[str]:
    """CSS rules that redraw ``svg`` in the dark palette: one per colour of its presentation
    attributes (specificity zero, as those attributes have), then its own rules' colours, in order."""
    rules = []
    seen: set[tuple[str, str]] = set()
    for name, colour in PAINT_ATTRIBUTE.findall(svg):
        if (name, colour.lower()) not in seen:
            seen.add((name, colour.lower()))
            rules.append(f':where([{name}="{colour}" i]) {{ {name}: {dark_twin(colour)}; }}')
    for style in STYLE_ELEMENT.findall(svg):
        if MARKER in style:
            continue
        for selector, body in CSS_RULE.findall(re.sub(r"/\*.*?\*/", "", style, flags=re.S)):
            declarations = [f"{name}: {dark_twin(colour)};" for name, colour in CSS_DECLARATION.findall(body)]
            if declarations and not selector.strip().startswith("@"):
                rules.append(f"{' '.join(selector.split())} {{ {' '.join(declarations)} }}")
    return rules


def with_dark_palette(svg: str) -> str:
    """``svg`` with its dark palette appended (once)."""
    if MARKER in svg:
        return svg
    rules = dark_rules(svg)
    if not rules:
        return svg
    block = "\n".join(f"    {rule}" for rule in rules)
    style = f"<style>{MARKER}\n  @media (prefers-color-scheme: dark) {{\n{block}\n  }}\n</style>\n"
    end = svg.rindex("</svg>")
    return svg[:end] + style + svg[end:]


def intrinsic_size(svg: str) -> tuple[str, str] | None:
    """The width and height of an SVG's root (or of its viewBox), as attribute values."""
    root = SVG_ROOT.search(svg)
    if root is None:
        return None
    attributes = dict(ATTRIBUTE.findall(root.group(0)))
    if re.fullmatch(r"\d+(?:\.\d+)?", attributes.get("width", "")) and re.fullmatch(
        r"\d+(?:\.\d+)?", attributes.get("height", "")
    ):
        return attributes["width"], attributes["height"]
    box = attributes.get("viewBox", "").replace(",", " ").split()
    return (box[2], box[3]) if len(box) == 4 else None


# Diagram pages -------------------------------------------------------------------------------------

VIEWER = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>{title} - {site}</title>
<script src="{script}"></script>
<style>
  body {{ margin: 0; padding: 0.75rem; background: Canvas; color: CanvasText;
    font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }}
  h1 {{ font-size: 1.125rem; margin: 0 0 0.5rem; }}
  p {{ margin: 0 0 0.75rem; }}
  img {{ display: block; max-width: none; height: auto; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p><a href="{back}">Back to {page_title}</a></p>
<img src="{image}" alt="{alt}"{size}>
</main>
</body>
</html>
"""


@dataclass
class Diagram:
    """A diagram of the site: where its viewer page is, and the first page that shows it."""

    dest_uri: str  # img/x.svg
    title: str
    size: tuple[str, str] | None
    page_url: str = ""
    page_title: str = ""
    alt: str = ""

    @property
    def viewer_url(self) -> str:
        """The page that shows the diagram alone, at its own size: diagrams/x/."""
        return "diagrams/" + self.dest_uri.removeprefix(DIAGRAM_DIR).removesuffix(".svg") + "/"

    def viewer(self, site_name: str, language: str) -> str:
        up = "../" * self.viewer_url.count("/")
        size = f' width="{self.size[0]}" height="{self.size[1]}"' if self.size else ""
        return VIEWER.format(
            lang=html.escape(language),
            title=html.escape(self.title),
            site=html.escape(site_name),
            back=html.escape(up + self.page_url),
            page_title=html.escape(self.page_title),
            image=html.escape(up + self.dest_uri),
            script=html.escape(up + VIEWER_SCRIPT),
            alt=html.escape(self.alt or self.title),
            size=size,
        )


def svg_title(svg: str) -> str:
    match = re.search(r"<title\b[^>]*>(.*?)</title>", svg, re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", match[1])).split()) if match else "Diagram"


def relative_url(target: str, page_url: str) -> str:
    """``target`` (a path from the site's root; a directory ends in /) as a link from ``page_url``."""
    directory = "/" + page_url if page_url.endswith("/") or not page_url else "/" + posixpath.dirname(page_url)
    relative = posixpath.relpath("/" + target, directory)
    return relative + "/" if target.endswith("/") else relative


def link_diagrams(content: str, page_url: str, page_title: str, diagrams: dict[str, Diagram]) -> str:
    """Each ``<img>`` of a diagram inside a link to its viewer page, with its width and height."""

    def replace(match: re.Match[str]) -> str:
        attributes = dict(ATTRIBUTE.findall(match.group(2)))
        source = html.unescape(attributes.get("src", ""))
        if "://" in source or source.startswith(("data:", "//")):
            return match.group(0)
        path = source.split("#", 1)[0].split("?", 1)[0]
        target = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page_url), path)).lstrip("/")
        diagram = diagrams.get(target)
        if diagram is None:
            return match.group(0)
        if not diagram.page_title:  # the viewer leads back to the first page that shows the diagram
            diagram.page_url, diagram.page_title = page_url, page_title
            diagram.alt = " ".join(html.unescape(attributes.get("alt", "")).split())
        extra = ""
        if diagram.size and "width" not in attributes and "height" not in attributes:
            extra = f' width="{diagram.size[0]}" height="{diagram.size[1]}"'
        image = f"<img{match.group(2)}{extra} />"
        if match.group(1):  # already a link: the author chose where it leads
            return match.group(1) + image
        href = html.escape(relative_url(diagram.viewer_url, page_url))
        return f'<a class="diagram-link" href="{href}" title="Open the diagram full size">{image}</a>'

    return IMAGE.sub(replace, content)


# MkDocs events -------------------------------------------------------------------------------------

_diagrams: dict[str, Diagram] = {}  # by dest_uri (img/x.svg)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    _diagrams.clear()
    for file in files:
        if file.src_uri.startswith(DIAGRAM_DIR) and file.src_uri.endswith(".svg"):
            svg = file.content_string
            _diagrams[file.dest_uri] = Diagram(file.dest_uri, svg_title(svg), intrinsic_size(svg))
            file.content_string = with_dark_palette(svg)
    return files


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: Any) -> str:
    return link_diagrams(content, page.url, page.title or "", _diagrams)


def on_post_build(config: MkDocsConfig) -> None:
    language = str(config.theme.get("language") or "en")
    for diagram in _diagrams.values():
        if not diagram.page_title:
            continue  # shown on no page
        out = os.path.join(config.site_dir, *diagram.viewer_url.split("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as viewer:
            viewer.write(diagram.viewer(config.site_name, language))
