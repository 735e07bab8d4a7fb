"""The classes of authoring mistakes a contributor makes, each reported at the line to edit.

Hand-written cases for each class, and generated ones that try every part of a question, every
setting and every equivalent spelling of an answer. Through the site's real Markdown pipeline, every
case is either reported exactly (`case.md:line: message`) or rendered as the reader expects; no case
raises, shows a question's answers as text, or renders half a question (``corpus.check_case``).
"""

from __future__ import annotations

import pytest
from corpus import GOOD, Case, check_case, mistake, simple, valid

from quiz_plugin.extension.leftovers import SHOWN_AS_TEXT

INCLUDED_QUIZ = (
    "the file included here holds a quiz block (`/// quiz | from-an-include`): write question blocks in the "
    "page itself (an included file may hold a part of a question, not a whole block)"
)
MISSING = "Snippet at path 'included/missing.md' could not be found: fix the path (pymdownx.snippets' `base_path`)"
BALANCED = "(raw HTML inside a question must be balanced)"


def include(name: str) -> str:
    return f'--8<-- "included/{name}"'


def both_verdicts(answer: str, line: int, numeric: bool) -> str:
    how = "as numbers" if numeric else "ignoring case and spacing"
    return f"a reader who types `{answer}` would get both verdicts: it equals an accepted answer at line {line} ({how}); keep one of them"


def near_miss(line: str, key: str, how: str) -> str:
    return f"`{line.strip()}` looks like the `{key}` setting: indent it four spaces under the header ({how})"


def stray_close(tag: str, part: str) -> str:
    return f"`</{tag}>` closes an element that {part} never opened: it would close the question's own markup early {BALANCED}"


def unclosed(tag: str, part: str) -> str:
    return f"`<{tag}>` is never closed in {part}: close it there {BALANCED}"


