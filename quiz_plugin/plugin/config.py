"""The plugin's configuration, as written under `plugins: - quizblocks:` in mkdocs.yml."""

from __future__ import annotations

import os
import posixpath
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError

from ..core.strings import StringsError, checked_overrides
from ..snippets.recordings import SnippetError, Version


class InterfaceStrings(BaseConfigOption[dict[str, str]]):
    """A mapping of interface-string keys to texts that replace the built-in ones, checked: the keys,
    that each value is text, and each text's placeholders (``core.strings.checked_overrides``)."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, str] = {}

    def run_validation(self, value: Any) -> dict[str, str]:
        try:
            return checked_overrides(value)
        except StringsError as error:
            raise ValidationError(str(error)) from error


ANSWER_KEY_VARIABLE = "QUIZ_ANSWER_KEY"


def answer_key_wanted(configured: bool) -> bool:
    """The answer key is built if the configuration asks for it or ``QUIZ_ANSWER_KEY`` is set to
    1, true or yes (how a preview build asks for it without a different mkdocs.yml)."""
    return configured or os.environ.get(ANSWER_KEY_VARIABLE, "").strip().lower() in ("1", "true", "yes")


class Share(c.Type[float]):
    """A share between 0 and 1, such as 0.35."""

    def __init__(self) -> None:
        super().__init__((int, float))

    def run_validation(self, value: Any) -> float:
        value = super().run_validation(value)
        if not 0 <= value <= 1:
            raise ValidationError(f"expected a share between 0 and 1 (such as 0.35), not {value}")
        return float(value)


class PositionLimits(BaseConfigOption[dict[int, float]]):
    """A mapping of a number of options (2 or more) to a share, such as `{4: 0.35}`."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[int, float] = {}

    def run_validation(self, value: Any) -> dict[int, float]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValidationError(f"expected a mapping such as {{4: 0.35}}, not {type(value).__name__}")
        limits = {}
        for options, share in value.items():
            if isinstance(options, bool) or not isinstance(options, int) or options < 2:
                raise ValidationError(f"`{options}` is not a number of options (2 or more)")
            limits[options] = Share().run_validation(share)
        return limits


class SitePath(c.Type[str]):
    """A path inside the site, relative to the docs directory (``questions.md``), or "" for none;
    ``page``: a Markdown page (``.md``), otherwise a file that is not one (``quizzes.json``)."""

    def __init__(self, *, page: bool, default: str = "") -> None:
        super().__init__(str, default=default)
        self.page = page

    def run_validation(self, value: Any) -> str:
        value = super().run_validation(value)
        if not value:
            return ""
        example = "questions.md" if self.page else "quizzes.json"
        normal = posixpath.normpath(value)
        if "\\" in value or value.startswith("/") or normal != value or normal.startswith(".."):
            raise ValidationError(
                f'expected a path inside the docs directory such as {example} (or "" for none), not {value!r}'
            )
        if self.page != value.endswith(".md"):
            wanted = "a Markdown page, ending in .md" if self.page else "a file that is not a page (not .md)"
            raise ValidationError(f'expected {wanted}, such as {example} (or "" for none), not {value!r}')
        return str(value)


class CPythonVersion(c.Type[str]):
    """A CPython version such as 3.13 (or 3.13t, or 3.14-wasm32 where recordings name a platform), or ""."""

    def __init__(self) -> None:
        super().__init__(str, default="")

    def run_validation(self, value: Any) -> str:
        value = super().run_validation(value)
        if not value:
            return ""
        try:
            return str(Version.parse(value))
        except SnippetError as error:
            raise ValidationError(str(error)) from error


