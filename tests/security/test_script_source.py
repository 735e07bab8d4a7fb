"""The quiz script treats nothing in the page as HTML or code: no HTML sinks, no eval of any kind.

Checked on the script as shipped (with the interface strings written in), comments left out.
"""

from __future__ import annotations

import re

import pytest

from quiz_plugin.core.strings import english
from quiz_plugin.extension.assets import build_assets

FORBIDDEN = {
    "innerHTML": r"\binnerHTML\b",
    "outerHTML": r"\bouterHTML\b",
    "insertAdjacentHTML": r"\binsertAdjacentHTML\b",
    "document.write": r"\bdocument\s*\.\s*write(?:ln)?\b",
    "eval": r"\beval\b",
    "Function": r"\bFunction\s*\(",
    "setTimeout or setInterval with a string": r"\bset(?:Timeout|Interval)\s*\(\s*[\"'`]",
    "createContextualFragment": r"\bcreateContextualFragment\b",
    "DOMParser": r"\bDOMParser\b",
    "srcdoc": r"\bsrcdoc\b",
    "javascript: URL": r"javascript:",
}
COMMENTS = re.compile(r"/\*.*?\*/|(?<![:\"'\\])//[^\n]*", re.DOTALL)


def shipped_script() -> str:
    script, _ = build_assets(english())
    return COMMENTS.sub("", script.content)


@pytest.mark.parametrize("pattern", FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_the_quiz_script_has_no_html_or_code_sink(pattern: str) -> None:
    assert re.findall(pattern, shipped_script()) == []


@pytest.mark.parametrize(
    "sample",
    [
        "el.innerHTML = x",
        "el.outerHTML=x",
        "el.insertAdjacentHTML('x', y)",
        "document.write(x)",
        "eval(x)",
        "new Function('a')",
        "setTimeout('x()', 1)",
        "r.createContextualFragment(x)",
        "new DOMParser()",
        "f.srcdoc = x",
        "a.href = 'javascript:x'",
    ],
)
def test_each_forbidden_pattern_matches_what_it_forbids(sample: str) -> None:
    assert any(re.search(pattern, COMMENTS.sub("", sample)) for pattern in FORBIDDEN.values())
