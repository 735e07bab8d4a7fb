"""Interface strings. English by default; a site overrides any of them in its configuration."""

from __future__ import annotations

from collections.abc import Mapping

# Rendered into the HTML at build time (so they work without JavaScript).
PAGE_STRINGS: dict[str, str] = {
    "question": "Question {number}",
    "select_all": "Select all that apply.",
    "hint": "Hint",
    "answer": "Answer",
    "correct_answer": "Correct answer: {answers}",
    "correct_answers": "Correct answers: {answers}",
    "accepted_answers": "Accepted answers: {answers}",
    "your_answer": "Your answer",
    "true": "True",
    "false": "False",
    "invalid": "This question could not be built:",
}

# Used by the browser script, which the plugin writes with these values baked in.
SCRIPT_STRINGS: dict[str, str] = {
    "check": "Check",
    "retry": "Try again",
    "show": "Show answer",
    "correct": "Correct!",
    "incorrect": "Not quite.",
    "missed": "You missed a right answer.",
    "empty": "Choose or type an answer first.",
    "shown": "The answer is shown below.",
    "right": "Right",
    "wrong": "Wrong",
    "score": "{correct} of {total} correct, {answered} answered",
    "reset": "Reset answers on this page",
    "cleared": "Your answers on this page were cleared.",
}

DEFAULT_STRINGS: dict[str, str] = {**PAGE_STRINGS, **SCRIPT_STRINGS}


def merge_strings(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """The defaults with a site's overrides applied; an unknown key is a configuration error."""
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(DEFAULT_STRINGS))
    if unknown:
        known = ", ".join(sorted(DEFAULT_STRINGS))
        raise ValueError(f"unknown interface string(s): {', '.join(unknown)} (known: {known})")
    for key, value in overrides.items():
        if not isinstance(value, str):
            raise ValueError(f"interface string `{key}` must be text, not {type(value).__name__}")
    return {**DEFAULT_STRINGS, **overrides}


def script_strings(strings: Mapping[str, str]) -> dict[str, str]:
    return {key: strings[key] for key in SCRIPT_STRINGS}
