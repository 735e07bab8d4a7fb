"""Short-answer matching in Python, on the table of cases the browser script is tested against too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quiz_plugin.core.answers import answer_matches, parse_number, parse_tolerance, short_answer_text

CASES: dict[str, Any] = json.loads((Path(__file__).parent.parent / "answer_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["matches"], ids=lambda case: case["why"])
def test_a_typed_answer_matches_an_accepted_one_as_the_shared_table_says(case: dict[str, Any]) -> None:
    tolerance = parse_tolerance(case["tolerance"]) if "tolerance" in case else None
    assert answer_matches(case["given"], case["accepted"], case["numeric"], tolerance) is case["expected"]


@pytest.mark.parametrize("case", CASES["numbers"], ids=lambda case: repr(case["text"]))
def test_a_typed_number_reads_as_the_shared_table_says(case: dict[str, Any]) -> None:
    assert parse_number(case["text"]) == case["value"]


@pytest.mark.parametrize("case", CASES["tolerances"], ids=lambda case: repr(case["text"]))
def test_a_tolerance_reads_as_the_shared_table_says(case: dict[str, Any]) -> None:
    tolerance = parse_tolerance(case["text"])
    read = (tolerance.amount, tolerance.relative) if tolerance is not None else (None, None)
    assert read == (case["amount"], case["relative"])


def test_the_shared_table_has_right_and_wrong_cases_of_both_kinds() -> None:
    kinds = {(case["numeric"], "tolerance" in case, case["expected"]) for case in CASES["matches"]}
    assert kinds >= {(False, False, False), (False, False, True), (True, False, False), (True, False, True)}
    assert {(True, True, False), (True, True, True)} <= kinds  # with a tolerance too


@pytest.mark.parametrize(
    ("written", "typed"),
    [("`gc`", "gc"), ("  `gc.collect()` ", "gc.collect()"), ("gc", "gc"), ("`a` and `b`", "a` and `b"), ("`", "`")],
)
def test_one_pair_of_backticks_around_an_accepted_answer_is_markup(written: str, typed: str) -> None:
    assert short_answer_text(written) == typed
