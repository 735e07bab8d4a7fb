"""A question part's HTML as the XHTML that QTI 2.1 allows inside an item.

QTI 2.1 carries its own subset of XHTML, in the QTI namespace: paragraphs, headings, lists, tables,
``pre``, ``blockquote``, ``div``, and the common inline elements. This module turns a normalised
fragment (``html_fragment``) into that subset, with these rules:

- an element QTI has keeps its name and only the attributes QTI gives it (``class`` everywhere, ``href``
  on links, ``src`` and ``alt`` on images, ``colspan``/``rowspan``/``scope`` on cells...); ``id``,
  ``style``, ``title`` and the like are dropped (an id made by the site would not be unique, or an NCName,
  in an item);
- an element QTI does not have (``del``, ``mark``, ``section``, ``figure``...) leaves its content in place;
- what may only hold inline content never gets a block (a block there leaves its content in place), and
  what may only hold blocks (a blockquote, a list, a table) gets its loose text wrapped;
- a link to an anchor of the site's page (``#...``) is its text: no such anchor exists in an item; an
  image without a source is its ``alt`` text.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from .html_fragment import tags

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"

INLINE = tags("a b big br cite code dfn em i img kbd q samp small span strong sub sup tt var")
BLOCK = tags("address blockquote div dl h1 h2 h3 h4 h5 h6 hr ol p pre table ul")
# Elements whose content QTI restricts to inline elements and text.
INLINE_ONLY = tags("a b big cite code dfn em i kbd q samp small span strong sub sup tt var") | tags(
    "address caption dt h1 h2 h3 h4 h5 h6 p pre"
)
# Elements whose content is only blocks (loose text in them is wrapped in a paragraph).
BLOCKS_ONLY = frozenset({"blockquote", "fragment"})
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "a": ("href", "type"),
    "img": ("src", "alt", "width", "height"),
    "td": ("colspan", "rowspan", "scope", "abbr"),
    "th": ("colspan", "rowspan", "scope", "abbr"),
    "col": ("span",),
    "colgroup": ("span",),
    "q": ("cite",),
    "blockquote": ("cite",),
    "table": ("summary",),
}
NUMBERS = frozenset({"colspan", "rowspan", "span", "width", "height"})
SCOPES = frozenset({"row", "col", "rowgroup", "colgroup"})


def qti(tag: str, attributes: dict[str, str] | None = None, text: str | None = None) -> Element:
    """An element in the QTI namespace."""
    element = Element(f"{{{QTI_NS}}}{tag}", attributes or {})
    element.text = text
    return element


def flow(fragment: Element, into: Element) -> Element:
    """Put the fragment's content into ``into`` (an element QTI lets hold flow content: text, inline
    elements and blocks) and return it."""
    for item in _content(fragment, inline_only=False):
        _append(into, item)
    return into


def blocks(fragment: Element, into: Element) -> Element:
    """Put the fragment's content into ``into`` as blocks only (loose inline content in paragraphs)."""
    for item in _wrapped(_content(fragment, inline_only=False)):
        _append(into, item)
    return into


def inline_content(fragment: Element) -> Element | None:
    """The fragment's single paragraph, if that is all it holds (a choice's text usually is)."""
    paragraphs = [child for child in fragment if child.tag == "p"]
    alone = len(fragment) == 1 and len(paragraphs) == 1
    if alone and not (fragment.text or "").strip() and not (paragraphs[0].tail or "").strip():
        return paragraphs[0]
    return None


def _content(element: Element, inline_only: bool) -> list[Element | str]:
    """The converted content of an element: text and QTI elements, in order."""
    items: list[Element | str] = [element.text] if element.text else []
    for child in element:
        items += _converted(child, inline_only)
        if child.tail:
            items.append(child.tail)
    return items


def _converted(element: Element, inline_only: bool) -> list[Element | str]:
    tag = element.tag
    href = element.get("href", "")
    if tag == "a" and (not href or href.startswith("#")):
        return _content(element, inline_only)
    if tag == "img":
        if not element.get("src"):
            return [element.get("alt", "")]
        return [qti("img", {"src": element.get("src", ""), "alt": element.get("alt", "")})]
    if tag == "br":
        return [qti("br")]
    if tag == "hr":
        return [] if inline_only else [qti("hr")]
    if tag in INLINE:
        return [_element(element)]
    if tag in BLOCK and not inline_only:
        return [_element(element)]
    if tag in CONTAINERS and not inline_only:
        result = _element(element)
        return [result] if len(result) else []  # QTI has no empty list or table
    # An element QTI does not have, a block where none may go, or a list or table part out of place.
    return _content(element, inline_only)


