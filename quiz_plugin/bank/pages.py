"""The pages that list questions: "All questions" and the reviewers' "Answer key", each a page of counts
and links with a page per chapter, so that no page grows with the size of the site (at 10,000
questions, one page listing them all weighed over 1 MB, and one answer key 6 MB).

The pages with counts and the answer key's pages are Markdown, so they go through the host's Markdown
extensions like any other page (the answer key shows each linked snippet with a ``/// snippet`` block)
and a strict build checks their links. The list of a chapter's questions is HTML, written without
Python-Markdown (a conversion per chapter would cost the build more than the lists are worth), from
the same ids the questions are rendered with.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

from ..core.answers import short_answer_text
from ..core.model import Fragment, QuestionType
from .build import Chapter
from .entries import BankEntry, type_label
from .links import References, page_references, relocator, rewrite_links

TYPE_COLUMNS = (
    (QuestionType.SINGLE, "Single choice"),
    (QuestionType.MULTIPLE, "Multiple choice"),
    (QuestionType.TRUE_FALSE, "True or false"),
    (QuestionType.SHORT, "Short answer"),
    (QuestionType.ORDER, "Ordering"),
)
# Names a chapter's page may not take: in a folder, index.md and README.md are the folder's own page,
# which is the page that links to the chapters.
RESERVED_NAMES = {"index", "readme"}


def chapter_slugs(titles: Sequence[str]) -> list[str]:
    """A file name for each chapter's pages, in the same order: its title's letters and digits in lower
    case ASCII, words joined by hyphens, unique (``chapter-3`` for a title with none of them)."""
    slugs: list[str] = []
    taken = set(RESERVED_NAMES)
    for number, title in enumerate(titles, start=1):
        ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
        base = "-".join(re.findall(r"[a-z0-9]+", ascii_title.lower())) or f"chapter-{number}"
        slug, suffix = base, 1
        while slug in taken:
            suffix += 1
            slug = f"{base}-{suffix}"
        taken.add(slug)
        slugs.append(slug)
    return slugs


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def all_questions_markdown(
    chapters: Sequence[Chapter],
    chapter_pages: Sequence[str],
    page_src_uri: str,
    answer_key_src_uri: str,
    tables: bool,
    json_src_uri: str = "",
) -> str:
    """The Markdown of the "All questions" page, after its front matter: the counts of each chapter, which
    links to its list of questions (``chapter_pages``: their source paths, in the order of ``chapters``);
    ``json_src_uri``: where the machine-readable list is published, if it is."""
    page_link = relocator("", page_src_uri)  # from a docs-relative path to a link on this page
    total = sum(len(chapter) for chapter in chapters)
    lines = ["# All questions", ""]
    machine = (
        f"; programs can read the same list from [{json_src_uri}]({page_link(json_src_uri)})" if json_src_uri else ""
    )
    lines += [
        f"The site asks {plural(total, 'question')} in {plural(len(chapters), 'chapter')}. Each chapter's "
        f"page lists its questions, each linked to the page that asks it{machine}.",
        "",
    ]
    if answer_key_src_uri:
        lines += [f"Reviewers: this preview build also has the [answer key]({page_link(answer_key_src_uri)}).", ""]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    # A column for each type, ordering questions only if the site has any.
    columns = [
        (kind, label)
        for kind, label in TYPE_COLUMNS
        if kind is not QuestionType.ORDER or any(chapter.counts[kind] for chapter in chapters)
    ]
    links = [f"[{chapter.title}]({page_link(path)})" for chapter, path in zip(chapters, chapter_pages, strict=True)]
    if tables:
        lines.append(row(["Chapter", *(label for _, label in columns), "All", "Code output"]))
        lines.append(row([":--", *("--:" for _ in columns), "--:", "--:"]))
        for chapter, link in zip(chapters, links, strict=True):
            numbers = [str(chapter.counts[kind]) for kind, _ in columns]
            lines.append(row([link, *numbers, str(len(chapter)), str(chapter.code_output)]))
        all_numbers = [str(sum(chapter.counts[kind] for chapter in chapters)) for kind, _ in columns]
        code_output = sum(chapter.code_output for chapter in chapters)
        lines.append(row(["**All**", *all_numbers, f"**{total}**", str(code_output)]))
    else:
        for chapter, link in zip(chapters, links, strict=True):
            parts = [f"{chapter.counts[kind]} {label.lower()}" for kind, label in TYPE_COLUMNS if chapter.counts[kind]]
            lines.append(f"- {link}: {len(chapter)} ({', '.join(parts)}; {chapter.code_output} code output)")
    lines.append("")
    return "\n".join(lines)


def chapter_page_title(kind: str, chapter: str) -> str:
    """The title of a chapter's page of the "All questions" list or of the answer key."""
    return f"{kind}: {chapter}"


