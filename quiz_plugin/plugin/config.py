"""The plugin's configuration, as written under `plugins: - quiz:` in mkdocs.yml."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError

from ..core.strings import merge_strings


class InterfaceStrings(BaseConfigOption[dict[str, str]]):
    """A mapping of interface-string keys to text, checked against the known keys."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, str] = {}

    def run_validation(self, value: Any) -> dict[str, str]:
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise ValidationError(f"expected a mapping of interface strings, not {type(value).__name__}")
        try:
            return merge_strings(value)
        except ValueError as error:
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

    predict_first = c.Type(bool, default=False)
    """Report a question whose right answer a snippet block above it on the same page already prints
    (a question that tests scrolling, not understanding), unless the question says `recap: true`."""

    shuffle = c.Type(bool, default=False)
    """Show the options of single- and multiple-choice questions in an order of each reader's own, the
    same on every visit (a question's `shuffle:` setting overrides it). Without JavaScript and on paper,
    options keep the author's order, and the answer key's letters follow it."""

    balance = c.SubConfig(BalanceConfig)
    """Limits on the balance of answer keys (see ``BalanceConfig``)."""

    strings = InterfaceStrings()
    """Interface strings that replace the English defaults (see `quiz_plugin.strings` for the keys),
    for example `{check: Vérifier, retry: Réessayer}`."""

    questions_page = c.Type(str, default="questions.md")
    """The generated "All questions" page (counts per chapter and type, a link to every question), as a
    path in the docs directory; "" for none. It is in the navigation only where `nav` lists it."""

    answer_key = c.Type(bool, default=False)
    """Whether to generate the reviewers' "Answer key" page, never in the navigation and excluded from
    search. Preview builds turn it on with the environment variable `QUIZ_ANSWER_KEY=1` instead."""

    answer_key_page = c.Type(str, default="answer-key.md")
    """Where the answer key goes, as a path in the docs directory."""

    progress_page = c.Type(str, default="")
    """The generated "Your progress" page, as a path in the docs directory (for example `progress.md`);
    "" (the default) for none. It shows each reader, from what their browser keeps, their score per
    chapter, the questions to review (Leitner boxes: back after 1, 3 and 7 days), and lets them export,
    import and clear their progress. It is in the navigation only where `nav` lists it."""
