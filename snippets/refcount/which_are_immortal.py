# versions: 3.12+
import sys

IMMORTAL = 4294967295  # the sentinel of 64-bit 3.12 and 3.13 (UINT32_MAX)

candidates = {
    "None": None,
    "True": True,
    "()": (),
    "''": "",
    "'a'": "a",
    "0": 0,
    "256": 256,
    "-5": -5,
    "...": ...,
    "int": int,
    "257": 257,
    "frozenset()": frozenset(),
    "object()": object(),
    "[]": [],
}
for label, obj in candidates.items():
    print(f"{label:12} {sys.getrefcount(obj) == IMMORTAL}")
