"""``python -m quiz_plugin run PAGE.md``: a page's questions asked in a terminal, driven through stdin.

The transcripts below are the exact output for the bank fixture's pages (tests/bank/project), with the
answers a reader types: they show every question type, the code of code-output questions, the
learning flow (feedback and hint after a wrong answer, another try, the explanation after a right or
shown answer), answers it cannot read, and the score.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1] / "bank" / "project"


def run_page(page: str, typed: str | bytes, cwd: Path = PROJECT, *extra: str) -> subprocess.CompletedProcess[str]:
    """The runner in a process of its own, its input a pipe (not a terminal), 80 columns wide."""
    data = typed.encode("utf-8") if isinstance(typed, str) else typed
    result = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "run", page, *extra],
        cwd=cwd,
        input=data,
        capture_output=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "80"},
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


GC_TRANSCRIPT = """\
docs/gc.md: 4 questions.
Answer with a letter (several, such as "a c", where all that apply are asked) or type the answer.
Type ? for the hint, ! to show the answer; Ctrl-D stops.

Question 1/4 [gc-threshold]

What does this print on CPython 3.13?

    import gc

    print(gc.get_threshold())

  a) `(700, 10, 10)`
  b) `(2000, 10, 10)`

> a
Not quite.
  The default up to 3.12.
Hint
  The first threshold changed in 3.13.
Try again, type ! to show the answer, or press Enter to go on.
> ?
Hint
  The first threshold changed in 3.13.
> b
Correct!
  3.13 raised the first threshold.
Explanation
  See thresholds (https://example.org/bank/gc/#thresholds).

Question 2/4 [gc-threshold-versions]

On which versions does this print `(700, 10, 10)`?

    import gc

    print(gc.get_threshold())

Select all that apply.

  a) CPython 3.12
  b) CPython 3.13

> x
Answer with letters from a to b, such as "a b".
>
Choose or type an answer first.
> b
Not quite. You missed a right answer.
  b) Wrong
     3.13 prints `(2000, 10, 10)`.
Try again, type ! to show the answer, or press Enter to go on.
> a
Correct!
  a) Right
Explanation
  The default changed in 3.13.

Question 3/4 [gc-disable]

`gc.disable()` stops reference counting.

  a) True
  b) False

> TRUE
Not quite.
  A myth: only the cyclic collector stops.
Try again, type ! to show the answer, or press Enter to go on.
> !
The answer is shown below.
Correct answer: b) False
Explanation
  Reference counting cannot be switched off; see the guide
  (https://example.org/bank/guide/counting/#counting).

Question 4/4 [gc-specials]

Which of these strings contain a GIFT special character: `~ = # { } :`?

Select all that apply.

  a) `a ~ b`
  b) `x = 1 # note`
  c) `plain`

> a c
Not quite. You missed a right answer.
  a) Right
     `~` marks a wrong answer in GIFT: {escaped} as \\~.
  c) Wrong
     Nothing special: no `:` here. A backslash \\ and a literal \\n stay as they
     are.
Try again, type ! to show the answer, or press Enter to go on.
>

2 of 4 correct, 3 answered, 1 revealed
"""


def test_a_page_with_code_output_multiple_choice_and_true_false_questions() -> None:
    # Wrong, the hint asked for again, right; a letter out of range, nothing, a wrong set, the right one;
    # the word "true" for a true/false question, then the answer shown; a wrong set, then going on.
    result = run_page("docs/gc.md", "a\n?\nb\nx\n\nb\na\nTRUE\n!\na c\n\n")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == GC_TRANSCRIPT


COUNTING_TRANSCRIPT = """\
docs/guide/counting.md: 4 questions.
Answer with a letter (several, such as "a c", where all that apply are asked) or type the answer.
Type ? for the hint, ! to show the answer; Ctrl-D stops.

Question 1/4 [count-module]

Which module lets you run the cyclic collector by hand?

> SYS
Not quite.
  `sys` reads reference counts; it cannot collect.
