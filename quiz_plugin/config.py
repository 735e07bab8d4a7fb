"""The plugin's configuration, as written under `plugins: - quiz:` in mkdocs.yml."""

from __future__ import annotations

from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from .strings import merge_strings


class InterfaceStrings(c.BaseConfigOption[dict[str, str]]):
    """A mapping of interface-string keys to text, checked against the known keys."""

    def __init__(self) -> None:
        super().__init__()
        self.default = {}

    def run_validation(self, value: Any) -> dict[str, str]:
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise ValidationError(f"expected a mapping of interface strings, not {type(value).__name__}")
        try:
            return merge_strings(value)
        except ValueError as error:
            raise ValidationError(str(error)) from error


class QuizConfig(Config):
    snippets_dir = c.Type(str, default="snippets")
    """The directory of tested snippets and their recorded outputs, relative to mkdocs.yml; used by
    `/// snippet | path` blocks and code-output questions. Ignored if it does not exist."""

    strings = InterfaceStrings()
    """Interface strings that replace the English defaults (see `quiz_plugin.strings` for the keys),
    for example `{check: Vérifier, retry: Réessayer}`."""
