"""The JSON export: every question with its answers, feedback, hint and explanation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1] / "bank" / "project"


def export_json() -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "export", "--format", "json"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_json_export_has_every_question_with_its_answers_and_feedback() -> None:
    questions = {q["id"]: q for q in export_json()["questions"]}
    assert list(questions) == [
        "gc-threshold",
        "gc-threshold-versions",
        "gc-disable",
        "gc-specials",
        "count-module",
        "count-threshold",
        "count-single",
        "count-order",
    ]
    assert questions["gc-disable"] == {
        "id": "gc-disable",
        "chapter": "Collecting garbage",
        "url": "https://example.org/bank/gc/#quiz-gc-disable",
        "page": "gc/",
        "anchor": "quiz-gc-disable",
        "source": "docs/gc.md",
        "line": 37,
        "type": "true-false",
        "numeric": False,
        "versions": [],
        "snippet": None,
        "stem": "`gc.disable()` stops reference counting.",
        "choices": [
            {"text": "True", "correct": False, "feedback": "A myth: only the cyclic collector stops."},
            {"text": "False", "correct": True, "feedback": None},
        ],
        "tolerance": None,
        "hints": [],
        "explanation": "Reference counting cannot be switched off; see [the guide](https://example.org/bank/guide/counting/#counting).",
        "content_hash": questions["gc-disable"]["content_hash"],
    }
    assert len(questions["gc-disable"]["content_hash"]) == 8


def test_code_output_questions_carry_their_snippet_versions_and_code() -> None:
    questions = {q["id"]: q for q in export_json()["questions"]}
    threshold = questions["gc-threshold"]
    assert (threshold["snippet"], threshold["versions"], threshold["hints"]) == (
        "demo/threshold.py",
        ["3.13"],
        ["The first threshold changed in 3.13."],
    )
    assert threshold["stem"].endswith("```python\nimport gc\n\nprint(gc.get_threshold())\n```")
    assert questions["gc-threshold-versions"]["versions"] == ["3.12", "3.13"]


def test_short_answers_are_exported_as_readers_type_them() -> None:
    questions = {q["id"]: q for q in export_json()["questions"]}
    assert [(c["text"], c["correct"]) for c in questions["count-module"]["choices"]] == [
        ("gc", True),
        ("gc module", True),
        ("sys", False),
    ]
    assert questions["count-threshold"]["numeric"] is True