Try again, type ! to show the answer, or press Enter to go on.
> ?
This question has no hint.
> GC   module
Correct!
Explanation
  See the collector (https://example.org/bank/gc/#thresholds) and counting
  (https://example.org/bank/guide/counting/#counting).

Question 2/4 [count-threshold]

Up to how many bytes does pymalloc serve a request itself?

> abc
Type a number, such as 512, 0.5 or 0x200.
> 256
Not quite.
  Half of it.
Try again, type ! to show the answer, or press Enter to go on.
> 0x205
Correct!
Explanation
  Larger requests go to the system allocator.

Question 3/4 [count-single]

What frees an object whose last reference goes away?

  a) Reference counting, at once

  b) The cyclic collector, which also frees this cycle:

         a = []
         a.append(a)

  c) Nothing until exit

> a b
Choose one letter, from a to c.
> d
Answer with a letter from a to c.
> a
Correct!

Question 4/4 [count-order]

Put the steps of `del x` in order, for the last reference to a list.

Put the steps in order.

  a) The list releases the references it holds to its items.
  b) The list's memory goes back to its allocator.
  c) The list's reference count drops to zero.
  d) The name `x` is unbound.

> a b
Give each letter from a to d once, in the order of the steps, such as "d c b a".
> d c b a
Not quite. 2 of 4 steps are in their right place.
  d) Right place
  c) Right place
     Only once the name is gone is the count zero.
  b) Wrong place
  a) Wrong place
Hint 1 of 2
  A count cannot reach zero while a name refers to the object.
Try again, type ! to show the answer, or press Enter to go on.
> ?
Hint 2 of 2
  An object releases what it refers to before its own memory goes.
> ?
Hint 1 of 2
  A count cannot reach zero while a name refers to the object.
Hint 2 of 2
  An object releases what it refers to before its own memory goes.

