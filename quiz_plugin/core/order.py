"""The order in which an ordering question's steps are shown before the reader moves them.

Pages show the steps of an ordering question scrambled. Without JavaScript, and on paper, that is one
fixed order, the same in every build (a build must be reproducible): this module's. The browser gives
each reader an order of their own instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator


def _numbers(seed: str) -> Iterator[int]:
    """An endless, reproducible stream of 64-bit numbers drawn from ``seed``."""
    counter = 0
    while True:
        digest = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        for start in range(0, len(digest), 8):
            yield int.from_bytes(digest[start : start + 8], "big")
        counter += 1


def scrambled(count: int, seed: str) -> list[int]:
    """A reproducible order of ``count`` steps (the right position of the step shown at each place) in
    which, from two steps on, no step is in its right place."""
    order = list(range(count))
    if count < 2:
        return order
    numbers = _numbers(seed)
    for _ in range(100):  # a random order leaves no step in place about once in e tries
        for index in range(count - 1, 0, -1):  # Fisher-Yates
            other = next(numbers) % (index + 1)
            order[index], order[other] = order[other], order[index]
        if all(step != place for place, step in enumerate(order)):
            return order
    return list(range(1, count)) + [0]  # never reached in practice: each step one place on
