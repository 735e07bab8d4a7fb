"""The words of true/false questions.

A true/false question's two answers say which statement is right: `- [x] True` and `- [ ] False`, or
the same in the site's language (`- [x] Wahr`). A site's words (the `true` and `false` interface
strings) are what readers see; the answers may be written in them or in the words of any built-in
language, so that changing the site's words or its language never breaks a question. The validator,
the item statistics, the exports and the rendered page all read an answer through ``value``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .languages import BUILT_IN, locale_texts

ENGLISH_WORDS = ("True", "False")


@dataclass(frozen=True)
class TrueFalseWords:
    true: str  # the site's words: what readers see
    false: str
    pairs: tuple[tuple[str, str], ...]  # every pair a question may be written with, the site's first

    def value(self, answer: str) -> bool | None:
        """Whether an answer (its text as written) says true, says false, or is neither word (None)."""
        word = answer.strip().casefold()
        for true, false in self.pairs:
            if word == true.casefold():
                return True
            if word == false.casefold():
                return False
        return None

    def is_pair(self, answers: list[str]) -> bool:
        """Whether the answers are the two words of one language (in either order)."""
        written = sorted(answer.strip().casefold() for answer in answers)
        return any(written == sorted((true.casefold(), false.casefold())) for true, false in self.pairs)


@cache
def true_false_words(true: str = ENGLISH_WORDS[0], false: str = ENGLISH_WORDS[1]) -> TrueFalseWords:
    """The words of a site whose strings say ``true`` and ``false``."""
    pairs = [(true, false), ENGLISH_WORDS]
    for code in BUILT_IN[1:]:
        texts = locale_texts(code)
        pairs.append((texts["true"], texts["false"]))
    return TrueFalseWords(true, false, tuple(dict.fromkeys(pairs)))
