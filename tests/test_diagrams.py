"""Every diagram of docs/img/ follows the convention hooks/diagrams.py relies on, and the built site shows
each one as hooks/diagrams.py promises: a dark palette that keeps every contrast of the drawing, and
an image that links to the file, with its size. (tests/browser/test_reader_pages.py looks at them.)"""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from support import ROOT, build_site


def load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_hook_diagrams", ROOT / "hooks" / "diagrams.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


hook = load_hook()
DIAGRAMS = sorted((ROOT / "docs" / "img").glob("*.svg"))
PAINT_VALUE = re.compile(r'\s(?:fill|stroke|stop-color|flood-color|lighting-color|color)="([^"]*)"')


def colours_of(svg: str) -> set[str]:
    """Every colour a diagram draws with: its presentation attributes and its <style> rules."""
    found = {colour.lower() for _, colour in hook.PAINT_ATTRIBUTE.findall(svg)}
    for style in hook.STYLE_ELEMENT.findall(svg):
        found |= {colour.lower() for _, colour in hook.CSS_DECLARATION.findall(style)}
    return found


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda path: path.name)
def test_every_diagram_writes_its_colours_so_that_the_dark_palette_reaches_them(svg: Path) -> None:
    text = svg.read_text(encoding="utf-8")
    assert "style=" not in text, "a style attribute would beat the dark palette's rules: use a class or fill=/stroke="
    odd = [
        value
        for value in PAINT_VALUE.findall(text)
        if not re.fullmatch(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?|none|currentColor|transparent|url\(#[\w-]+\)", value)
    ]
    assert odd == [], "write colours as #rrggbb (or none, currentColor, url(#id))"
    # Every hex colour in the file is one the hook finds (not, say, in an attribute it does not read).
    markup = " ".join(re.findall(r"<[^>]*>", text) + hook.STYLE_ELEMENT.findall(text))  # not the text it shows
    every_hex = {m.lower() for m in re.findall(r'(?<!url\()(?<!href=")#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b', markup)}
    assert every_hex <= colours_of(text), f"colours the dark palette would miss: {sorted(every_hex - colours_of(text))}"
    assert hook.intrinsic_size(text) is not None, "the root <svg> needs a width and height, or a viewBox"


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda path: path.name)
def test_the_dark_palette_keeps_every_contrast_of_a_diagram(svg: Path) -> None:
    colours = sorted(colours_of(svg.read_text(encoding="utf-8")))
    weaker = []
    for first, second in itertools.combinations(colours, 2):
        light = hook.contrast(first, second)
        dark = hook.contrast(hook.dark_twin(first), hook.dark_twin(second))
        # The same ratio, to the rounding of 8-bit channels; colours darker than the dark background
        # all become white, which may lower a ratio that was above 7:1 (AAA) but not below it.
        if dark < min(light, 7.0) * 0.98:
            weaker.append(f"{first} on {second}: {light:.2f} -> {dark:.2f}")
    assert weaker == []


def test_the_dark_twins_turn_the_page_around() -> None:
    assert hook.contrast(hook.dark_twin("#ffffff"), hook.DARK_BACKGROUND) < 1.1  # panels: the background
    assert hook.luminance(hook.dark_twin("#1f2328")) > 0.9  # text: near white
    blue, dark_blue = hook.dark_twin("#dcebfa"), hook.dark_twin("#1f5fbf")
    assert int(blue[5:7], 16) > int(blue[1:3], 16) and int(dark_blue[5:7], 16) > int(dark_blue[1:3], 16)  # hue kept


def test_the_dark_palette_follows_rules_and_attributes_in_their_order() -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>t</title><desc>d</desc>'
        "<style>.box { fill: #ffffff; stroke-width: 2; }</style>"
        '<rect class="box" fill="#ffe2b8" stroke="#3D4451" width="5" height="5"/><g fill="#1f2328"><text>x</text></g></svg>'
    )
    styled = hook.with_dark_palette(svg)
    assert hook.with_dark_palette(styled) == styled, "applied once"
    block = styled.split(hook.MARKER)[1]
    assert "@media (prefers-color-scheme: dark)" in block
    # Attribute colours at specificity zero, as presentation attributes; the drawing's own rules after them.
    rules = [line.strip() for line in block.splitlines() if "{ " in line and "@media" not in line]
    assert rules == [
        f':where([fill="#ffe2b8" i]) {{ fill: {hook.dark_twin("#ffe2b8")}; }}',
        f':where([stroke="#3D4451" i]) {{ stroke: {hook.dark_twin("#3d4451")}; }}',
        f':where([fill="#1f2328" i]) {{ fill: {hook.dark_twin("#1f2328")}; }}',
        f".box {{ fill: {hook.dark_twin('#ffffff')}; }}",
    ]
    assert styled.endswith("</style>\n</svg>")


