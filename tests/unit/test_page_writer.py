"""PageWriter: a page's question markup, its parts serialized in one call."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

from markdown.serializers import to_xhtml_string

from quiz_plugin.extension.render import SEPARATOR, PageWriter


def paragraph(text: str, emphasis: str = "") -> Element:
    element = Element("p")
    element.text = text
    if emphasis:
        SubElement(element, "em").text = emphasis
    element.tail = "\n"
    return element


def writer() -> PageWriter:
    return PageWriter(to_xhtml_string, lambda tag: tag in ("p", "div"))


def test_text_and_parts_come_out_in_the_order_written() -> None:
    page = writer()
    page.write("<li>")
    page.inline(paragraph("a & ", "b"))
    page.write("</li>\n")
    page.element(paragraph("whole"))
    assert page.finish() == ["<li>", "a &amp; <em>b</em>", "</li>\n", "<p>whole</p>\n"]


def test_a_separator_inside_the_content_falls_back_to_one_call_per_part() -> None:
    page = writer()
    page.element(paragraph(f"odd {SEPARATOR} text"))
    page.inline(paragraph("second"))
    assert page.finish() == [f"<p>odd {SEPARATOR} text</p>\n", "second"]


def test_a_block_has_a_line_break_before_block_content_as_python_markdown_writes_it() -> None:
    part = Element("div")
    part.append(paragraph("inside"))
    page = writer()
    page.block("div", {"class": "x", "id": "y"}, part)
    assert "".join(page.finish()) == '<div class="x" id="y">\n<p>inside</p>\n</div>\n'
