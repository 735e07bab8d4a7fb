"""Code-output questions: the answer key is checked against what the snippet really printed."""

from __future__ import annotations

import textwrap
from functools import partial
from pathlib import Path

import pytest

from quiz_plugin.core.parser import parse
from quiz_plugin.core.validate import validate_question
from quiz_plugin.snippets.code_output import check_code_output, question_reader_keys
from quiz_plugin.snippets.reader_version import ReaderKeys
from quiz_plugin.snippets.recordings import SnippetStore


@pytest.fixture
def store(tmp_path: Path) -> SnippetStore:
    (tmp_path / "gc").mkdir()
    (tmp_path / "gc" / "threshold.py").write_text("import gc\nprint(gc.get_threshold())\n", encoding="utf-8")
    for version, output in {"3.11": "(700, 10, 10)", "3.12": "(700, 10, 10)", "3.13": "(2000, 10, 10)"}.items():
        (tmp_path / "gc" / f"threshold.{version}.out").write_text(output + "\n", encoding="utf-8")
    return SnippetStore(tmp_path)


def problems(source: str, store: SnippetStore | None) -> list[tuple[int, str]]:
    block = parse(textwrap.dedent(source).lstrip("\n")).blocks[0]
    assert block.problems == ()
    checks = [partial(check_code_output, store=store)]
    return [(p.line, p.message) for p in validate_question(block.question, checks=checks)]


WHAT_IT_PRINTS = """
    /// quiz | threshold
        snippet: gc/threshold.py
        version: 3.13
    What does this print on CPython 3.13?

    - [ ] `(700, 10, 10)`
    - [x] `(2000, 10, 10)`
    ///
    """


def test_an_answer_key_that_matches_the_recording_passes(store: SnippetStore) -> None:
    assert problems(WHAT_IT_PRINTS, store) == []


def test_a_marked_answer_that_disagrees_with_the_recording_is_reported_at_its_line(store: SnippetStore) -> None:
    stale = WHAT_IT_PRINTS.replace("version: 3.13", "version: 3.12").replace("on CPython 3.13", "on CPython 3.12")
    assert problems(stale, store) == [
        (6, "this answer is marked wrong, but it is what `gc/threshold.py` prints on CPython 3.12"),
        (7, "this answer is marked right, but `gc/threshold.py` prints `(700, 10, 10)` on CPython 3.12"),
    ]


def test_a_version_without_a_recording_is_reported(store: SnippetStore) -> None:
    assert problems(WHAT_IT_PRINTS.replace("version: 3.13", "version: 3.10"), store) == [
        (3, "snippet `gc/threshold.py` has no recording for CPython 3.10: record it")
    ]


def test_several_versions_must_print_the_same_thing(store: SnippetStore) -> None:
    assert problems(WHAT_IT_PRINTS.replace("version: 3.13", "version: 3.12, 3.13"), store) == [
        (3, "`gc/threshold.py` prints different things on CPython 3.12, 3.13: ask about them one at a time")
    ]


def test_a_missing_snippet_is_reported(store: SnippetStore) -> None:
    assert problems(WHAT_IT_PRINTS.replace("gc/threshold.py", "gc/nope.py"), store)[0][1].startswith(
        "no snippet `gc/nope.py`"
    )


def test_short_numeric_answers_are_compared_as_numbers(store: SnippetStore, tmp_path: Path) -> None:
    (tmp_path / "gc" / "count.py").write_text("print(512)\n", encoding="utf-8")
    (tmp_path / "gc" / "count.3.13.out").write_text("512\n", encoding="utf-8")
    source = """
        /// quiz | count
            type: short
            numeric: true
            snippet: gc/count.py
            version: 3.13
        What does it print?

        - [x] 0x200
        - [ ] 256
        ///
        """
    assert problems(source, store) == []
    wrong_key = source.replace("- [x] 0x200", "- [x] 256").replace("- [ ] 256", "- [ ] 512.0")
    assert problems(wrong_key, store) == [
        (8, "this answer is marked right, but `gc/count.py` prints `512` on CPython 3.13"),
        (9, "this answer is marked wrong, but it is what `gc/count.py` prints on CPython 3.13"),
    ]


def test_with_a_tolerance_the_recording_must_be_within_it_of_the_key_as_readers_are_judged(
    store: SnippetStore, tmp_path: Path
) -> None:
    """The build judges the recorded output as the browser judges a reader who types it (answers.py)."""
    (tmp_path / "gc" / "size.py").write_text("print(8000056)\n", encoding="utf-8")
    (tmp_path / "gc" / "size.3.13.out").write_text("8000056\n", encoding="utf-8")
    source = """
        /// quiz | size
            type: short
            numeric: true
            tolerance: 1%
            snippet: gc/size.py
            version: 3.13
        About how many bytes does it print?

        - [x] 8e6
        - [ ] 28e6
            > That counts the ints too.
        ///
        """
    assert problems(source, store) == []
    assert problems(source.replace("tolerance: 1%", "tolerance: 50"), store) == [
        (9, "this answer is marked right, but `gc/size.py` prints `8000056` on CPython 3.13")
    ]
    swapped = source.replace("- [x] 8e6", "- [x] 28e6").replace("- [ ] 28e6", "- [ ] 8e6")
    assert problems(swapped, store) == [
        (9, "this answer is marked right, but `gc/size.py` prints `8000056` on CPython 3.13"),
        (10, "this answer is marked wrong, but it is what `gc/size.py` prints on CPython 3.13"),
    ]


