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
from ..core.strings import Strings, english
from ..core.true_false import true_false_words
from .build import Chapter
from .entries import BankEntry, type_label
from .links import References, page_references, relocator, rewrite_links

# The columns of the table of chapters, by the interface string of each kind of question.
TYPE_COLUMNS = (
    (QuestionType.SINGLE, "type_single"),
    (QuestionType.MULTIPLE, "type_multiple"),
    (QuestionType.TRUE_FALSE, "type_true_false"),
    (QuestionType.SHORT, "type_short"),
    (QuestionType.ORDER, "type_order"),
)
# Names a chapter's page may not take: in a folder, index.md and README.md are the folder's own page,
# which is the page that links to the chapters.
RESERVED_NAMES = {"index", "readme"}
# What Python-Markdown would read as markup in a text (the rest of its escapable characters only
# matter at the start of a line, where no interface text is written).
MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]])")


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


def markdown_text(text: str) -> str:
    """An interface text as Markdown that reads as the same text (a site's `strings` are never markup)."""
    return MARKDOWN_SPECIAL_RE.sub(r"\\\1", html.escape(text, quote=False))


def html_text(text: str) -> str:
    """An interface text as HTML that reads as the same text."""
    return html.escape(text, quote=False)


def heading(label: str) -> str:
    """A kind of question as a table's heading: ``single choice`` becomes ``Single choice``."""
    return label[:1].upper() + label[1:]


def all_questions_markdown(
    chapters: Sequence[Chapter],
    chapter_pages: Sequence[str],
    page_src_uri: str,
    answer_key_src_uri: str,
    tables: bool,
    json_src_uri: str = "",
    strings: Strings | None = None,
) -> str:
    """The Markdown of the "All questions" page, after its front matter, in the words of the site's
    ``strings``: the counts of each chapter, which links to its list of questions (``chapter_pages``:
    their source paths, in the order of ``chapters``); ``json_src_uri``: where the machine-readable list
    is published, if it is."""
    strings = strings or english()
    page_link = relocator("", page_src_uri)  # from a docs-relative path to a link on this page
    total = sum(len(chapter) for chapter in chapters)
    words = {key: markdown_text(strings[key]) for key in ("questions_title", "answer_key_title", "chapter", "all")}
    # A column for each type, ordering questions only if the site has any.
    types = [
        (kind, key)
        for kind, key in TYPE_COLUMNS
        if kind is not QuestionType.ORDER or any(chapter.counts[kind] for chapter in chapters)
    ]
    kinds = [markdown_text(strings[key]) for _, key in types]
    code_output_label = markdown_text(strings["code_output"])

    lines = [f"# {words['questions_title']}", ""]
    intro = [strings.markup("questions_intro", markdown_text, questions=total, chapters=len(chapters))]
    if json_src_uri:
        link = f"[{json_src_uri}]({page_link(json_src_uri)})"
        intro.append(strings.markup("questions_json", markdown_text, file=link))
    lines += [" ".join(intro), ""]
    if answer_key_src_uri:
        link = f"[{words['answer_key_title']}]({page_link(answer_key_src_uri)})"
        lines += [strings.markup("questions_answer_key", markdown_text, page=link), ""]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    links = [f"[{chapter.title}]({page_link(path)})" for chapter, path in zip(chapters, chapter_pages, strict=True)]
    if tables:
        lines.append(row([words["chapter"], *map(heading, kinds), words["all"], heading(code_output_label)]))
        lines.append(row([":--", *("--:" for _ in types), "--:", "--:"]))
        for chapter, link in zip(chapters, links, strict=True):
            numbers = [str(chapter.counts[kind]) for kind, _ in types]
            lines.append(row([link, *numbers, str(len(chapter)), str(chapter.code_output)]))
        all_numbers = [str(sum(chapter.counts[kind] for chapter in chapters)) for kind, _ in types]
        code_output = sum(chapter.code_output for chapter in chapters)
        lines.append(row([f"**{words['all']}**", *all_numbers, f"**{total}**", str(code_output)]))
    else:
        for chapter, link in zip(chapters, links, strict=True):
            parts = [
                f"{label}: {chapter.counts[kind]}"
                for (kind, _), label in zip(types, kinds, strict=True)
                if chapter.counts[kind]
            ]
            parts.append(f"{code_output_label}: {chapter.code_output}")
            count = strings.markup("count", markdown_text, count=len(chapter))
            lines.append(f"- {link}: {count} ({', '.join(parts)})")
    lines.append("")
    return "\n".join(lines)


def chapter_page_title(strings: Strings, title_key: str, chapter: str) -> str:
    """The title of a chapter's page of the "All questions" list (``title_key``: ``questions_title``) or
    of the answer key (``answer_key_title``), as text: the interface string ``chapter_page_title``."""
    return strings.text("chapter_page_title", page=strings[title_key], chapter=chapter)