def test_an_image_of_a_diagram_becomes_a_link_to_its_viewer_page_with_its_size() -> None:
    diagrams = {"img/a.svg": hook.Diagram("img/a.svg", "A title", ("800", "400"))}
    content = (
        '<p><img alt="A &quot;diagram&quot;" src="../img/a.svg" /></p>'
        '<p><a href="https://example.org/"><img alt="linked" src="../img/a.svg" /></a></p>'
        '<p><img alt="photo" src="../img/b.png" /></p>'
    )
    linked = hook.link_diagrams(content, "gc/", "Garbage collection", diagrams)
    assert linked == (
        '<p><a class="diagram-link" href="../diagrams/a/" title="Open the diagram full size">'
        '<img alt="A &quot;diagram&quot;" src="../img/a.svg" width="800" height="400" /></a></p>'
        '<p><a href="https://example.org/"><img alt="linked" src="../img/a.svg" width="800" height="400" /></a></p>'
        '<p><img alt="photo" src="../img/b.png" /></p>'
    )
    home = hook.link_diagrams('<img alt="x" src="img/a.svg" />', "", "Home", diagrams)
    assert home.startswith('<a class="diagram-link" href="diagrams/a/"')
    # The viewer leads back to the first page that showed the diagram, and keeps its alt text.
    viewer = diagrams["img/a.svg"].viewer("Site", "en")
    assert '<a href="../../gc/">Back to Garbage collection</a>' in viewer
    assert '<img src="../../img/a.svg" alt="A &quot;diagram&quot;" width="800" height="400">' in viewer
    assert '<script src="../../javascripts/diagram-viewer.js"></script>' in viewer
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in viewer


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("diagram-site"))


def test_every_diagram_of_the_built_site_has_its_dark_palette(site: Path) -> None:
    for source in DIAGRAMS:
        built = (site / "img" / source.name).read_text(encoding="utf-8")
        assert built == hook.with_dark_palette(source.read_text(encoding="utf-8")), source.name
        assert hook.MARKER in built, source.name


def test_every_diagram_image_of_every_page_links_to_its_viewer_and_has_its_size(site: Path) -> None:
    shown = set()
    for page in site.rglob("index.html"):
        if page.parent.parent.name == "diagrams":
            continue
        html = page.read_text(encoding="utf-8")
        for image in re.findall(r"<img\b[^>]*>", html):
            source = re.search(r'src="([^"]+)"', image)
            if source is None or not re.search(r"(?:^|/)img/[^/]+\.svg$", source[1]):
                continue
            name = source[1].rsplit("/", 1)[1].removesuffix(".svg")
            shown.add(name)
            where = f"{page.relative_to(site)}: {source[1]}"
            assert re.search(r'\swidth="\d+" height="\d+"', image), where
            viewer = source[1].replace(f"img/{name}.svg", f"diagrams/{name}/")
            link = rf'<a class="diagram-link" href="{re.escape(viewer)}" title="[^"]+">{re.escape(image)}</a>'
            assert re.search(link, html), where
            assert (page.parent / viewer / "index.html").resolve().is_file(), where
    pages = "\n".join(page.read_text(encoding="utf-8") for page in (ROOT / "docs").rglob("*.md"))
    assert {path.stem for path in DIAGRAMS if f"img/{path.name}" in pages} <= shown