WHICH_VERSIONS = """
    /// quiz | which
        type: multiple
        snippet: gc/threshold.py
        prints: (700, 10, 10)
    Which versions print `(700, 10, 10)`?

    - [x] CPython 3.11
    - [x] CPython 3.12
    - [ ] CPython 3.13
    ///
    """


def test_which_versions_print_an_output_is_checked_version_by_version(store: SnippetStore) -> None:
    assert problems(WHICH_VERSIONS, store) == []
    wrong = WHICH_VERSIONS.replace("- [ ] CPython 3.13", "- [x] CPython 3.13").replace(
        "- [x] CPython 3.11", "- [ ] CPython 3.11"
    )
    assert problems(wrong, store) == [
        (7, "`gc/threshold.py` prints `(700, 10, 10)` on CPython 3.11: mark this answer `[x]`"),
        (9, "`gc/threshold.py` does not print `(700, 10, 10)` on CPython 3.13: mark this answer `[ ]`"),
    ]


def test_an_answer_that_names_no_version_is_reported(store: SnippetStore) -> None:
    assert problems(WHICH_VERSIONS.replace("- [ ] CPython 3.13", "- [ ] The newest one"), store) == [
        (9, "this answer names no CPython version (such as 3.12)")
    ]


def test_code_output_questions_need_a_snippets_directory() -> None:
    assert problems(WHAT_IT_PRINTS, None) == [
        (2, "code-output questions need a snippets directory (the plugin's `snippets_dir`)")
    ]


FOLLOWS_THE_READER = """
    /// quiz | threshold
        snippet: gc/threshold.py
        version: reader
    What does this print on CPython {version}?

    - [ ] `(700, 10, 10)`
    - [x] `(2000, 10, 10)`
    - [ ] `(2000, 10, 0)`
    ///
    """


def reader_store(store: SnippetStore, default: str) -> SnippetStore:
    return SnippetStore(store.root, reader_version=default)


def test_a_question_following_the_reader_passes_when_every_version_has_its_answer(store: SnippetStore) -> None:
    assert problems(FOLLOWS_THE_READER, store) == []  # the newest recorded version by default: 3.13
    assert problems(FOLLOWS_THE_READER, reader_store(store, "3.13")) == []


def test_its_key_on_each_version_is_the_answer_equal_to_that_versions_recording(store: SnippetStore) -> None:
    block = parse(textwrap.dedent(FOLLOWS_THE_READER).lstrip("\n")).blocks[0]
    assert block.question is not None
    keys = question_reader_keys(block.question, reader_store(store, "3.13"))
    assert keys == ReaderKeys("3.13", ("3.13", "3.12", "3.11"), (("3.12", "3.11"), ("3.13",), ()))


def test_a_version_whose_output_no_answer_gives_is_reported_at_the_setting(store: SnippetStore) -> None:
    without_700 = FOLLOWS_THE_READER.replace("    - [ ] `(700, 10, 10)`\n", "")
    assert problems(without_700, store) == [
        (
            3,
            "`gc/threshold.py` prints `(700, 10, 10)` on CPython 3.12, 3.11, and no answer says so: add that "
            "answer, so that the question has a right answer on every version it follows",
        )
    ]


def test_the_marked_answer_must_be_the_default_versions(store: SnippetStore) -> None:
    assert problems(FOLLOWS_THE_READER, reader_store(store, "3.12")) == [
        (
            6,
            "this is what `gc/threshold.py` prints on CPython 3.12, the version pages show by default: "
            "mark this answer `[x]`",
        ),
        (
            7,
            "this answer is marked right, but `gc/threshold.py` prints something else on CPython 3.12, the "
            "version pages show by default: mark this answer `[ ]`",
        ),
    ]
    assert problems(FOLLOWS_THE_READER, reader_store(store, "3.10")) == [
        (3, "`gc/threshold.py` has no recording for CPython 3.10, the version pages show by default")
    ]


def test_a_question_following_the_reader_names_the_version_and_has_one_right_answer(store: SnippetStore) -> None:
    assert problems(FOLLOWS_THE_READER.replace("{version}", "3.13"), store) == [
        (4, "a `version: reader` question names the reader's version: write `{version}` in its text")
    ]
    several = FOLLOWS_THE_READER.replace("version: reader", "version: reader\n        type: multiple")
    assert problems(several, store) == [(3, "a `version: reader` question has one right output: use `type: single`")]


def test_a_question_can_follow_only_the_versions_it_names(store: SnippetStore) -> None:
    only_313 = FOLLOWS_THE_READER.replace("version: reader", "version: reader 3.13+").replace(
        "    - [ ] `(700, 10, 10)`\n", ""
    )
    assert problems(only_313, store) == []
    block = parse(textwrap.dedent(only_313).lstrip("\n")).blocks[0]
    assert block.question is not None
    keys = question_reader_keys(block.question, store)
    assert keys is not None and keys.versions == ("3.13",)
    assert problems(FOLLOWS_THE_READER.replace("version: reader", "version: reader 3.x"), store) == [
        (3, "`3.x` is not a version range such as 3.12, 3.12+, 3.10-3.12 or 3.14-wasm32")
    ]
