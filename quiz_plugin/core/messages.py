"""Interface messages: text with placeholders, and plural forms where a message counts.

The syntax is a small part of ICU MessageFormat, the one translation tools know:

- ``{number}`` is replaced by a value (``Question {number}``);
- ``{count, plural, one {# question} other {# questions}}`` picks the form of the count's plural
  category in the message's language (``plurals``), or an exact one (``=0 {no questions}``); ``#``
  in a form is the count. ``other`` is required: it is the form of any category a message leaves out.

Braces are always syntax (no interface text needs a literal one) and apostrophes are text, so French
and Italian read as written. A message is parsed once (``parse_message``), which reports a mistake with
what to change; the build checks every configured message against the placeholders its key knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from .plurals import CATEGORIES, PluralRule, plural_rule

NAME_RE = re.compile(r"[a-z_][a-z0-9_]*\Z")
SELECTOR_RE = re.compile(r"\s*([a-z]+|=\d+)\s*\{")


class MessageError(ValueError):
    """A message that cannot be read; the text says what to change."""


@dataclass(frozen=True)
class Value:
    name: str


@dataclass(frozen=True)
class Plural:
    name: str
    forms: Mapping[str, tuple[Part, ...]]  # by category ("one") or exact count ("=0")


Part = str | Value | Plural


@dataclass(frozen=True)
class Message:
    parts: tuple[Part, ...]

    def format(self, language: str, values: Mapping[str, object], escape: Callable[[str], str] | None = None) -> str:
        """The text with its values filled in. ``escape``, if given, applies to the message's own words
        and not to the values (markup written by the caller: a link, code)."""
        return _format(self.parts, plural_rule(language), values, escape or _same)

    def placeholders(self) -> set[str]:
        return _names(self.parts)

    def counts(self) -> set[str]:
        """The placeholders that choose a plural form."""
        return _names(self.parts, plural_only=True)

    def shown(self) -> set[str]:
        """The placeholders whose value the text shows (a count that only chooses a form is not shown)."""
        return _names(self.parts, shown_only=True)

    def for_script(self) -> str | list[object]:
        """The message as the browser script reads it: plain text as it is; otherwise a list of text and
        ``{"v": name}``, or ``{"v": name, "p": {form: message}}`` for a plural (``#`` is its value)."""
        return _for_script(self.parts)


def _same(text: str) -> str:
    return text


def _format(
    parts: tuple[Part, ...], rule: PluralRule, values: Mapping[str, object], escape: Callable[[str], str]
) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(escape(part))
        elif isinstance(part, Value):
            out.append(str(values[part.name]))
        else:
            count = values[part.name]
            assert isinstance(count, int), f"{part.name} is a count, not {count!r}"
            forms = part.forms
            form = forms.get(f"={count}") or forms.get(rule(count)) or forms["other"]
            out.append(_format(form, rule, values, escape))
    return "".join(out)


def _names(parts: tuple[Part, ...], plural_only: bool = False, shown_only: bool = False) -> set[str]:
    names: set[str] = set()
    for part in parts:
        if isinstance(part, Plural):
            if not shown_only:
                names.add(part.name)
            for form in part.forms.values():
                names |= _names(form, plural_only, shown_only)
        elif isinstance(part, Value) and not plural_only:
            names.add(part.name)
    return names


def _for_script(parts: tuple[Part, ...]) -> str | list[object]:
    if all(isinstance(part, str) for part in parts):
        return "".join(part for part in parts if isinstance(part, str))
    out: list[object] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Value):
            out.append({"v": part.name})
        else:
            out.append({"v": part.name, "p": {key: _for_script(form) for key, form in part.forms.items()}})
    return out


@cache
def parse_message(text: str) -> Message:
    parts, end = _parse(text, 0, None)
    if end < len(text):
        raise MessageError(f"`}}` at character {end + 1} closes nothing")
    return Message(parts)


def _parse(text: str, start: int, count: str | None) -> tuple[tuple[Part, ...], int]:
    """The parts from ``start`` up to an unmatched ``}`` (or the end), and where that is. Inside a plural
    form, ``count`` names its count, which ``#`` stands for."""
    parts: list[Part] = []
    literal: list[str] = []
    position = start
    while position < len(text):
        char = text[position]
        if char == "}":
            break
        if char == "#" and count is not None:
            parts += ["".join(literal), Value(count)]
            literal = []
            position += 1
        elif char == "{":
            parts.append("".join(literal))
            literal = []
            part, position = _placeholder(text, position)
            parts.append(part)
        else:
            literal.append(char)
            position += 1
    parts.append("".join(literal))
    return tuple(part for part in parts if part != ""), position


def _placeholder(text: str, start: int) -> tuple[Part, int]:
    """The placeholder that opens at ``start``, and the position after its closing brace."""
    inner_start = start + 1
    head_end = len(text)
    for index in range(inner_start, len(text)):
        if text[index] in "{}":
            head_end = index
            break
    head = text[inner_start:head_end]
    if head_end == len(text):
        raise MessageError(f"`{{` at character {start + 1} is never closed")
    pieces = head.split(",", 2)
    name = pieces[0].strip()
    if not NAME_RE.match(name):
        raise MessageError(
            f"`{{{head.strip()}}}` is not a placeholder: a placeholder's name is lower-case letters, digits and _"
        )
    if len(pieces) == 1:
        if text[head_end] == "{":
            raise MessageError(f"`{{{name}` is not closed before the next `{{`")
        return Value(name), head_end + 1
    kind = pieces[1].strip()
    if kind != "plural" or len(pieces) == 2:
        raise MessageError(f"`{{{name}, {kind}` is not understood: the only kind is `{{{name}, plural, …}}`")
    # The forms start after the second comma.
    return _plural(text, name, inner_start + len(pieces[0]) + len(pieces[1]) + 2)


def _plural(text: str, name: str, position: int) -> tuple[Plural, int]:
    """The forms of a plural placeholder, which start at ``position``, and the position after it."""
    forms: dict[str, tuple[Part, ...]] = {}
    while True:
        match = SELECTOR_RE.match(text, position)
        if match is None:
            rest = text[position:].lstrip()
            if rest.startswith("}"):
                break
            if not rest:
                raise MessageError(f"`{{{name}, plural, …}}` is never closed: end it with `}}`")
            raise MessageError(
                f"`{{{name}, plural, …}}` needs forms such as `one {{…}} other {{…}}`, and a closing `}}`"
            )
        selector = match[1]
        if selector not in CATEGORIES and not selector.startswith("="):
            raise MessageError(
                f"`{selector}` is not a plural form of `{{{name}, plural, …}}`: use zero, one, two, few, many, "
                "other, or =N for an exact count"
            )
        if selector in forms:
            raise MessageError(f"`{{{name}, plural, …}}` has two `{selector}` forms")
        form, end = _parse(text, match.end(), name)
        if end >= len(text):
            raise MessageError(f"the `{selector}` form of `{{{name}, plural, …}}` is never closed")
        forms[selector] = form
        position = end + 1
    if "other" not in forms:
        raise MessageError(f"`{{{name}, plural, …}}` needs an `other` form (used for any count without its own)")
    close = text.index("}", position)
    return Plural(name, forms), close + 1
