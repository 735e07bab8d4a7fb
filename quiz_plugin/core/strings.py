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
    # A question that follows the reader's CPython: its key on each version, under the shown one's.
    "answer_on_versions": "On CPython {versions}: {answers}",
    "true": "True",
    "false": "False",
    "invalid": "This question could not be built:",
    "hint_of": "Hint {number} of {count}",
    "order_steps": "Put the steps in order.",
    "right_order": "The right order:",
    "tolerance": "(give or take {tolerance})",
    # After each chapter's link in a list of chapters, and on the progress page.
    "count_one": "{count} question",
    "count_other": "{count} questions",
    "progress_title": "Your progress",
    "progress_needs_js": (
        "Your progress is kept by your browser, on this device only, and this page needs JavaScript to "
        "show it. The chapters and their questions:"
    ),
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
    "explanation": "Explanation",
    "your_version": "Your CPython",
    "unrecorded": (
        "This snippet has no recording for CPython {version}, so no answer can be judged for it. Pick another version."
    ),
    "again": "Back for review: answer it again.",
    "score": "{correct} of {total} correct, {answered} answered, {revealed} revealed",
    "reset": "Reset answers on this page",
    "confirm_reset": "Clear every answer on this page?",
    "confirm_yes": "Clear",
    "confirm_no": "Keep",
    "cleared": "Your answers on this page were cleared.",
    "next_hint": "Next hint",
    "move_up": "Move up",
    "move_down": "Move down",
    "moved": "Moved to place {position} of {count}.",
    "place_right": "Right place",
    "place_wrong": "Wrong place",
    "in_place": "{count} of {total} steps are in their right place.",
    "to_review": "To review:",
    # Lists of chapters, the navigation and the progress page.
    "finished": "finished",
    "continue": "Continue where you left off: {chapter}, question {number}",
    "storage_off": (
        "Your browser does not let this site store anything, so there is no progress to show: answers "
        "are forgotten when you leave a page."
    ),
    "review": "Review",
    "review_none": (
        "Nothing to review. The questions you miss or reveal come back here a day later, then after 3 and "
        "7 days, until you answer them right each time."
    ),
    "review_intro": (
        "The questions you missed or revealed come back a day later, then after 3 and 7 days, until you "
        "answer them right each time."
    ),
    "review_due": "Due now: {count}.",
    "review_start": "Start with the first one",
    "due_now": "due now (box {box} of 3)",
    "due_on": "back on {date} (box {box} of 3)",
    "your_data": "Your data",
    "data_intro": (
        "Your answers are kept in this browser only. Export them to a file to keep them, or to carry them "
        "to another browser and import them there."
    ),
    "export": "Export progress",
    "import": "Import progress",
    "forget": "Clear all progress",
    "confirm_forget": "Clear all your progress on this site, in this browser?",
    "exported": "Questions exported: {count}.",
    "imported": "Questions imported: {count}.",
    "import_bad": "This file is not a progress file, or it is damaged: nothing was changed.",
    "import_foreign": "This progress file comes from another site: nothing was changed.",
    "forgotten": "All your progress on this site was cleared.",
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
    # and the key's words: a question that follows the reader's version rewrites its key
    return {key: strings[key] for key in (*SCRIPT_STRINGS, "correct_answer")}
