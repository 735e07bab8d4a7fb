"""The language of a MkDocs site, as its theme says it: Material's `theme.language` (de, pt-BR, zh),
or the `theme.locale` of MkDocs' own themes (mkdocs, readthedocs: de, pt_BR)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig


def site_language(config: MkDocsConfig) -> str:
    """The theme's language ("" if it names none)."""
    theme = config.theme
    for key in ("language", "locale"):
        value = theme.get(key) if theme is not None else None
        if value:
            return str(value)  # MkDocs' themes hold a Locale, whose text is the tag (pt_BR)
    return ""
