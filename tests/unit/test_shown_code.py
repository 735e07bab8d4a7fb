"""How a snippet's code is shown: marker comments fold helper code and highlight the lines that matter."""

from __future__ import annotations

import pytest

from quiz_plugin.snippets.shown_code import ShownCodeError, plain_code, shown_pieces

FOLDED = """\
import gc
# fold-start: helpers
def helper():
    return 1

# fold-end
# highlight-next-line
x = helper()
# highlight-start
del x
gc.collect()
# highlight-end
print("done")
"""


def test_code_without_markers_is_one_piece_shown_as_it_is() -> None:
    (piece,) = shown_pieces("import gc\nprint(gc.get_threshold())\n")
    assert (piece.code, piece.summary, piece.highlighted) == ("import gc\nprint(gc.get_threshold())", None, [])


def test_a_fold_becomes_its_own_piece_between_the_others_and_markers_are_not_shown() -> None:
    pieces = shown_pieces(FOLDED)
    assert [(piece.summary, piece.code) for piece in pieces] == [
        (None, "import gc"),
        ("helpers", "def helper():\n    return 1"),
        (None, 'x = helper()\ndel x\ngc.collect()\nprint("done")'),
    ]
    assert pieces[2].highlighted == [1, 2, 3]


def test_a_fold_without_a_summary_is_called_helper_code() -> None:
    assert shown_pieces("# fold-start\nx = 1\n# fold-end\ny = 2\n")[0].summary == "Helper code"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("# fold-start\nx = 1\n", "a `# fold-start` is never closed: add `# fold-end` after the folded code"),
        ("x = 1\n# fold-end\n", "line 2: `# fold-end` without a `# fold-start` above it"),
        ("# highlight-start\nx = 1\n", "line 1: `# highlight-start` is never closed: add `# highlight-end`"),
        ("# highlight-end\n", "line 1: `# highlight-end` without a `# highlight-start` above it"),
        ("# fold-start\n# fold-start\n", "line 2: `# fold-start` inside a fold (end the first with `# fold-end`)"),
    ],
)
def test_markers_that_do_not_pair_up_are_errors_naming_the_line(code: str, message: str) -> None:
    with pytest.raises(ShownCodeError) as error:
        shown_pieces(code)
    assert str(error.value) == message


def test_the_plain_code_is_the_program_without_its_marker_comments() -> None:
    assert "fold" not in plain_code(FOLDED) and "highlight" not in plain_code(FOLDED)
    assert plain_code(FOLDED).count("\n") == FOLDED.count("\n") - 5


def test_a_fold_summary_is_text_even_with_angle_brackets() -> None:
    from quiz_plugin.snippets.snippet_block import shown_code_lines

    lines = shown_code_lines("# fold-start: read <heap> & more\nx = 1\n# fold-end\ny = 2\n")
    assert lines[0] == '??? example "read &lt;heap&gt; &amp; more"'
