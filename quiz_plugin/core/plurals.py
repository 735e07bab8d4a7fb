"""Which plural form a count takes in a language: CLDR's plural categories, for whole numbers.

A message chooses its text by category (``{count, plural, one {# question} other {# questions}}``);
these are the rules of the built-in languages and of a few more that share their shape. Any other
language counts like English (``one`` for 1, ``other`` for the rest); a message without the form a
count asks for falls back to its ``other`` form. The browser script uses the browser's own rules
(``Intl.PluralRules``), which the tests hold equal to these for every language listed here.
"""

from __future__ import annotations

from collections.abc import Callable

PluralRule = Callable[[int], str]
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def _other(n: int) -> str:
    return "other"


def _one(n: int) -> str:
    return "one" if n == 1 else "other"


def _millions(n: int) -> bool:
    """Spanish, French, Italian and Portuguese say "de" after round millions (un million de questions)."""
    return n != 0 and n % 1_000_000 == 0


def _one_many(n: int) -> str:
    return "one" if n == 1 else "many" if _millions(n) else "other"


def _zero_one_many(n: int) -> str:
    return "one" if n in (0, 1) else "many" if _millions(n) else "other"


def _slavic_few(n: int) -> bool:
    return 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14


def _east_slavic(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    return "few" if _slavic_few(n) else "many"


def _polish(n: int) -> str:
    return "one" if n == 1 else "few" if _slavic_few(n) else "many"


def _czech(n: int) -> str:
    return "one" if n == 1 else "few" if 2 <= n <= 4 else "other"


RULES: dict[str, PluralRule] = {
    **dict.fromkeys(("ja", "zh", "ko", "th", "vi", "id", "ms", "km", "lo", "my"), _other),
    **dict.fromkeys(("es", "it", "ca", "pt-pt"), _one_many),
    **dict.fromkeys(("fr", "pt"), _zero_one_many),
    **dict.fromkeys(("ru", "uk", "be"), _east_slavic),
    "pl": _polish,
    **dict.fromkeys(("cs", "sk"), _czech),
}


def plural_rule(language: str) -> PluralRule:
    """The rule of a language tag (``pt-BR``, ``de``); English's for a language not listed."""
    tag = language.lower()
    return RULES.get(tag) or RULES.get(tag.split("-")[0]) or _one
