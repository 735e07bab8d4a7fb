"""The HTML of a question's part as a tree, reduced to what reads the same outside the site.

A part's Markdown is converted with the site's own Markdown extensions (so snippet includes, fenced
code, admonitions and tables come out as on the site), and its HTML is read here into a tree of
``Element`` with the standard library's HTML parser: raw HTML in a page need not be well-formed XML.
The tree is then **normalised** for readers that have no site around them (a learning platform, a
terminal), the same way for every export:

- a code block is a ``pre`` holding its code as text (the highlighter's spans, line-number tables and
  the empty span before the code are gone); the file name a code block shows stays before it;
- content tabs become each tab's label (a paragraph) followed by its content, in order;
- a folded block (``details``) is a ``div`` whose summary is its first paragraph;
- interface only the site has is removed: inputs, buttons, scripts, styles, heading permalinks,
  footnote back-links; an abbreviation is its text.

Elements are kept under their HTML names; what each export allows is its own business.
"""

from __future__ import annotations

from html.parser import HTMLParser
from xml.etree.ElementTree import Element


def tags(names: str) -> frozenset[str]:
    """A set of element names written as one string (``"p div pre"``)."""
    return frozenset(names.split())


VOID = tags("area base br col embed hr img input link meta param source track wbr")  # no end tag
# Interface or media with no meaning out of the site: removed with their content.
DROPPED = tags("audio button canvas form iframe input link meta noscript object script select style svg template")
DROPPED |= tags("textarea video")
UNWRAPPED = frozenset({"abbr", "acronym", "label"})  # their text stays, the element goes


class _TreeBuilder(HTMLParser):
    """Builds a tree from HTML that may be loosely nested: an end tag closes the nearest open element of
    its name (and those opened inside it), an end tag with no open element is ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("fragment")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def parse_fragment(html: str) -> Element:
    """The HTML as a normalised tree under a ``fragment`` element."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    _normalise(builder.root)
    return builder.root


def text_content(element: Element) -> str:
    return "".join(element.itertext())


def classes(element: Element) -> set[str]:
    return set(element.get("class", "").split())


def _normalise(parent: Element) -> None:
    index = 0
    while index < len(parent):
        child = parent[index]
        tag, names = child.tag, classes(child)
        if tag in DROPPED or "headerlink" in names or "footnote-backref" in names:
            _replace(parent, index, [])
        elif tag in UNWRAPPED:
            _replace(parent, index, _children(child))  # its children are looked at next
        elif tag == "pre" or (tag == "table" and "highlighttable" in names):
            code = child if tag == "pre" else child.find(".//td[@class='code']//pre")
            _replace(parent, index, [_code_block(code)] if code is not None else [])
            index += 1 if code is not None else 0
        elif tag == "div" and "tabbed-set" in names:
            _replace(parent, index, [_tabs(child)])
            index += 1
        else:
            if tag == "details":
                child.tag = "div"
            elif tag == "summary":
                child.tag = "p"
            _normalise(child)
            index += 1


def _code_block(pre: Element) -> Element:
    code = Element("pre")
    code.text = text_content(pre)
    return code


def _tabs(tabbed: Element) -> Element:
    """Content tabs (pymdownx.tabbed, either style) as each label followed by its content."""
    labels = [text_content(label) for label in tabbed.iter("label")]
    contents = [
        block
        for block in tabbed.iter("div")
        if classes(block) & {"tabbed-block", "tabbed-content"} and "tabbed-set" not in classes(block)
    ]
    if any("tabbed-block" in classes(block) for block in contents):
        contents = [block for block in contents if "tabbed-block" in classes(block)]
    result = Element("div", {"class": "tabbed-set"})
    for label, content in zip(labels, contents, strict=False):
        _normalise(content)
        paragraph = Element("p")
        strong = Element("strong")
        strong.text = label
        paragraph.append(strong)
        content.tag, content.attrib = "div", {}
        result.extend([paragraph, content])
    return result


def _children(element: Element) -> list[Element | str]:
    """An element's content as a list of text and elements (its tail not included)."""
    items: list[Element | str] = [element.text] if element.text else []
    for child in element:
        tail, child.tail = child.tail, None
        items.append(child)
        if tail:
            items.append(tail)
    return items


def _replace(parent: Element, index: int, items: list[Element | str]) -> None:
    """Put ``items`` where ``parent[index]`` is, keeping the text around it."""
    old = parent[index]
    tail = old.tail or ""
    del parent[index]
    position = index
    for item in items:
        if isinstance(item, str):
            _add_text(parent, position, item)
        else:
            parent.insert(position, item)
            position += 1
    _add_text(parent, position, tail)


def _add_text(parent: Element, position: int, text: str) -> None:
    """Add text at ``position`` among the parent's children (after child ``position - 1``)."""
    if not text:
        return
    if position == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[position - 1]
        previous.tail = (previous.tail or "") + text
