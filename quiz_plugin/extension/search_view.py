"""What the site's search index sees of a page with questions: each question's text, not its answers.

MkDocs' and Material's search plugins index ``page.content`` in ``on_page_context``. Indexed whole, a
question would put its answer key, feedback and explanation into search results (a reader searching
for a term is shown the answer in the result's snippet), and every element of its markup costs the
indexer time. So while search indexes a page, the plugin hands it a copy in which each question is
reduced to its stem, the text and code a reader sees before answering; then it puts the page back.

Everything here works on the page's final HTML, found by the ids the renderer gives each question
(``quiz-<id>`` on the question, ``quiz-<id>-q`` on its stem). If the HTML is not as expected (another
plugin rewrote it), search simply indexes the whole page.

Any host can do the same with ``search_view``: index its ``view``, publish its ``full``. A host whose
search cannot be handed a copy, but leaves out elements marked ``data-search-exclude`` (Zensical, and
Material for MkDocs' search plugin), gets each question's markup with everything but its legend and
its stem so marked instead (``exclude_answers_from_search``, the extension's ``search_exclude``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

CODE_MARKUP_RE = re.compile(r"</?span\b[^>]*>|<a\b[^>]*></a>")


@cache
def _tag_re(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){tag}(?=[\s>/])")


def element_end(html: str, start: int, tag: str) -> int:
    """The index just past the end tag that closes the ``<tag`` opened at ``start``; -1 if none.

    The HTML is a serializer's output (tags balanced, ``<`` escaped in text and attribute values), so
    counting start and end tags of one name is enough to find the match."""
    depth = 0
    for match in _tag_re(tag).finditer(html, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            close = html.find(">", match.end())
            return -1 if close == -1 else close + 1
    return -1


def _element_with_id(html: str, element_id: str, start: int = 0, stop: int = -1) -> tuple[int, int] | None:
    """Where the element whose start tag has ``id="element_id"`` starts and ends, looking from ``start``
    (and not past ``stop``)."""
    at = html.find(f' id="{element_id}"', start, len(html) if stop == -1 else stop)
    if at == -1:
        return None
    opening = html.rfind("<", start, at)
    name = re.match(r"<([a-z][a-z0-9]*)", html[opening : opening + 12]) if opening != -1 else None
    if name is None:
        return None
    end = element_end(html, opening, name.group(1))
    return None if end == -1 else (opening, end)


@dataclass(frozen=True)
class SearchView:
    """A page's HTML (``full``) and what search indexes instead (``view``): each question in it
    replaced by its stem."""

    full: str
    view: str
    replaced: tuple[tuple[str, str], ...]  # (the question's HTML, the stem that stands for it)

    def restore(self, current: str) -> str:
        """The page to publish after search has indexed ``view`` and left ``current`` in its place
        (a search plugin may edit the content it indexed, as Material strips ``data-search-*``)."""
        if current == self.view:
            return self.full
        restored, position = current, 0
        for question, stem in self.replaced:
            at = restored.find(stem, position)
            if at == -1:
                return self.full  # edited beyond recognition: publish the page as rendered
            restored = restored[:at] + question + restored[at + len(stem) :]
            position = at + len(question)
        return restored


def search_view(html: str, question_ids: Sequence[str]) -> SearchView:
    """``html`` with the questions of ``question_ids`` (in page order) reduced to their stems."""
    pieces: list[str] = []
    replaced: list[tuple[str, str]] = []
    position = 0
    for question_id in question_ids:
        question = _element_with_id(html, f"quiz-{question_id}", position)
        stem = question and _element_with_id(html, f"quiz-{question_id}-q", question[0], question[1])
        if not question or not stem:
            continue  # not as rendered: search indexes this question whole
        start, end = question
        stem_html = html[stem[0] : stem[1]]
        if "<span" in stem_html:
            # Highlighted code: the index keeps its text, not its spans and line anchors; without them,
            # search reads the same text with a fraction of the tags.
            stem_html = CODE_MARKUP_RE.sub("", stem_html)
        pieces += [html[position:start], stem_html]
        replaced.append((html[start:end], stem_html))
        position = end
    if not replaced:
        return SearchView(html, html, ())
    pieces.append(html[position:])
    return SearchView(html, "".join(pieces), tuple(replaced))


SEARCH_EXCLUDE = " data-search-exclude"
START_TAG_RE = re.compile(r"<([a-z][a-z0-9]*)\b([^>]*)>")


def exclude_answers_from_search(question: str) -> str:
    """A question's HTML, as the renderer writes it, with ``data-search-exclude`` on every element of
    its fieldset but the legend and the stem, and on every element after the fieldset (the answer)."""
    fieldset = question.find("<fieldset")
    opened = question.find(">", fieldset) + 1 if fieldset != -1 else 0
    if not opened:
        return question
    pieces = [question[:opened]]
    position = opened
    while True:
        tag = START_TAG_RE.search(question, position)
        if tag is None:
            break
        end = element_end(question, tag.start(), tag[1])
        if end == -1:
            break
        pieces.append(question[position : tag.start()])
        start_tag = tag[0]
        if tag[1] != "legend" and 'class="quiz-stem"' not in tag[2]:  # what a reader sees before answering
            start_tag = f"<{tag[1]}{SEARCH_EXCLUDE}{tag[2]}>"
        pieces += [start_tag, question[tag.end() : end]]
        position = end
    pieces.append(question[position:])
    return "".join(pieces)
