"""A reader's way in and way back: question counts in lists of chapters, and the "Your progress" page.

Both are written by the build, from the question bank, as plain HTML that reads well without
JavaScript; the browser script adds what only the reader's browser knows (their progress, where to
continue, what to review), from the data written here.

- **A list of chapters** is any element with the class ``quiz-chapters`` (with ``md_in_html``:
  ``<div class="quiz-chapters" markdown>`` around a list or a table of links). After the first link
  to each page that asks questions, the build writes its question count::

      <a href="gc/">Garbage collection</a> <span class="quiz-count" data-quiz-questions="id:hash …">9 questions</span>

- **The progress page** (the ``progress_page`` option) lists every such page the same way. The previews
  of each page's questions, which the script shows as the links to the questions to review, are in a
  small JSON file of their own (``assets/quiz/previews.HASH.json``, named on the page's count as
  ``data-quiz-previews``): the script fetches only the files of the chapters that have questions to
  review, so the page stays the same size whatever the number of questions (at 10,000 questions, their
  previews in the page made it 1.8 MB).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urljoin, urlsplit

from ..core.strings import Strings
from ..extension.assets import Asset, content_hashed
from .build import PageQuestions
from .links import relative_url
from .pages import markdown_text

# A start tag whose class list holds quiz-chapters, and the tags that open and close elements after it.
CHAPTERS_RE = re.compile(r"""<(?P<tag>[a-z][a-z0-9]*)\b[^>]*\bclass="(?:[^"]*\s)?quiz-chapters(?:\s[^"]*)?"[^>]*>""")
TAG_RE = re.compile(r"<(/?)([a-z][a-z0-9]*)\b[^>]*?(/?)>", re.IGNORECASE)
LINK_RE = re.compile(r"""<a\b[^>]*?\bhref="(?P<href>[^"]*)"[^>]*>.*?</a>""", re.DOTALL | re.IGNORECASE)
PROGRESS_MARK = "<!-- quiz: the reader's progress -->"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def has_chapter_list(page_html: str) -> bool:
    return "quiz-chapters" in page_html and CHAPTERS_RE.search(page_html) is not None


def count_label(count: int, strings: Strings) -> str:
    return strings.text("count", count=count)


def count_span(page: PageQuestions, strings: Strings, previews: str = "") -> str:
    """A page's question count, with the data the script reads (and where the previews are, if given)."""
    label = html.escape(count_label(len(page.ids), strings), quote=False)
    where = f' data-quiz-previews="{html.escape(previews)}"' if previews else ""
    return f'<span class="quiz-count" data-quiz-questions="{page.data()}"{where}>{label}</span>'


def _element_end(page_html: str, start: int, tag: str) -> int:
    """Where the element whose start tag ends at ``start`` ends (the page's length if it never does)."""
    depth = 1
    for match in TAG_RE.finditer(page_html, start):
        closing, name, self_closing = match[1], match[2].lower(), match[3]
        if name != tag or self_closing or name in VOID:
            continue
        depth += -1 if closing else 1
        if depth == 0:
            return match.start()
    return len(page_html)


def link_target(href: str, page_url: str) -> str | None:
    """The site-relative URL of the page a link leads to ("gc/"), or None for a link to a part of a page,
    to another site or with a query."""
    target = urlsplit(urljoin("/" + page_url, html.unescape(href)))
    if target.scheme or target.netloc or target.query or target.fragment:
        return None
    return target.path.lstrip("/")


def annotate_chapter_lists(page_html: str, page_url: str, pages: Sequence[PageQuestions], strings: Strings) -> str:
    """The page with each list of chapters' links followed by their pages' question counts."""
    by_url = {page.url: page for page in pages}
    out: list[str] = []
    position = 0
    for opening in CHAPTERS_RE.finditer(page_html):
        if opening.start() < position:
            continue  # a list inside a list: annotated with the outer one
        end = _element_end(page_html, opening.end(), opening["tag"].lower())
        out += [
            page_html[position : opening.end()],
            _counted(page_html[opening.end() : end], page_url, by_url, strings),
        ]
        position = end
    out.append(page_html[position:])
    return "".join(out)


def _counted(list_html: str, page_url: str, by_url: Mapping[str, PageQuestions], strings: Strings) -> str:
    """A list of chapters with a count after the first link to each page that asks questions."""
    counted: set[str] = set()

    def count_after(link: re.Match[str]) -> str:
        target = link_target(link["href"], page_url)
        page = by_url.get(target) if target is not None else None
        if page is None or page.url in counted:
            return link[0]
        counted.add(page.url)
        return f"{link[0]} {count_span(page, strings)}"

    return LINK_RE.sub(count_after, list_html)


def progress_front_matter(strings: Mapping[str, str]) -> str:
    # Out of search: the page holds only what the reader's browser adds, and the question previews.
    return f"---\ntitle: {json.dumps(strings['progress_title'], ensure_ascii=False)}\nsearch:\n  exclude: true\n---\n"


def progress_markdown(strings: Mapping[str, str]) -> str:
    """The Markdown of the progress page, after its front matter: its title, and where its HTML goes."""
    return f"# {markdown_text(strings['progress_title'])}\n\n{PROGRESS_MARK}\n"


def preview_files(pages: Sequence[PageQuestions]) -> dict[str, Asset]:
    """Each page's previews of its questions, as text (``{"id": "preview"}``), by the page's URL."""
    files = {}
    for page in pages:
        texts = {
            qid: html.unescape(TAG_RE.sub("", preview)) for qid, preview in zip(page.ids, page.previews, strict=True)
        }
        files[page.url] = content_hashed(
            "previews", "json", json.dumps(texts, ensure_ascii=False, separators=(",", ":"))
        )
    return files


def fill_progress(
    page_html: str, page_url: str, pages: Sequence[PageQuestions], strings: Strings, previews: Mapping[str, Asset]
) -> str:
    """The converted progress page with its list of chapters where its Markdown left a mark; ``previews``:
    the files of each page's previews (``preview_files``)."""
    lines = [
        '<div class="quiz-progress">',
        f'<p class="quiz-needs-js">{html.escape(strings["progress_needs_js"], quote=False)}</p>',
        '<ul class="quiz-chapters">',
    ]
    for page in pages:
        link = html.escape(relative_url(page.url, page_url))
        where = relative_url(previews[page.url].path, page_url)
        lines.append(
            f'<li><a href="{link}">{html.escape(page.chapter, quote=False)}</a> {count_span(page, strings, where)}</li>'
        )
    lines += ["</ul>", "</div>"]
    return page_html.replace(PROGRESS_MARK, "\n".join(lines), 1)
