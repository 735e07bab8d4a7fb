"""The question bank as an IMS Content Package of QTI 2.1 items: what ``export --format qti`` writes.

The zip holds ``imsmanifest.xml`` (IMS Content Packaging 1.1) and one ``items/<id>.xml`` per question,
in the site's order, each listed in the manifest as a resource of type ``imsqti_item_xmlv2p1``. The
manifest's metadata names the package ``QTIv2.1 Package``, as IMS's examples do, which is also how
Canvas recognises a QTI 2 package. The zip is reproducible: same bank, same bytes (fixed dates, fixed
order), so a teacher's repository can keep it without noise.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from .entries import QuestionBank
from .qti import ItemContext, assessment_item, check_supported, item_identifier
from .qti_xhtml import QTI_NS

CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# Elements whose content is a question's text: written as converted, without indentation added.
CONTENT = frozenset(f"{{{QTI_NS}}}{tag}" for tag in ("div", "p", "simpleChoice", "modalFeedback"))


def item_path(identifier: str) -> str:
    return f"items/{identifier}.xml"


def qti_package(bank: QuestionBank, context: ItemContext) -> bytes:
    """The zip of the content package."""
    for entry in bank.entries:
        check_supported(entry)  # every refusal before any work
    files: list[tuple[str, bytes]] = []
    resources = []
    for entry in bank.entries:
        identifier = item_identifier(entry)
        files.append((item_path(entry.id), _document(assessment_item(entry, context), QTI_NS, QTI_SCHEMA)))
        resources.append((identifier, item_path(entry.id)))
    files.insert(0, ("imsmanifest.xml", _document(manifest(resources), CP_NS, CP_SCHEMA)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def manifest(resources: list[tuple[str, str]]) -> Element:
    """The manifest: one resource per item (identifier, file)."""
    root = Element(f"{{{CP_NS}}}manifest", {"identifier": "quiz-bank"})
    metadata = ElementTree.SubElement(root, f"{{{CP_NS}}}metadata")
    ElementTree.SubElement(metadata, f"{{{CP_NS}}}schema").text = "QTIv2.1 Package"
    ElementTree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.0.0"
    ElementTree.SubElement(root, f"{{{CP_NS}}}organizations")
    listed = ElementTree.SubElement(root, f"{{{CP_NS}}}resources")
    for identifier, path in resources:
        resource = ElementTree.SubElement(
            listed,
            f"{{{CP_NS}}}resource",
            {"identifier": f"resource-{identifier}", "type": "imsqti_item_xmlv2p1", "href": path},
        )
        ElementTree.SubElement(resource, f"{{{CP_NS}}}file", {"href": path})
    return root


def _document(root: Element, namespace: str, schema: str) -> bytes:
    """The document, its elements in ``namespace`` as the default namespace (ElementTree would give it a
    prefix, and has no default namespace for elements with unqualified attributes)."""
    _indent(root)
    document = _unqualified(root, f"{{{namespace}}}")
    document.set("xmlns", namespace)
    document.set("xmlns:xsi", XSI_NS)
    document.set("xsi:schemaLocation", f"{namespace} {schema}")
    text = ElementTree.tostring(document, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


def _unqualified(element: Element, prefix: str) -> Element:
    """A copy of the tree with the namespace taken off its element names."""
    tag = element.tag[len(prefix) :] if element.tag.startswith(prefix) else element.tag
    copy = Element(tag, element.attrib)
    copy.text, copy.tail = element.text, element.tail
    copy.extend(_unqualified(child, prefix) for child in element)
    return copy


def _indent(element: Element, level: int = 0) -> None:
    """Indent the item's structure for people who read it; a question's text is left as converted
    (whitespace inside it can matter: a paragraph's first space, a code block)."""
    if element.tag in CONTENT or not len(element) or (element.text or "").strip():
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        if not (child.tail or "").strip():
            child.tail = inner
    element[-1].tail = "\n" + "  " * level
