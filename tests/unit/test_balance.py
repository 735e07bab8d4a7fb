"""Item statistics: answer positions, the longest option, true/false balance and negative stems, counted
on questions with known answers, and the thresholds that keep a site from drifting back."""

from __future__ import annotations

import textwrap

import yaml

from quiz_plugin.core.balance import Balance, ItemFacts, Thresholds
from quiz_plugin.core.parser import parse
from support import ROOT


def single(question_id: str, right: int, options: tuple[str, ...] = ("aa", "bb", "cc", "dd"), stem: str = "Q?") -> str:
    answers = "\n".join(f"- [{'x' if index == right else ' '}] {text}" for index, text in enumerate(options))
    return f"/// quiz | {question_id}\n{stem}\n\n{answers}\n///\n"


def true_false(question_id: str, true: bool) -> str:
    return (
        f"/// quiz | {question_id}\n    type: true-false\nA statement.\n\n"
        f"- [{'x' if true else ' '}] True\n- [{' ' if true else 'x'}] False\n///\n"
    )


def facts(*blocks: str) -> list[ItemFacts]:
    text = "\n".join(blocks)
    found = []
    for block in parse(text).blocks:
        assert block.question is not None and block.problems == ()
        found.append(ItemFacts.of(block.question, "docs/page.md", block.question.line))
    return found


def test_the_statistics_count_positions_longest_options_true_false_and_negative_stems() -> None:
    report = Balance(
        facts(
            single("a1", 0),
            single("a2", 0),
            single("b", 1),
            single("long", 2, ("a", "b", "the longest by far", "d")),
            single("tie", 0, ("same", "same", "x")),
            single("negative", 1, stem="Which of these is not tracked?"),
            single("emphasised", 3, stem="Which of these is *not* tracked?"),
            true_false("t", True),
            true_false("f1", False),
            true_false("f2", False),
            "/// quiz | m\n    type: multiple\nWhich?\n\n- [x] a\n- [x] b\n- [ ] c\n///\n",
        )
    ).report()
    assert report == [
        "11 questions: 7 single, 1 multiple, 3 true-false",
        "Right-answer position, single choice:",
        "  3 options, 1 questions: A 1 (100%)  B 0 (0%)  C 0 (0%)",
        "  4 options, 6 questions: A 2 (33%)  B 2 (33%)  C 1 (17%)  D 1 (17%)",
        "Right answer strictly the longest option: 1 of 7 single choice (14%); tied for longest: 6",
        "True/false: 1 true, 2 false",
        "Multiple choice, right answers per question: 2 right: 1 (options per question: 3: 1)",
        "Negative stems without emphasis (write *not*): 1",
        "  docs/page.md:45: negative",
    ]


def test_a_site_over_the_position_threshold_names_enough_questions_to_get_back_under_it() -> None:
    blocks = [single(f"q{n}", 0 if n < 9 else n % 4) for n in range(20)]  # A: 9 + 2 of 20 = 55 %
    problems = Balance(facts(*blocks)).problems(Thresholds(position_max={4: 0.35}, position_from=20))
    assert len(problems) == 11 - 7  # 35 % of 20 is 7: four questions must move
    assert all(
        "the right answer is A, as in 11 of the 20 single-choice questions with 4 options" in str(p) for p in problems
    )


def test_the_threshold_waits_for_enough_questions() -> None:
    blocks = [single(f"q{n}", 0) for n in range(19)]
    assert Balance(facts(*blocks)).problems(Thresholds(position_max={4: 0.35}, position_from=20)) == []


def test_the_longest_right_answers_are_named_worst_first() -> None:
    blocks = [single(f"long{n}", 0, ("x" * (10 + n), "a", "b", "c")) for n in range(3)]
    blocks += [single(f"short{n}", 1) for n in range(3)]
    problems = Balance(facts(*blocks)).problems(Thresholds(longest_max=0.35))
    assert [problem.line for problem in problems] == [19]  # 3 of 6 is over 35 %; the widest margin goes
    assert "the right answer is the longest option, as in 3 of 6 single-choice questions (50%" in str(problems[0])


def test_true_false_outside_the_range_names_statements_of_the_majority_side() -> None:
    blocks = [true_false(f"f{n}", False) for n in range(8)] + [true_false(f"t{n}", True) for n in range(2)]
    problems = Balance(facts(*blocks)).problems(Thresholds(true_min=0.4, true_max=0.6))
    assert len(problems) == 2  # 8 false of 10: at most 6 may be false
    assert all(
        "2 of 10 true/false statements are true (20%" in str(p) and "false statement" in str(p) for p in problems
    )


def test_this_site_sets_its_thresholds_and_meets_them() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    quiz = next(entry["quizblocks"] for entry in config["plugins"] if isinstance(entry, dict) and "quizblocks" in entry)
    assert quiz["balance"] == {
        "position_max": {3: 0.45, 4: 0.35},
        "position_from": 20,
        "longest_max": 0.35,
        "true_min": 0.4,
        "true_max": 0.6,
    }


def test_a_right_answer_in_code_is_measured_without_its_backticks() -> None:
    (fact,) = facts(textwrap.dedent(single("code", 0, ("`ab`", "abc", "ab", "a"))))
    assert fact.longest == ""


def test_facts_kept_packed_come_back_the_same_and_untracked_by_the_garbage_collector() -> None:
    import gc

    kept = facts(single("p1", 1), true_false("p2", True), single("p3", 0, stem="Which is *not* right?"))
    packed = [fact.packed() for fact in kept]
    assert [ItemFacts.unpacked(item) for item in packed] == kept
    # A collection stops tracking a tuple of untracked values: the positions' tuple first, then the facts.
    gc.collect()
    gc.collect()
    assert not any(gc.is_tracked(item) for item in packed)