def chapter_questions_html(chapter: Chapter, chapter_link: str, index_link: str) -> str:
    """The content of a chapter's page of the "All questions" list: every question of the chapter, linked
    to where it is asked (``chapter_link``, ``index_link``: the chapter's first page and the "All
    questions" page, as links from this page)."""
    title = html.escape(chapter.title, quote=False)
    return "\n".join(
        [
            f"<h1>{html.escape(chapter_page_title('All questions', chapter.title), quote=False)}</h1>",
            f'<p>{plural(len(chapter), "question")} of <a href="{html.escape(chapter_link)}">{title}</a>, in '
            f'page order. <a href="{html.escape(index_link)}">All questions</a> counts every chapter\'s.</p>',
            "<ul>",
            *chapter.items,
            "</ul>",
        ]
    )


def answer_key_markdown(chapters: Sequence[Chapter], chapter_pages: Sequence[str], page_src_uri: str) -> str:
    """The Markdown of the "Answer key" page, after its front matter: a link to each chapter's key."""
    page_link = relocator("", page_src_uri)
    lines = ["# Answer key", ""]
    lines += [
        "For reviewers: every question of the site with its right answers, the feedback of every answer "
        "and the snippet it is checked against, a page per chapter. Only preview builds have these pages; "
        "the published site does not, and search never lists them.",
        "",
    ]
    for chapter, path in zip(chapters, chapter_pages, strict=True):
        lines.append(f"- [{chapter.title}]({page_link(path)}): {plural(len(chapter), 'question')}")
    lines.append("")
    return "\n".join(lines)


def answer_key_chapter_markdown(
    chapter: str, entries: Sequence[BankEntry], page_src_uri: str, index_src_uri: str
) -> str:
    """The Markdown of a chapter's page of the answer key, after its front matter."""
    index_link = relocator("", page_src_uri)(index_src_uri)
    lines = [f"# {chapter_page_title('Answer key', chapter)}", ""]
    lines += [f"{plural(len(entries), 'question')}. [The answer key]({index_link}) lists every chapter.", ""]
    references: dict[str, References] = {}  # of each page, read once: a page holds many questions
    for entry in entries:
        source = entry.page.source
        if source.path not in references:
            references[source.path] = page_references(source.markdown)
        lines += _key_entry(entry, page_src_uri, references[source.path])
    return "\n".join(lines)


def _key_entry(entry: BankEntry, page_src_uri: str, references: References) -> list[str]:
    """``references``: the reference definitions of the question's page."""
    question = entry.question
    move = relocator(entry.page.source.src_uri, page_src_uri)

    def markdown(fragment: Fragment) -> list[str]:
        return rewrite_links(fragment.text, move, references).split("\n")

    where = f"[{entry.location}]({move('#' + entry.anchor)})"
    facts = [where, type_label(question)]
    if entry.snippet:
        versions = ", ".join(entry.versions)
        facts.append(f"snippet `{entry.snippet}`" + (f", CPython {versions}" if versions else ""))
    lines = [f"### {entry.id}", "", " · ".join(facts), "", *markdown(question.stem), ""]
    if entry.snippet:
        lines += [f"/// snippet | {entry.snippet}", "///", ""]
        if "prints" in question.settings:
            lines += [f"Asks which versions print `{question.settings['prints'].value}`.", ""]
    short = question.type is QuestionType.SHORT
    if question.tolerance is not None:
        lines += [f"Any number within {question.tolerance.text} of an accepted answer is accepted.", ""]
    for position, choice in enumerate(question.choices, 1):
        if question.type is QuestionType.ORDER:
            label = f"Step {position}"
        elif short:
            label = "Accepted" if choice.correct else "Anticipated wrong answer"
        else:
            label = "Right" if choice.correct else "Wrong"
        body = [code_span(short_answer_text(choice.body.text))] if short else markdown(choice.body)
        lines.append(f"- **{label}:** {body[0]}")
        lines += [f"    {line}" if line else "" for line in body[1:]]
        if choice.feedback is not None:
            lines.append("")
            lines += [f"    > {line}".rstrip() for line in markdown(choice.feedback)]
        lines.append("")
    for number, hint in enumerate(question.hints, 1):
        label = f"Hint {number}:" if len(question.hints) > 1 else "Hint:"
        lines += [f"**{label}**", "", *markdown(hint), ""]
    if question.explanation is not None:
        lines += ["**Explanation:**", "", *markdown(question.explanation), ""]
    return lines


def code_span(text: str) -> str:
    """``text`` as inline code, whatever backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