HAND_WRITTEN: dict[str, Case] = {
    # --- 1. includes inside a block ----------------------------------------------------------------
    "an include as its own paragraph of the stem": valid(
        "/// quiz | q",
        "Q?",
        "",
        include("paragraph.md"),
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple(stem="Q? Included paragraph.")],
    ),
    "an include as a line of the stem's paragraph": valid(
        "/// quiz | q",
        "Q?",
        include("paragraph.md"),
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple(stem="Q? Included paragraph.")],
    ),
    "an include right before the answer list": valid(
        "/// quiz | q",
        "Q?",
        "",
        include("two-paragraphs.md"),
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple(stem="Q? First included paragraph. Second included paragraph.")],
    ),
    "an include of code inside a fence in the stem": valid(
        "/// quiz | q",
        "What does it print?",
        "",
        "```python",
        include("code.py"),
        "```",
        "",
        "- [x] hello",
        "- [ ] world",
        "///",
        questions=[simple(stem='What does it print? print("hello")', choices=[("hello", True), ("world", False)])],
    ),
    "an include in an answer's feedback": valid(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "    > Because.",
        "    >",
        "    > " + include("paragraph.md"),
        "- [ ] b",
        "///",
        questions=[simple(feedback=["Because. Included paragraph.", None])],
    ),
    "an include as the hint": valid(
        *GOOD[:-1],
        "",
        "Hint: think.",
        include("paragraph.md"),
        "",
        "The explanation.",
        "///",
        questions=[simple(hints=["think. Included paragraph."], explanation="The explanation.")],
    ),
    "an include in the middle of the explanation": valid(
        *GOOD[:-1],
        "",
        "Before.",
        "",
        include("two-paragraphs.md"),
        "",
        "After.",
        "///",
        questions=[simple(explanation="Before. First included paragraph. Second included paragraph. After.")],
    ),
    "an include as the last line of the explanation": valid(
        *GOOD[:-1],
        "",
        "The explanation.",
        include("two-paragraphs.md"),
        "///",
        questions=[simple(explanation="The explanation. First included paragraph. Second included paragraph.")],
    ),
    "an include of fenced code as the explanation": valid(
        *GOOD[:-1],
        "",
        include("fenced.md"),
        "///",
        questions=[simple(explanation="x = 1")],
    ),
    "an include in a question inside an admonition": valid(
        "!!! note",
        "",
        "    /// quiz | q",
        "    Q?",
        "",
        "    " + include("paragraph.md"),
        "",
        "    - [x] a",
        "    - [ ] b",
        "    ///",
        questions=[simple(stem="Q? Included paragraph.", container="admonition note")],
    ),
    "an escaped include stays text": valid(
        "/// quiz | q",
        "Q?",
        "",
        ";" + include("paragraph.md"),
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple(stem='Q? --8<-- "included/paragraph.md"')],
    ),
    "an included file that holds a quiz block": mistake(
        "Text.", "", include("quiz-block.md"), problems=[(3, INCLUDED_QUIZ)]
    ),
    "an included quiz block inside a question": mistake(
        "/// quiz | q",
        "Q?",
        "",
        include("quiz-block.md"),
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[(4, INCLUDED_QUIZ)],
    ),
    "an include of a file that does not exist": mistake("Text.", "", include("missing.md"), problems=[(3, MISSING)]),
    "an include of a missing file inside a question": mistake(
        "/// quiz | q", "Q?", "", include("missing.md"), "", "- [x] a", "- [ ] b", "///", problems=[(4, MISSING)]
    ),
    # --- 2. unclosed fences and stray block lines before a block ----------------------------------
    "an unclosed backtick fence before a block": valid("```python", "x = 1", "", *GOOD, questions=[simple()]),
    "an unclosed tilde fence before a block": valid("~~~", "x = 1", "", *GOOD, questions=[simple()]),
    "a fence closed by a longer fence is not closed": valid("```", "x = 1", "````", "", *GOOD, questions=[simple()]),
    "a fence whose closer is indented is not closed": valid("```", "x = 1", "  ```", "", *GOOD, questions=[simple()]),
    "a stray block closer before a block": valid("///", "", *GOOD, questions=[simple()]),
    "a stray block opener before a block": valid("/// details | Open", "", *GOOD, questions=[simple()]),
    "a block between two indented code lines that look like a fence": mistake(
        "Text.", "", "    ```", "", *GOOD, "", "    ```", problems=[(5, SHOWN_AS_TEXT)]
    ),
    "a block closed early by a stray closer in its stem": mistake(
        "/// quiz | q",
        "Q?",
        "///",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[
            (1, "the question has no answer list: add its answers as a task list: `- [x] right` and `- [ ] wrong`")
        ],
    ),
    # --- 3. short answers that collide or cannot be typed ------------------------------------------
    "an anticipated answer equal to an accepted one but for case": mistake(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] gc",
        "- [ ] GC",
        "    > Case does not matter.",
        "///",
        problems=[(6, both_verdicts("GC", 5, False))],
    ),
    "an anticipated answer equal to an accepted one but for spacing": mistake(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] gc module",
        "- [ ] gc   module",
        "///",
        problems=[(6, both_verdicts("gc   module", 5, False))],
    ),
    "an anticipated number equal to an accepted one in hex": mistake(
        "/// quiz | q",
        "    type: short",
        "    numeric: true",
        "Q?",
        "",
        "- [x] 512",
        "- [ ] 0x200",
        "///",
        problems=[(7, both_verdicts("0x200", 6, True))],
    ),
    "minus zero and zero": mistake(
        "/// quiz | q",
        "    type: short",
        "    numeric: true",
        "Q?",
        "",
        "- [x] 0",
        "- [ ] -0",
        "///",
        problems=[(7, both_verdicts("-0", 6, True))],
    ),
    "an accepted answer that is empty once its backticks are off": mistake(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] ` `",
        "///",
        problems=[(5, "no reader can type this answer: it is empty once its backticks are taken off")],
    ),
    "an accepted answer in double backticks": mistake(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] `` `gc` ``",
        "///",
        problems=[(5, "readers would have to type the backticks of `` `gc` ``: write the answer in single backticks")],
    ),
    "the same anticipated answer twice": mistake(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] gc",
        "- [ ] sys",
        "    > One.",
        "- [ ] SYS",
        "    > Two.",
        "///",
        problems=[
            (
                8,
                "this anticipated answer is the same as the one at line 6, whose feedback readers would always get: merge their feedback",
            )
        ],
    ),
    "two spellings of the same accepted answer are fine": valid(
        "/// quiz | q",
        "    type: short",
        "Q?",
        "",
        "- [x] `gc`",
        "- [x] gc",
        "///",
        questions=[simple(type_="short", choices=[], feedback=[], key="Accepted answers: gc, gc")],
    ),
    # --- 4. setting lines that are almost right ----------------------------------------------------
    "a setting indented two spaces": mistake(
        "/// quiz | q",
        "  type: multiple",
        "Q?",
        "",
        "- [x] a",
        "- [x] b",
        "///",
        problems=[(2, near_miss("type: multiple", "type", "it is indented with 2 spaces"))],
    ),
    "a setting not indented": mistake(
        "/// quiz | q",
        "numeric: true",
        "Q?",
        "",
        "- [x] 1",
        "///",
        problems=[(2, near_miss("numeric: true", "numeric", "it is not indented"))],
    ),
    "a setting indented with no-break spaces": mistake(
        "/// quiz | q",
        "\u00a0\u00a0\u00a0\u00a0type: multiple",
        "Q?",
        "",
        "- [x] a",
        "- [x] b",
        "///",
        problems=[
            (
                2,
                near_miss(
                    "type: multiple",
                    "type",
                    "it is indented with a no-break space or other white space, not plain spaces",
                ),
            )
        ],
    ),
    "a mis-indented setting followed by a right one": mistake(
        "/// quiz | q",
        "  numeric: true",
        "    type: short",
        "Q?",
        "",
        "- [x] 512",
        "///",
        problems=[(2, near_miss("numeric: true", "numeric", "it is indented with 2 spaces"))],
    ),
    "a blank line between the header and the settings": mistake(
        "/// quiz | q",
        "",
        "    type: multiple",
        "Q?",
        "",
        "- [x] a",
        "- [x] b",
        "///",
        problems=[(3, "settings go right under the header, without blank lines: remove line 2")],
    ),
    "a blank line between two settings": mistake(
        "/// quiz | q",
        "    type: short",
        "",
        "    numeric: true",
        "Q?",
        "",
        "- [x] 512",
        "///",
        problems=[(4, "settings go right under the header, without blank lines: remove line 3")],
    ),
    "a stem that starts with an indented code block is not a setting": valid(
        "/// quiz | q",
        "",
        "    x = {1: 2}",
        "",
        "What is x?",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        questions=[simple(stem="x = {1: 2} What is x?")],
    ),
    # --- 5. raw HTML that would break the question's markup ----------------------------------------
    "a stray closing div in the stem": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "</div>",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[(4, stray_close("div", "the question's text"))],
    ),
    "a div left open in the stem": mistake(
        "/// quiz | q",
        "<div>",
        "Q?",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[(2, unclosed("div", "the question's text"))],
    ),
    "a span left open in an answer": mistake(
        "/// quiz | q", "Q?", "", "- [x] a <span>", "- [ ] b", "///", problems=[(4, unclosed("span", "this answer"))]
    ),
    "a stray closing tag in the hint": mistake(
        *GOOD[:-1], "", "Hint: </section>", "///", problems=[(7, stray_close("section", "the hint"))]
    ),
    "balanced raw HTML is fine": valid(
        "/// quiz | q",
        "Q? <b>bold</b><br>",
        "",
        "- [x] a",
        "- [ ] b",
        "",
        "<details><summary>More</summary>",
        "",
        "Text.",
        "",
        "</details>",
        "///",
        questions=[simple(stem="Q? bold", explanation="More Text.")],
    ),
    "tags inside code are not HTML": valid(
        "/// quiz | q",
        "What does `</div>` close?",
        "",
        "- [x] `<div>`",
        "- [ ] `<span>`",
        "///",
        questions=[simple(stem="What does </div> close?", choices=[("<div>", True), ("<span>", False)])],
    ),
    "a paragraph tag without its end tag": mistake(
        *GOOD[:-1], "", "<p>An explanation.", "///", problems=[(7, unclosed("p", "the explanation"))]
    ),
    # --- 6. ids that repeat an id of the page -------------------------------------------------------
    "a question id that another question's text already has": mistake(
        "/// quiz | a",
        "Q?",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        "",
        "/// quiz | a-q",
        "Q?",
        "",
        "- [x] a",
        "- [ ] b",
        "///",
        problems=[
            (
                8,
                "the question's HTML id `quiz-a-q` is also used by question `a` on this page: give the question (or the other) another id",
            )
        ],
        rendered=[simple("a"), simple("a-q")],
    ),
    "a question id that raw HTML already has": mistake(
        '<div id="quiz-q">Note.</div>',
        "",
        *GOOD,
        problems=[
            (
                3,
                "the question's HTML id `quiz-q` is also used by an element written in raw HTML on this page: give the question (or the other) another id",
            )
        ],
        rendered=[simple()],
    ),
    "a question id that an explicit heading id already has": mistake(
        "## Heading {#quiz-q}",
        "",
        *GOOD,
        problems=[
            (
                3,
                'the question\'s HTML id `quiz-q` is also used by the heading "Heading" on this page: give the question (or the other) another id',
            )
        ],
        rendered=[simple()],
    ),
    # --- 7. feedback that repeats the verdict -------------------------------------------------------
    "feedback that opens with Right": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "    > Right: because.",
        "- [ ] b",
        "///",
        problems=[
            (5, "feedback starts with the verdict `Right`, which readers already see: start with the reason instead")
        ],
    ),
    "feedback that opens with a bold Wrong": mistake(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "- [ ] b",
        "    > **Wrong.** It is a.",
        "///",
        problems=[
            (6, "feedback starts with the verdict `Wrong`, which readers already see: start with the reason instead")
        ],
    ),
    "feedback that only mentions the word right is fine": valid(
        "/// quiz | q",
        "Q?",
        "",
        "- [x] a",
        "    > Right after the call, the count drops.",
        "- [ ] b",
        "///",
        questions=[simple(feedback=["Right after the call, the count drops.", None])],
    ),
}


