"""The pages that list the site's questions, written once every page has been rendered: "All questions"
with a page of each chapter's questions, and the reviewers' "Answer key" with a page of each chapter's
answers.

The chapters' pages are added to the build here, not with the other generated files: a chapter is the
title of a rendered page, unknown before. MkDocs builds every documentation page it has after the
``env`` event, these included. They are out of the navigation and out of search, in the folder named
after the page that links to them, which ``generated`` has claimed for them.
"""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from ..bank.build import BuildBank
from ..bank.links import relative_url
from ..bank.pages import (
    all_questions_markdown,
    answer_key_chapter_markdown,
    answer_key_markdown,
    chapter_page_title,
    chapter_questions_html,
    chapter_slugs,
)
from ..core.strings import Strings
from .generated import GeneratedFiles, chapter_folder, listing_front_matter


class Listings:
    def __init__(
        self,
        generated: GeneratedFiles,
        bank: BuildBank,
        config: MkDocsConfig,
        files: Files,
        set_page: Callable[[str], None],
        strings: Strings,
    ) -> None:
        """``set_page``: names the page the quiz extension converts next, for its messages; ``strings``:
        the site's interface strings, in which every page here is written."""
        self.generated = generated
        self.bank = bank
        self.config = config
        self.files = files
        self.set_page = set_page
        self.strings = strings
        self.chapters = bank.chapters()
        self.slugs = chapter_slugs([chapter.title for chapter in self.chapters])

    def write_all_questions(self, page: Page) -> None:
        """The "All questions" page (counts per chapter and type), and each chapter's list of questions."""
        generated = self.generated
        # Added before the page renders, so that its links to them are checked like any other.
        lists = self._chapter_pages(page.file, "questions_title")
        json_src_uri = generated.json.src_uri if generated.json else ""
        key = generated.answer_key.src_uri if generated.answer_key else ""
        paths = [listing.file.src_uri for listing in lists]
        page.markdown = all_questions_markdown(
            self.chapters, paths, page.file.src_uri, key, generated.tables, json_src_uri, self.strings
        )
        page.render(self.config, self.files)
        for chapter, listing in zip(self.chapters, lists, strict=True):
            # HTML, not Markdown: a conversion per chapter would cost the build more than its list.
            chapter_link = relative_url(chapter.first_url, listing.url)
            index_link = relative_url(page.url, listing.url)
            listing.content = chapter_questions_html(chapter, chapter_link, index_link, self.strings)

    def write_answer_key(self, page: Page) -> None:
        """The "Answer key" page (a link to each chapter's), and each chapter's answers, in Markdown: they
        show the questions' own Markdown, and each linked snippet as a ``/// snippet`` block."""
        keys = self._chapter_pages(page.file, "answer_key_title")
        paths = [key.file.src_uri for key in keys]
        page.markdown = answer_key_markdown(self.chapters, paths, page.file.src_uri, self.strings)
        page.render(self.config, self.files)
        entries = self.bank.bank()
        for chapter, key in zip(self.chapters, keys, strict=True):
            self.set_page(key.file.src_uri)
            key.markdown = answer_key_chapter_markdown(
                chapter.title, entries.in_chapter(chapter.title), key.file.src_uri, page.file.src_uri, self.strings
            )
            key.render(self.config, self.files)

    def _chapter_pages(self, index: File, title_key: str) -> list[Page]:
        """A page per chapter in the folder of ``index``, titled after it (``title_key``: the interface
        string of its title)."""
        folder = chapter_folder(index.src_uri)
        return [
            self._add_page(f"{folder}/{slug}.md", chapter_page_title(self.strings, title_key, chapter.title))
            for chapter, slug in zip(self.chapters, self.slugs, strict=True)
        ]

    def _add_page(self, path: str, title: str) -> Page:
        front_matter = listing_front_matter(title)
        file = File.generated(self.config, path, content=front_matter, inclusion=InclusionLevel.NOT_IN_NAV)
        self.files.append(file)
        page = Page(None, file, self.config)
        page.read_source(self.config)  # the front matter: the page's title, and search's exclusion
        return page
