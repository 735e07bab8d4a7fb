"""The file names of the chapters' pages of "All questions" and of the answer key."""

from __future__ import annotations

from quiz_plugin.bank.pages import chapter_slugs


def test_a_chapter_page_is_named_after_the_chapter_in_lower_case_ascii_words() -> None:
    assert chapter_slugs(["Garbage collection", "The GIL", "Beyond 512 bytes: malloc & RSS"]) == [
        "garbage-collection",
        "the-gil",
        "beyond-512-bytes-malloc-rss",
    ]


def test_accents_are_dropped_and_a_title_without_latin_letters_or_digits_gets_its_number() -> None:
    assert chapter_slugs(["Référence", "メモリ", "Сборка мусора"]) == ["reference", "chapter-2", "chapter-3"]


def test_names_are_unique_and_never_the_folder_s_own_page() -> None:
    # index.md or README.md in the folder would be the folder's own page: the one that links to the chapters.
    assert chapter_slugs(["Index", "README", "A b", "A: b", "a-b-2"]) == [
        "index-2",
        "readme-2",
        "a-b",
        "a-b-2",
        "a-b-2-2",
    ]