3 of 4 correct, 4 answered, 0 revealed
"""


def test_a_page_with_short_answers_a_choice_with_code_and_an_ordering_question_stopped_by_the_end_of_input() -> None:
    # Short text compared as on the site (case and runs of spaces do not matter), a number in any of
    # the site's forms and within its tolerance (0x205 is 517, within 1% of 512), two unreadable answers
    # and a right one; the steps of an ordering question, once unreadable, then in a wrong order (each
    # step marked, the first hint), the second hint asked for, both again; then the end of input (Ctrl-D).
    typed = "SYS\n?\nGC   module\nabc\n256\n0x205\na b\nd\na\na b\nd c b a\n?\n?\n"
    result = run_page("docs/guide/counting.md", typed)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == COUNTING_TRANSCRIPT


def test_ctrl_c_stops_with_the_score_so_far_and_no_traceback() -> None:
    # Ctrl-C reaches the runner as in a terminal, even where this suite was started in the background of
    # a shell, which ignores SIGINT for its background jobs (a child would inherit that, and Python then
    # installs no handler). A handler here, unlike "ignore", is not inherited: the child starts with the
    # default. (Set in this process rather than in the child before exec: ``preexec_fn`` is not safe
    # where threads run.)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "quiz_plugin", "run", "docs/gc.md"],
            cwd=PROJECT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "COLUMNS": "80"},
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(b"b\n")
    process.stdin.flush()
    output = b""
    while b"Question 2/4" not in output:  # the first answer is graded; the runner waits for the second
        output += process.stdout.read1(4096)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr == b""
    assert (
        (output + stdout)
        .decode()
        .endswith(
            "Select all that apply.\n\n  a) CPython 3.12\n  b) CPython 3.13\n\n\n1 of 4 correct, 1 answered, 0 revealed\n"
        )
    )


def test_undecodable_input_is_an_answer_it_cannot_read_not_a_crash() -> None:
    result = run_page("docs/guide/counting.md", b"\xff\xfe\n")
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert "> \ufffd\ufffd\nNot quite.\n" in result.stdout


def test_without_mkdocs_yml_the_page_is_read_with_mkdocs_defaults(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(
        "# A page\n\n/// quiz | fenced\nWhat does this print?\n\n```python\nprint(1 + 1)\n```\n\n"
        "- [ ] 11\n- [x] 2\n    > Integers add.\n///\n",
        encoding="utf-8",
    )
    result = run_page("docs/page.md", "b\n", tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert (
        "What does this print?\n\n    print(1 + 1)\n\n  a) 11\n  b) 2\n\n> b\nCorrect!\n  Integers add.\n"
        in result.stdout
    )
    assert result.stdout.endswith("\n1 of 1 correct, 1 answered, 0 revealed\n")


def test_a_question_with_a_problem_is_reported_at_its_line_and_the_others_are_asked(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(
        "/// quiz | broken\nNo answers.\n///\n\n/// quiz | fine\nPick.\n\n- [x] Yes\n- [ ] No\n///\n",
        encoding="utf-8",
    )
    result = run_page("docs/page.md", "a\n", tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("docs/page.md:1: ")
    assert "Question 1/1 [fine]" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_question_using_a_setting_the_runner_does_not_know_is_left_out_with_a_reason(tmp_path: Path) -> None:
    from quiz_plugin.bank.entries import SitePage, page_entries
    from quiz_plugin.bank.support import unsupported
    from quiz_plugin.cli.run import SUPPORTED
    from quiz_plugin.core.model import Setting
    from quiz_plugin.core.parser import parse
    from quiz_plugin.plugin.source import source_page

    page = SitePage(source_page("docs/p.md", "/// quiz | q\nPick.\n\n- [x] A\n- [ ] B\n///\n", "p.md"), "p/")
    (entry,) = page_entries(page, [b.question for b in parse(page.source.markdown).blocks if b.question], None)
    assert unsupported(entry, SUPPORTED, "terminal runner") is None
    entry.question.settings["tolerance"] = Setting(2, "1")  # a feature the runner does not grade yet
    assert unsupported(entry, SUPPORTED, "terminal runner") == (
        "docs/p.md:1: the terminal runner does not support the setting `tolerance` yet"
    )


@pytest.mark.parametrize(
    "page, status, message",
    [
        ("docs/index.md", 1, "quiz run: no question to ask in docs/index.md\n"),
        ("docs/missing.md", 2, "quiz_plugin run: docs/missing.md: no such file\n"),
    ],
)
def test_a_page_without_questions_or_a_missing_page_is_a_message(page: str, status: int, message: str) -> None:
    result = run_page(page, "")
    assert (result.returncode, result.stdout, result.stderr) == (status, "", message)


def test_showing_each_answer_gives_the_key_and_the_explanation_and_counts_it_revealed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quiz_plugin.cli.main import main

    monkeypatch.chdir(PROJECT)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"!\n!\n!\n!\n")))
    assert main(["run", "docs/guide/counting.md"]) == 0
    output = capsys.readouterr().out
    assert "> !\nThe answer is shown below.\nAccepted answers: gc, gc module\nExplanation\n" in output
    assert "> !\nThe answer is shown below.\nAccepted answers: 512, 0x200 (give or take 1%)\nExplanation\n" in output
    steps = "  d) The name `x` is unbound.\n  c) The list's reference count drops to zero.\n"
    assert f"> !\nThe answer is shown below.\nThe right order:\n{steps}" in output
    assert "> !\nThe answer is shown below.\nCorrect answer: a) Reference counting, at once\n\n" in output
    assert output.endswith("\n0 of 4 correct, 0 answered, 4 revealed\n")


def test_at_a_terminal_the_prompt_comes_before_the_answer_and_ctrl_d_ends_the_line() -> None:
    import pty
    import select

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz_plugin", "run", "docs/guide/counting.md"],
        cwd=PROJECT,
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "80"},
    )
    os.close(follower)

    pending = bytearray()

    def read_until(text: bytes) -> bytes:
        """What the terminal shows up to and including ``text`` (the rest is kept for the next call)."""
        deadline = time.monotonic() + 60
        while text not in pending and time.monotonic() < deadline:
            if select.select([leader], [], [], 1)[0]:
                pending.extend(os.read(leader, 4096))
        end = pending.find(text) + len(text) if text in pending else len(pending)
        seen = bytes(pending[:end])
        del pending[:end]
        return seen

    try:
        assert read_until(b"\r\n> ").endswith(b"\r\n> ")  # the prompt, before any answer
        os.write(leader, b"gc\n")
        assert read_until(b"Question 2/4").startswith(b"gc\r\nCorrect!\r\n")  # the terminal's echo alone
        read_until(b"\r\n> ")
        os.write(leader, b"\x04")  # Ctrl-D
        assert read_until(b"revealed") == b"\r\n\r\n1 of 4 correct, 1 answered, 0 revealed"  # a new line first
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
        os.close(leader)