# --- generated ----------------------------------------------------------------------------------

PARTS = {  # where in a question an include or a piece of raw HTML can sit: the rows, and its line
    "stem": (("/// quiz | q", "Q?", "{X}", "", "- [x] a", "- [ ] b", "///"), 3, "the question's text"),
    "answer": (("/// quiz | q", "Q?", "", "- [x] a {X}", "- [ ] b", "///"), 4, "this answer"),
    "feedback": (("/// quiz | q", "Q?", "", "- [x] a", "    > Because {X}", "- [ ] b", "///"), 5, "this feedback"),
    "hint": ((*GOOD[:-1], "", "Hint: {X}", "///"), 7, "the hint"),
    "explanation": ((*GOOD[:-1], "", "Because {X}", "///"), 7, "the explanation"),
}


def generated() -> dict[str, Case]:
    cases: dict[str, Case] = {}
    for part, (rows, line, name) in PARTS.items():
        for tag in ("div", "section", "b"):
            cases[f"a stray </{tag}> in the {part}"] = mistake(
                *(row.replace("{X}", f"</{tag}>") for row in rows), problems=[(line, stray_close(tag, name))]
            )
            cases[f"a <{tag}> left open in the {part}"] = mistake(
                *(row.replace("{X}", f"<{tag}>") for row in rows), problems=[(line, unclosed(tag, name))]
            )
    included_in = {  # the include line in each part, and that line's number
        "stem": (("/// quiz | q", "Q?", "", "{I}", "", "- [x] a", "- [ ] b", "///"), 4),
        "answer": (("/// quiz | q", "Q?", "", "- [x] a", "", "    {I}", "", "- [ ] b", "///"), 6),
        "feedback": (
            ("/// quiz | q", "Q?", "", "- [x] a", "    > Because:", "    >", "    > {I}", "- [ ] b", "///"),
            7,
        ),
        "hint": ((*GOOD[:-1], "", "Hint: think.", "{I}", "///"), 8),
        "explanation": ((*GOOD[:-1], "", "Because.", "", "{I}", "///"), 9),
    }
    for part, (rows, line) in included_in.items():
        for name, message in (("quiz-block.md", INCLUDED_QUIZ), ("missing.md", MISSING)):
            what = "a quiz-holding file" if name == "quiz-block.md" else "a missing file"
            cases[f"{what} included in the {part}"] = mistake(
                *(row.replace("{I}", include(name)) for row in rows), problems=[(line, message)]
            )
    for key, value in (
        ("type", "short"),
        ("numeric", "false"),
        ("level", "apply"),
        ("recap", "false"),
        ("snippet", "gc/missing.py"),
        ("version", "3.12"),
        ("prints", "1"),
    ):
        for indent, how in (
            ("", "it is not indented"),
            ("  ", "it is indented with 2 spaces"),
            ("   ", "it is indented with 3 spaces"),
        ):
            setting = f"{indent}{key}: {value}"
            cases[f"`{key}` indented {len(indent)}"] = mistake(
                "/// quiz | q",
                setting,
                "Q?",
                "",
                "- [x] a",
                "- [ ] b",
                "///",
                problems=[(2, near_miss(setting, key, how))],
            )
    for accepted, anticipated in (
        ("512", "0x200"),
        ("512", "0o1000"),
        ("512", "0b1000000000"),
        ("512", "512.0"),
        ("512", "5.12e2"),
        ("1000", "1_000"),
        ("0", "-0"),
        ("10", "+10"),
    ):
        cases[f"the numbers {accepted} and {anticipated}"] = mistake(
            "/// quiz | q",
            "    type: short",
            "    numeric: true",
            "Q?",
            "",
            f"- [x] {accepted}",
            f"- [ ] {anticipated}",
            "///",
            problems=[(7, both_verdicts(anticipated, 6, True))],
        )
    for accepted, anticipated in (("sys", "SYS"), ("gc module", "gc\u00a0module"), ("`gc`", "gc"), ("None", " none ")):
        cases[f"the answers {accepted!r} and {anticipated!r}"] = mistake(
            "/// quiz | q",
            "    type: short",
            "Q?",
            "",
            f"- [x] {accepted}",
            f"- [ ] {anticipated}",
            "///",
            problems=[(6, both_verdicts(anticipated.strip().strip("`"), 5, False))],
        )
    return cases


GENERATED = generated()


@pytest.mark.parametrize("case", HAND_WRITTEN.values(), ids=HAND_WRITTEN.keys())
def test_each_hand_written_mistake_is_reported_at_its_line(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize("case", GENERATED.values(), ids=GENERATED.keys())
def test_each_generated_mistake_is_reported_at_its_line(case: Case) -> None:
    check_case(case)


def test_the_corpus_grew_by_at_least_a_hundred_cases() -> None:
    assert len(HAND_WRITTEN) >= 45 and len(GENERATED) >= 55
    assert len(HAND_WRITTEN) + len(GENERATED) >= 100
