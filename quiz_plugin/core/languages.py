"""The built-in languages of the interface strings, and which one a site's language tag gets.

Each language other than English (``strings.ENGLISH``) is a JSON file in ``locales/``: an object of
every key to its text, in the order of the English keys (the tests hold every file to every key, and
to the placeholders of the English text). Adding a key is one line in each file.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

BUILT_IN = ("en", "de", "fr", "es", "it", "pt-BR", "ja", "zh", "ru")
# A BCP 47 tag as themes write it (de, pt-BR, zh-Hant; MkDocs' own themes write pt_BR).
TAG_RE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\Z")
# Chinese in traditional characters: the built-in Chinese (`zh`) is written in simplified ones.
TRADITIONAL_CHINESE = {"hant", "tw", "hk", "mo"}


def language_tag(value: str) -> str:
    """``value`` as a BCP 47 tag (``pt_BR`` becomes ``pt-BR``), or "" if it is not one (Material's
    ``custom``)."""
    tag = value.strip().replace("_", "-")
    return tag if TAG_RE.match(tag) else ""


def built_in_language(tag: str) -> str | None:
    """The built-in language for a tag: the same tag (any case), else the same language (``de-AT``:
    ``de``; ``pt``: ``pt-BR``, the only Portuguese); None if there is none."""
    subtags = language_tag(tag).lower().split("-")
    by_tag = {code.lower(): code for code in BUILT_IN}
    if "-".join(subtags) in by_tag:
        return by_tag["-".join(subtags)]
    if subtags[0] == "zh" and TRADITIONAL_CHINESE.intersection(subtags[1:]):
        return None
    return next((code for code in BUILT_IN if code.lower().split("-")[0] == subtags[0]), None)


@cache
def locale_texts(code: str) -> dict[str, str]:
    """The texts of a built-in language other than English, by key."""
    if code not in BUILT_IN or code == "en":
        raise ValueError(f"no built-in locale file for `{code}`")
    text = (files("quiz_plugin.core") / "locales" / f"{code}.json").read_text(encoding="utf-8")
    texts: dict[str, str] = json.loads(text)
    return texts