def chapter_questions_html(chapter: Chapter, chapter_link: str, index_link: str, strings: Strings | None = None) -> str:
    """The content of a chapter's page of the "All questions" list: every question of the chapter, linked
    to where it is asked (``chapter_link``, ``index_link``: the chapter's first page and the "All
    questions" page, as links from this page), in the words of the site's ``strings``."""
    strings = strings or english()
    title = html_text(chapter_page_title(strings, "questions_title", chapter.title))
    chapter_anchor = f'<a href="{html.escape(chapter_link)}">{html_text(chapter.title)}</a>'
    index_anchor = f'<a href="{html.escape(index_link)}">{html_text(strings["questions_title"])}</a>'
    intro = strings.markup(
        "questions_chapter_intro", html_text, count=len(chapter), chapter=chapter_anchor, page=index_anchor
    )
    return "\n".join([f"<h1>{title}</h1>", f"<p>{intro}</p>", "<ul>", *chapter.items, "</ul>"])


def answer_key_markdown(
    chapters: Sequence[Chapter], chapter_pages: Sequence[str], page_src_uri: str, strings: Strings | None = None
) -> str:
    """The Markdown of the "Answer key" page, after its front matter: a link to each chapter's key, in the
    words of ``strings``."""
    strings = strings or english()
    page_link = relocator("", page_src_uri)
    lines = [f"# {markdown_text(strings['answer_key_title'])}", "", markdown_text(strings["answer_key_intro"]), ""]
    for chapter, path in zip(chapters, chapter_pages, strict=True):
        count = strings.markup("count", markdown_text, count=len(chapter))
        lines.append(f"- [{chapter.title}]({page_link(path)}): {count}")
    lines.append("")
    return "\n".join(lines)


def answer_key_chapter_markdown(
    chapter: str,
    entries: Sequence[BankEntry],
    page_src_uri: str,
    index_src_uri: str,
    strings: Strings | None = None,
) -> str:
    """The Markdown of a chapter's page of the answer key, after its front matter, in the words of
    ``strings``."""
    strings = strings or english()
    index_link = relocator("", page_src_uri)(index_src_uri)
    key_title = markdown_text(strings["answer_key_title"])
    lines = [f"# {strings.markup('chapter_page_title', markdown_text, page=key_title, chapter=chapter)}", ""]
    index = f"[{key_title}]({index_link})"
    lines += [strings.markup("answer_key_chapter_intro", markdown_text, count=len(entries), page=index), ""]
    references: dict[str, References] = {}  # of each page, read once: a page holds many questions
    for entry in entries:
        source = entry.page.source
        if source.path not in references:
            references[source.path] = page_references(source.markdown)
        lines += _key_entry(entry, page_src_uri, references[source.path], strings)
    return "\n".join(lines)


def _key_entry(entry: BankEntry, page_src_uri: str, references: References, strings: Strings) -> list[str]:
    """``references``: the reference definitions of the question's page."""
    question = entry.question
    move = relocator(entry.page.source.src_uri, page_src_uri)

    def markdown(fragment: Fragment) -> list[str]:
        return rewrite_links(fragment.text, move, references).split("\n")

    def label(key: str) -> str:
        return f"**{markdown_text(strings[key])}:**"

    where = f"[{entry.location}]({move('#' + entry.anchor)})"
    facts = [where, markdown_text(type_label(question, strings))]
    if entry.snippet:
        versions = ", ".join(entry.versions)
        snippet = strings.markup("key_snippet", markdown_text, snippet=code_span(entry.snippet))
        facts.append(snippet + (f", CPython {versions}" if versions else ""))
    lines = [f"### {entry.id}", "", " · ".join(facts), "", *markdown(question.stem), ""]
    if entry.snippet:
        lines += [f"/// snippet | {entry.snippet}", "///", ""]
        if "prints" in question.settings:
            output = code_span(question.settings["prints"].value)
            lines += [strings.markup("key_prints", markdown_text, output=output), ""]
    short = question.type is QuestionType.SHORT
    words = true_false_words(strings["true"], strings["false"])
    if question.tolerance is not None:
        lines += [strings.markup("key_tolerance", markdown_text, tolerance=markdown_text(question.tolerance.text)), ""]
    for position, choice in enumerate(question.choices, 1):
        if question.type is QuestionType.ORDER:
            name = f"**{markdown_text(strings.text('key_step', number=position))}:**"
        elif short:
            name = label("key_accepted" if choice.correct else "key_anticipated")
        else:
            name = label("right" if choice.correct else "wrong")
        if short:
            body = [code_span(short_answer_text(choice.body.text))]
        elif question.type is QuestionType.TRUE_FALSE:  # the site's word, as readers see it
            word = strings["true"] if words.value(choice.body.text) else strings["false"]
            body = [markdown_text(word)]
        else:
            body = markdown(choice.body)
        lines.append(f"- {name} {body[0]}")
        lines += [f"    {line}" if line else "" for line in body[1:]]
        if choice.feedback is not None:
            lines.append("")
            lines += [f"    > {line}".rstrip() for line in markdown(choice.feedback)]
        lines.append("")
    for number, hint in enumerate(question.hints, 1):
        name = label("hint")
        if len(question.hints) > 1:
            name = f"**{markdown_text(strings.text('hint_of', number=number, count=len(question.hints)))}:**"
        lines += [name, "", *markdown(hint), ""]
    if question.explanation is not None:
        lines += [label("explanation"), "", *markdown(question.explanation), ""]
    return lines


def code_span(text: str) -> str:
    """``text`` as inline code, whatever backticks it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