class VersionNotes(BaseConfigOption[dict[str, str]]):
    """A mapping of CPython versions (as recordings name them) to text."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, str] = {}

    def run_validation(self, value: Any) -> dict[str, str]:
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(isinstance(text, str) for text in value.values()):
            raise ValidationError("expected a mapping of CPython versions to text, such as {3.14-wasm32: ...}")
        try:
            return {str(Version.parse(str(key))): text for key, text in value.items()}
        except SnippetError as error:
            raise ValidationError(str(error)) from error


class BalanceConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__
    """Limits on the item statistics of the site's questions (``lint --stats`` prints them); a question that
    puts the site over one is reported at its line. Each is off unless set."""

    position_max = PositionLimits()
    """For single-choice questions with a given number of options, the largest share of one right-answer
    position, for example `{4: 0.35}` (no position above 35 % among four-option questions)."""

    position_from = c.Type(int, default=20)
    """How many single-choice questions with that number of options there must be before it is checked."""

    longest_max = c.Optional(Share())
    """The largest share of single-choice questions whose right answer is strictly the longest option."""

    true_min = c.Optional(Share())
    """The smallest share of true statements among true/false questions."""

    true_max = c.Optional(Share())
    """The largest share of true statements among true/false questions."""


class QuizConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__
    snippets_dir = c.Type(str, default="snippets")
    """The directory of tested snippets and their recorded outputs, relative to mkdocs.yml; used by
    `/// snippet | path` blocks and code-output questions. Ignored if it does not exist."""

    snippet_versions = c.Type(str, default="")
    """The CPython versions a snippet applies to unless its first lines say (`# versions: ...`), such
    as `3.10+`; every version if empty."""

    snippet_record_command = c.Type(str, default="")
    """The command that records snippet outputs on this site, named in messages about a missing
    recording (for example `./dev test tests/tested_snippets --update-snippets`)."""

    reader_version = CPythonVersion()
    """The version that code-output questions written with `version: reader` show by default: without
    JavaScript, in print, and to a reader who has not picked one (the newest recorded if empty). Their
    answer marked `[x]` must be the right one on it."""

    version_notes = VersionNotes()
    """What pages say of a build whose outputs they show, by its version as recordings name it, for
    example `{3.14-wasm32: "CPython 3.14.2, WebAssembly (32-bit), via Pyodide"}`: the title of those
    outputs."""

    predict_first = c.Type(bool, default=False)
    """Report a question whose right answer a snippet block above it on the same page already prints
    (a question that tests scrolling, not understanding), unless the question says `recap: true`."""

    shuffle = c.Type(bool, default=False)
    """Show the options of single- and multiple-choice questions in an order of each reader's own, the
    same on every visit (a question's `shuffle:` setting overrides it). Without JavaScript and on paper,
    options keep the author's order, and the answer key's letters follow it."""

    balance = c.SubConfig(BalanceConfig)
    """Limits on the balance of the answer keys, each off unless set: a question that puts the site over
    one is reported at its line (``BalanceConfig``; ``lint --stats`` prints the statistics)."""

    language = c.Type(str, default="")
    """The language of the interface strings, as a BCP 47 tag (`de`, `pt-BR`, `zh`); by default the
    theme's (`theme.language`, or `theme.locale` of MkDocs' own themes). English where none is built in."""

    strings = InterfaceStrings()
    """Interface strings that replace the built-in ones of the language, by key, for example `{check:
    Vérifier, retry: Réessayer}` (``quiz_plugin/core/strings.py`` has every key); an unknown key, or a text
    whose placeholders its key does not know, is a configuration error naming the key."""

    questions_page = SitePath(page=True)
    """The generated "All questions" page, as a path in the docs directory (for example `questions.md`);
    "" (the default) for none. It counts each chapter's questions by type, and links to a page per chapter
    (in the folder of the same name, `questions/`) that lists and links every question of the chapter. It
    is in the navigation only where `nav` lists it; the chapters' pages never are."""

    quizzes_json = SitePath(page=False)
    """Where to publish the machine-readable list of every question (id, page, anchor, source line,
    chapter, type, versions and snippet; no answers), as a path in the site (for example
    `quizzes.json`); "" (the default) for none."""

    answer_key = c.Type(bool, default=False)
    """Whether to generate the reviewers' "Answer key" (every question with its answers, feedback and
    snippet), never in the navigation and excluded from search; for preview builds, not for publishing.
    The environment variable `QUIZ_ANSWER_KEY=1` turns it on too, so that a preview needs no other
    mkdocs.yml."""

    answer_key_page = SitePath(page=True, default="answer-key.md")
    """Where the answer key goes, as a path in the docs directory: a page that links to a page per
    chapter, in the folder of the same name (`answer-key/`)."""

    progress_page = SitePath(page=True)
    """The generated "Your progress" page, as a path in the docs directory (for example `progress.md`);
    "" (the default) for none. It shows each reader, from what their browser keeps, their score per
    chapter, the questions to review (Leitner boxes: back after 1, 3 and 7 days), and lets them export,
    import and clear their progress. It is in the navigation only where `nav` lists it."""

    run_snippets = c.Type(bool, default=False)
    """A Run button under each snippet block that shows both code and output, for the snippets recorded on
    CPython compiled to WebAssembly (`3.14-wasm32`): a reader runs the code, or their edit of it, in their
    browser, on Pyodide served by the site itself (copied from `pyodide_dir` at build time, fetched on the
    first press only), in a Web Worker with a Stop button, a fresh interpreter for every run. Off by default."""

    pyodide_dir = c.Type(str, default="node_modules/pyodide")
    """Where the npm package `pyodide` is, relative to mkdocs.yml (`npm ci` puts it in `node_modules/`);
    read only when `run_snippets` is on. The same files should record the `3.14-wasm32` outputs."""
