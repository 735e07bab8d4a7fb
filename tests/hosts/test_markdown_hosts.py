"""Questions and snippets on Markdown hosts without pymdown-extensions: MkDocs' default extensions,
Python-Markdown's plain fenced_code (with or without admonitions), and no extension at all.

The engine writes code each host reads as code (a title becomes a paragraph above its code, code in a
container becomes an indented block where fenced_code cannot read a fence there); it reports, at the
fence's line, a fence an author wrote in a question that the host would show as text; and whatever the
host, no page ever makes it raise or shows a question's source as text.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from quiz_plugin import QuizExtension
from quiz_plugin.core.fences import Fences
from quiz_plugin.extension.hosts import NO_FENCES, NO_FENCES_IN_CONTAINERS, host_fences

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "tests" / "golden" / "cases" / "snippets"
MKDOCS_DEFAULTS = ["toc", "tables", "fenced_code"]  # what MkDocs adds to every site's extensions
HOSTS = {
    "MkDocs' defaults": MKDOCS_DEFAULTS,
    "fenced_code and admonition": [*MKDOCS_DEFAULTS, "admonition"],
    "fenced_code and pymdownx.details": [*MKDOCS_DEFAULTS, "admonition", "pymdownx.details"],
    "no extension": [],
}
# Code's Markdown that reached the page as text.
LEAKED_RE = re.compile(r"```|hl_lines=|title=&quot;|title=\"|/// snippet")


def convert(source: str, extensions: list[str]) -> tuple[str, list[str]]:
    problems: list[str] = []
    extension = QuizExtension(path="page.md", snippets_dir=str(SNIPPETS))
    extension.report = lambda problem: problems.append(str(problem))
    return markdown.Markdown(extensions=[*extensions, extension]).convert(source), problems


def text_outside_code(html: str) -> str:
    return re.sub(r"<pre\b.*?</pre>", "", html, flags=re.S)


@pytest.mark.parametrize(
    ("extensions", "fences"),
    [
        (["pymdownx.superfences"], Fences.SUPERFENCES),
        (MKDOCS_DEFAULTS, Fences.FENCED_CODE),
        (["toc"], Fences.NONE),
    ],
)
def test_the_fenced_code_a_host_reads_is_told_by_what_it_registered(extensions: list[str], fences: Fences) -> None:
    md = markdown.Markdown(extensions=extensions)
    assert host_fences(md) is fences


@pytest.mark.parametrize("extensions", HOSTS.values(), ids=HOSTS.keys())
def test_a_snippet_block_shows_its_code_and_each_output_labelled_on_any_host(extensions: list[str]) -> None:
    html, problems = convert("/// snippet | demo/differs.py\n///\n\nAfter.\n", extensions)
    assert problems == []
    assert not LEAKED_RE.search(text_outside_code(html))
    assert "<p>demo/differs.py</p>" in html  # the title, as a paragraph above the code
    # Each output is the engine's own element, the same on every host: its title, then <pre><samp>.
    assert re.findall(r'<span class="filename">(Output on CPython [^<]*)</span>\s*<pre><samp>', html) == [
        "Output on CPython 3.11 and 3.12",
        "Output on CPython 3.13",
    ]
    assert len(re.findall(r"<pre[ >]", html)) == 3  # the code and two outputs, each a block of its own
    assert html.endswith("<p>After.</p>")


@pytest.mark.parametrize("extensions", HOSTS.values(), ids=HOSTS.keys())
def test_helper_code_is_folded_where_the_host_can_fold_it_and_titled_with_its_summary_otherwise(
    extensions: list[str],
) -> None:
    html, problems = convert("/// snippet | demo/folded.py\n///\n", extensions)
    assert problems == []
    assert not LEAKED_RE.search(text_outside_code(html))
    assert "def kib(size):" in html and "data = bytearray(4096)" in html
    if "pymdownx.details" in extensions:
        assert '<details class="example">\n<summary>a helper that formats sizes</summary>' in html
    else:
        assert "<p>demo/folded.py: a helper that formats sizes</p>" in html


def test_with_superfences_titles_and_highlighted_lines_are_the_code_blocks_own() -> None:
    html, problems = convert("/// snippet | demo/folded.py\n///\n", ["pymdownx.superfences"])
    assert problems == []
    assert '<span class="filename">demo/folded.py: a helper that formats sizes</span>' in html
    assert '<span class="hll">' in html  # the line that matters


CODE_OUTPUT_IN_ADMONITION = """!!! question

    /// quiz | in-a-note
        snippet: demo/same.py
        version: 3.12
    What does this print?

    - [x] 6
    - [ ] 5
    ///
"""


@pytest.mark.parametrize("extensions", [HOSTS["fenced_code and admonition"], ["admonition"]])
def test_a_code_output_question_in_a_container_shows_its_code_where_fenced_code_cannot_read_a_fence(
    extensions: list[str],
) -> None:
    html, problems = convert(CODE_OUTPUT_IN_ADMONITION, extensions)
    assert problems == []
    stem = re.search(r'<div class="quiz-stem"[^>]*>(.*?)</div>', html, re.S)
    assert stem is not None
    assert "<pre><code>print(" in stem[1]  # an indented code block: code, not a paragraph
    assert not LEAKED_RE.search(text_outside_code(html))


QUESTION_WITH_CODE = """# Page

/// quiz | code
What does this print?

```python
print(1)
```

- [x] 1
- [ ] 2
///
"""


def test_a_fence_in_a_question_on_a_host_that_reads_no_fences_is_reported_at_its_line() -> None:
    html, problems = convert(QUESTION_WITH_CODE, [])
    assert problems == [f"page.md:6: {NO_FENCES}"]
    assert 'class="quiz quiz--invalid"' in html


def test_a_fence_in_a_question_inside_a_container_needs_superfences_and_says_so() -> None:
    indented = "!!! note\n\n" + "\n".join(f"    {line}" if line else "" for line in QUESTION_WITH_CODE.split("\n")[2:])
    _, with_fenced_code = convert(indented, HOSTS["fenced_code and admonition"])
    assert with_fenced_code == [f"page.md:6: {NO_FENCES_IN_CONTAINERS}"]
    _, with_superfences = convert(indented, ["admonition", "pymdownx.superfences"])
    assert with_superfences == []


@pytest.mark.parametrize("extensions", [MKDOCS_DEFAULTS, HOSTS["fenced_code and admonition"]])
def test_code_in_answers_and_feedback_needs_only_fenced_code(extensions: list[str]) -> None:
    source = """/// quiz | code-answers
Which line prints `[1]`?

- [x] ```python
      print([1])
      ```
    > Printed with its brackets:
    >
    > ```text
    > [1]
    > ```
- [ ] `print(1)`
///
"""
    html, problems = convert(source, extensions)
    assert problems == []
    assert html.count("<pre>") == 2
    assert not LEAKED_RE.search(text_outside_code(html))
