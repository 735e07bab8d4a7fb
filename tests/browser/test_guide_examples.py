"""The examples of "Writing questions" (docs/writing-questions.md) for ordering, numbers with a tolerance,
several hints, shuffled options and the page summary, built on a page of the fixture site and answered in
Chromium: each behaves as the guide's own words say, and the page passes axe. The page also has the
guide's question that follows the reader's CPython, shuffled: both rewrite the key's letters."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from support import FIXTURE_SITE, ROOT

from .conftest import Pages, SiteServer, watched_pages
from .quizpage import CHECK, CORRECT, INCORRECT, RETRY, SHOW, answer, button, key, question, status, verdicts
from .test_accessibility import MATERIAL_VIOLATIONS, all_violations
from .test_ordering import with_seed

pytestmark = pytest.mark.browser

GUIDE = (ROOT / "docs" / "writing-questions.md").read_text(encoding="utf-8")
SECTION_RE = re.compile(
    r"^<!-- --8<-- \[start:(?P<name>[\w-]+)\] -->\n(?P<body>.*?)^<!-- --8<-- \[end:(?P=name)\] -->$", re.M | re.S
)
EXAMPLES = {match["name"]: match["body"] for match in SECTION_RE.finditer(GUIDE)}
NEWER = ("tolerance", "order", "hints", "shuffle", "summary")  # the summary last, as the guide advises


def guide_says(pattern: str) -> re.Match[str]:
    """A sentence of the guide (its lines joined), which the test then holds the page to."""
    found = re.search(pattern, " ".join(GUIDE.split()))
    assert found, f"the guide no longer says {pattern!r}"
    return found


@pytest.fixture(scope="module")
def guide_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    source = tmp_path_factory.mktemp("guide-source") / "site"
    shutil.copytree(FIXTURE_SITE, source)
    follower = EXAMPLES["reader-version"].replace("    version: reader\n", "    version: reader\n    shuffle: true\n")
    assert "shuffle: true" in follower
    page = ["# From the guide", "", *(EXAMPLES[name] for name in NEWER[:-1]), follower, EXAMPLES["summary"]]
    snippets = source / "snippets" / "gc"
    snippets.mkdir(parents=True)
    for recorded in (ROOT / "snippets" / "gc").glob("default_threshold.*"):
        shutil.copy(recorded, snippets)
    (source / "docs" / "guide.md").write_text("\n".join(page), encoding="utf-8")
    server = SiteServer()
    server.root = server.build(source, tmp_path_factory.mktemp("guide-site"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def guide(browser: Browser, guide_server: SiteServer) -> Iterator[Pages]:
    with watched_pages(browser, guide_server) as opened:
        yield opened


def opened(guide: Pages, **options: object) -> Page:
    return guide.open("guide/", **options)


def test_every_newer_feature_has_an_example_in_the_guide() -> None:
    assert set(NEWER) <= set(EXAMPLES)


# --- numbers with a tolerance -------------------------------------------------------------------

RANGE = guide_says(r"anything from ([\d.]+) to ([\d.]+) is right: (\d+) and (\d+) are, (\d+) is not")
LOW, HIGH, INSIDE, ALSO_INSIDE, OUTSIDE = RANGE.groups()


@pytest.mark.parametrize(
    ("typed", "result"),
    [
        ("8056", CORRECT),
        (LOW, CORRECT),
        (HIGH, CORRECT),
        (INSIDE, CORRECT),
        (ALSO_INSIDE, CORRECT),
        (OUTSIDE, INCORRECT),
    ],
)
def test_a_number_is_judged_within_the_tolerance_as_the_guide_says(guide: Pages, typed: str, result: str) -> None:
    quiz = question(opened(guide), "example-tolerance")
    answer(quiz, typed)
    assert status(quiz) == result


def test_a_number_near_an_anticipated_wrong_answer_gets_its_feedback_as_the_guide_says(guide: Pages) -> None:
    typed, wrong = guide_says(r"a reader who types (\d+) below gets the feedback written for `(\d+)`").groups()
    quiz = question(opened(guide), "example-tolerance")
    answer(quiz, typed)
    assert status(quiz) == INCORRECT
    assert verdicts(quiz) == {wrong: "Wrong"}


def test_the_answer_key_says_how_far_answers_may_be_as_the_guide_says(guide: Pages) -> None:
    words = guide_says(r'The answer key says how far answers may be: "([^"]+)"')[1].replace("`", "")
    quiz = question(opened(guide), "example-tolerance")
    button(quiz, SHOW).click()
    expect(key(quiz)).to_have_text(words)


# --- ordering -----------------------------------------------------------------------------------


def steps_in_order(quiz: Locator) -> list[str]:
    """The steps as the page shows them, each as its right place (0 is the first)."""
    return quiz.locator("fieldset > .quiz-steps > li").evaluate_all(
        "(items) => items.map((item) => item.dataset.quizStep)"
    )


def test_the_ordering_example_is_put_in_order_with_its_buttons_and_judged_right(guide: Pages) -> None:
    quiz = question(opened(guide), "example-order")
    before = steps_in_order(quiz)
    assert sorted(before) == ["0", "1", "2", "3"] and before != sorted(before)
    for target in ["0", "1", "2", "3"]:
        while steps_in_order(quiz).index(target) > int(target):
            quiz.locator(f'.quiz-steps > li[data-quiz-step="{target}"]').get_by_role("button", name="Move up").click()
    button(quiz, CHECK).click()
    assert status(quiz) == CORRECT
    expect(key(quiz)).to_be_visible()


def test_without_javascript_the_ordering_examples_answer_lists_the_steps_as_the_author_wrote_them(guide: Pages) -> None:
    quiz = question(opened(guide, java_script_enabled=False), "example-order")
    written = re.findall(r"^\d\. (.+?)$", EXAMPLES["order"], re.M)
    quiz.locator("summary", has_text="Answer").click()
    shown = [text.replace(" ", "") for text in quiz.locator(".quiz-order > li").all_inner_texts()]
    assert shown == [step.replace("`", "").replace(" ", "") for step in written]


# --- several hints ------------------------------------------------------------------------------


def test_the_hints_example_gives_one_hint_per_wrong_answer_and_one_more_on_request(guide: Pages) -> None:
    page = opened(guide)
    quiz = question(page, "example-hints")
    hints = quiz.locator("fieldset > details")
    expect(hints).to_have_count(3)
    answer(quiz, "When the interpreter exits")
    assert [hint.is_visible() for hint in hints.all()] == [True, False, False]
    button(quiz, "Next hint").click()
    assert [hint.is_visible() for hint in hints.all()] == [True, True, False]


# --- shuffled options ---------------------------------------------------------------------------


def test_the_shuffled_example_names_the_letters_each_reader_sees(guide: Pages) -> None:
    orders = []
    for seed in (1, 2, 3):
        quiz = question(opened(guide, init_script=with_seed(seed)), "example-shuffle")
        shown = [text.strip() for text in quiz.locator("fieldset > .quiz-choices > li > label").all_inner_texts()]
        orders.append(shown)
        button(quiz, SHOW).click()
        right = sorted("ABCDE"[shown.index(name)] for name in ("None", "True", "The small integer 1"))
        expect(key(quiz)).to_have_text(f"Correct answers: {', '.join(right)}")
    assert len({tuple(order) for order in orders}) > 1


def test_without_javascript_the_shuffled_example_keeps_the_authors_order_and_letters(guide: Pages) -> None:
    quiz = question(opened(guide, java_script_enabled=False), "example-shuffle")
    quiz.locator("summary", has_text="Answer").click()
    expect(key(quiz)).to_have_text("Correct answers: A, C, D")


def shown_options(quiz: Locator) -> list[str]:
    return [text.strip() for text in quiz.locator("fieldset > .quiz-choices > li > label").all_inner_texts()]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_shuffled_question_on_the_readers_version_keys_the_letter_the_reader_sees(guide: Pages, seed: int) -> None:
    quiz = question(opened(guide, init_script=with_seed(seed)), "example-reader-version")
    shown = shown_options(quiz)
    assert sorted(shown) == ["(2000, 10, 0)", "(2000, 10, 10)", "(700, 10, 10)"]
    button(quiz, SHOW).click()  # on 3.13, the newest recorded
    expect(key(quiz)).to_have_text(f"Correct answer: {'ABC'[shown.index('(2000, 10, 10)')]}")
    quiz.locator(".quiz-version-select").select_option("3.12")
    expect(key(quiz)).to_have_text(f"Correct answer: {'ABC'[shown.index('(700, 10, 10)')]}")
    assert shown_options(quiz) == shown
    button(quiz, RETRY).click()
    answer(quiz, "(700, 10, 10)")
    assert status(quiz) == CORRECT


# --- the page summary ---------------------------------------------------------------------------


def test_the_summary_example_puts_the_summary_where_it_is_and_it_follows_the_answers(guide: Pages) -> None:
    page = opened(guide)
    summary = page.locator(".quiz-summary > .quiz-score")
    expect(summary).to_have_count(1)
    expect(summary.locator(".quiz-score-text")).to_have_text("0 of 5 correct, 0 answered, 0 revealed")
    answer(question(page, "example-hints"), "As the function returns")
    answer(question(page, "example-tolerance"), "56")
    expect(summary.locator(".quiz-score-text")).to_have_text("1 of 5 correct, 2 answered, 0 revealed")
    expect(summary.locator(".quiz-missed")).to_have_text("To review: Question 1")


# --- accessibility ------------------------------------------------------------------------------


def test_axe_finds_no_violation_on_the_guides_examples_before_and_after_answering(guide: Pages) -> None:
    page = opened(guide)
    material = {(rule, "serious", node) for rule, node in MATERIAL_VIOLATIONS}
    assert all_violations(page) - material == set()
    button(question(page, "example-order"), CHECK).click()
    answer(question(page, "example-tolerance"), "16100")
    answer(question(page, "example-hints"), "When the interpreter exits")
    answer(question(page, "example-shuffle"), "None", "True")
    assert all_violations(page) - material == set()
