"""Short-answer matching in the browser (`window.quizPlugin`), on the table quiz_plugin/answers.py is
tested against too (tests/answer_cases.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

CASES: dict[str, Any] = json.loads((Path(__file__).parent.parent / "answer_cases.json").read_text(encoding="utf-8"))


def test_the_browser_matches_typed_answers_as_the_shared_table_says(page: Page) -> None:
    results = page.evaluate(
        "(cases) => cases.map((c) => window.quizPlugin.matches(c.given, c.accepted, c.numeric, c.tolerance || ''))",
        CASES["matches"],
    )
    wrong = [
        f"{case['why']}: {case['given']!r} vs {case['accepted']!r} gave {result}"
        for case, result in zip(CASES["matches"], results, strict=True)
        if result is not case["expected"]
    ]
    assert wrong == []


def test_the_browser_reads_tolerances_as_the_shared_table_says(page: Page) -> None:
    results = page.evaluate(
        "(cases) => cases.map((c) => window.quizPlugin.parseTolerance(c.text))", CASES["tolerances"]
    )
    wrong = [
        f"{case['text']!r} gave {result}"
        for case, result in zip(CASES["tolerances"], results, strict=True)
        if (result or {"amount": None, "relative": None}) != {"amount": case["amount"], "relative": case["relative"]}
    ]
    assert wrong == []


def test_the_browser_reads_typed_numbers_as_the_shared_table_says(page: Page) -> None:
    results = page.evaluate("(cases) => cases.map((c) => window.quizPlugin.parseNumber(c.text))", CASES["numbers"])
    wrong = [
        f"{case['text']!r} gave {result}, not {case['value']}"
        for case, result in zip(CASES["numbers"], results, strict=True)
        if result != case["value"]
    ]
    assert wrong == []