def _element(element: Element) -> Element:
    tag = element.tag
    attributes = {"class": element.get("class", "")} if element.get("class", "").strip() else {}
    for name in ATTRIBUTES.get(tag, ()):
        value = element.get(name)
        if value is None or (name in NUMBERS and not value.isdigit()) or (name == "scope" and value not in SCOPES):
            continue
        attributes[name] = value
    result = qti(tag, attributes)
    if tag in _STRUCTURE:
        _structure(element, result)
        return result
    items = _content(element, inline_only=tag in INLINE_ONLY)
    if tag in BLOCKS_ONLY:
        items = _wrapped(items)
    for item in items:
        _append(result, item)
    return result


# Elements that hold only certain elements: lists, definition lists, tables and their parts.
CONTAINERS = frozenset({"ul", "ol", "dl", "table"})
_STRUCTURE = CONTAINERS | tags("li dt dd caption thead tbody tfoot tr th td colgroup col")
_NOT_EMPTY = frozenset({"thead", "tbody", "tfoot", "tr"})  # QTI requires at least one child
_CHILDREN = {
    "ul": ("li",),
    "ol": ("li",),
    "dl": ("dt", "dd"),
    "thead": ("tr",),
    "tbody": ("tr",),
    "tfoot": ("tr",),
    "tr": ("th", "td"),
    "colgroup": ("col",),
}
_FLOW = frozenset({"li", "dd", "td", "th"})


def _structure(element: Element, result: Element) -> None:
    tag = result.tag.split("}")[1]
    if tag in _FLOW:
        for item in _content(element, inline_only=False):
            _append(result, item)
    elif tag in ("dt", "caption"):
        for item in _content(element, inline_only=True):
            _append(result, item)
    elif tag == "table":
        _table(element, result)
    elif tag in _CHILDREN:
        allowed = _CHILDREN[tag]
        for child in element:
            if child.tag in allowed:
                converted = _element(child)
                if len(converted) or child.tag not in _NOT_EMPTY:
                    result.append(converted)
            elif tag in ("ul", "ol") and (child.tag not in ("dt", "dd")):
                item = qti("li")  # a list's stray element becomes an item of its own
                for part in _converted(child, inline_only=False):
                    _append(item, part)
                result.append(item)


def _table(element: Element, result: Element) -> None:
    """A table's parts in the order QTI requires: caption, columns, head, foot, bodies (loose rows go
    into a body)."""
    parts: dict[str, list[Element]] = {"caption": [], "col": [], "colgroup": [], "thead": [], "tfoot": []}
    bodies: list[Element] = []
    loose = qti("tbody")
    for child in element:
        if child.tag in parts and not (child.tag in ("caption", "thead", "tfoot") and parts[child.tag]):
            parts[child.tag].append(_element(child))
        elif child.tag == "tbody":
            bodies.append(_element(child))
        elif child.tag == "tr":
            loose.append(_element(child))
    if len(loose):
        bodies.append(loose)
    bodies = [body for body in bodies if len(body)]
    if not bodies:
        return  # a table without rows: left out (QTI requires a body)
    for name in ("caption", "col", "colgroup", "thead", "tfoot"):
        result.extend(part for part in parts[name] if name in ("caption", "col") or len(part))
    result.extend(bodies)


def _wrapped(items: list[Element | str]) -> list[Element | str]:
    """Blocks as they are; runs of text and inline elements in a paragraph each."""
    output: list[Element | str] = []
    run: Element | None = None
    for item in items:
        if isinstance(item, Element) and _is_block(item):
            output.append(item)
            run = None
            continue
        if isinstance(item, str) and not item.strip():
            if run is not None:
                _append(run, item)
            continue
        if run is None:
            run = qti("p")
            output.append(run)
        _append(run, item)
    return output


def _is_block(element: Element) -> bool:
    return element.tag.split("}")[1] in BLOCK | {"ul", "ol", "dl", "table"}


def _append(parent: Element, item: Element | str) -> None:
    if isinstance(item, Element):
        parent.append(item)
    elif len(parent):
        parent[-1].tail = (parent[-1].tail or "") + item
    else:
        parent.text = (parent.text or "") + item
