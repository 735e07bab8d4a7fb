"""The plugin's configuration, as written under `plugins: - quiz:` in mkdocs.yml."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError

from .strings import merge_strings


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


class QuizConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__
    snippets_dir = c.Type(str, default="snippets")
    """The directory of tested snippets and their recorded outputs, relative to mkdocs.yml; used by
    `/// snippet | path` blocks and code-output questions. Ignored if it does not exist."""

    predict_first = c.Type(bool, default=False)
    """Report a question whose right answer a snippet block above it on the same page already prints
    (a question that tests scrolling, not understanding), unless the question says `recap: true`."""

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
