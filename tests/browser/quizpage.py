"""What a reader sees of a question, found the way assistive technology finds it (roles and names)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

# Interface strings (quiz_plugin/strings.py): what the buttons and the status say.
CHECK, RETRY, SHOW, RESET = "Check", "Try again", "Show answer", "Reset answers on this page"
CLEAR, KEEP = "Clear", "Keep"  # the two answers to "Clear every answer on this page?"
CORRECT, INCORRECT, MISSED = "Correct!", "Not quite.", "You missed a right answer."
EMPTY, SHOWN, CLEARED, AGAIN = (
    "Choose or type an answer first.",
    "The answer is shown below.",
    "Your answers on this page were cleared.",
    "Back for review: answer it again.",
)
NOTHING_YET = "0 of 4 correct, 0 answered, 0 revealed"  # the score of the first page, before any answer

# The parts of a question's markup that have no role or name of their own (quiz_plugin/render.py).
FEEDBACK = ".quiz-choices > li > p, .quiz-choices > li > .quiz-feedback"  # an answer's own paragraph
HINT = "fieldset > details"  # the answer's <details> is outside the fieldset
# The blocks after the key and its label (and, for a short answer, the list of anticipated answers).
EXPLANATION = ".quiz-answer > .quiz-key ~ :not(.quiz-choices, .quiz-label)"


def follow_link(page: Page, link: Locator, path: str) -> None:
    """Click a link that Material's instant navigation follows, and wait until the new page is in.

    The address changes before the new content replaces the old: waiting for the URL alone lets the
    next step act on the page being left (a press of one of its buttons, a count of its questions).
    """
    leaving = page.locator("article").element_handle()
    link.click()
    page.wait_for_url(f"**/{path}")
    page.wait_for_function("article => !article.isConnected", arg=leaving)


def question(page: Page, quiz_id: str) -> Locator:
    return page.locator(f"#quiz-{quiz_id}")


def button(quiz: Locator, name: str) -> Locator:
    return quiz.get_by_role("button", name=name, exact=True)


def option(quiz: Locator, name: str) -> Locator:
    """The radio button or checkbox whose label is `name`."""
    return quiz.get_by_role("radio", name=name, exact=True).or_(quiz.get_by_role("checkbox", name=name, exact=True))


def choice(quiz: Locator, name: str) -> Locator:
    """The list item of an answer: its control, its verdict once marked, its feedback."""
    return quiz.locator("fieldset li").filter(has=option(quiz, name))


def answer(quiz: Locator, *names: str) -> None:
    """Choose the named answers, or type the one answer of a short-answer question, and check."""
    field = quiz.get_by_role("textbox")
    if field.count():
        (typed,) = names
        field.fill(typed)
    else:
        for name in names:
            option(quiz, name).check()
    button(quiz, CHECK).click()


def status(quiz: Locator) -> str:
    return quiz.get_by_role("status").inner_text()


def verdicts(quiz: Locator) -> dict[str, str]:
    """The visible verdict of each marked answer, by the answer's own text."""
    return quiz.evaluate(
        """(quiz) => Object.fromEntries([...quiz.querySelectorAll("li.quiz-marked")]
            .filter((item) => item.checkVisibility())
            .map((item) => {
                const body = item.cloneNode(true);
                for (const extra of body.querySelectorAll(":scope > .quiz-verdict, :scope > p, :scope > .quiz-feedback")) extra.remove();
                return [body.textContent.trim(), item.querySelector(".quiz-verdict").innerText];
            }))"""
    )


def visible_feedback(quiz: Locator) -> list[str]:
    return [item.inner_text().strip() for item in quiz.locator(FEEDBACK).all() if item.is_visible()]


def explanation(quiz: Locator) -> Locator:
    return quiz.locator(EXPLANATION).first


def key(quiz: Locator) -> Locator:
    return quiz.locator(".quiz-key")


def explanation_label(quiz: Locator) -> Locator:
    return quiz.locator(".quiz-answer").get_by_text("Explanation", exact=True)


def hint(quiz: Locator) -> Locator:
    """The hint's text (not its summary)."""
    return quiz.locator(f"{HINT} > :not(summary)").first


def reset_page(page: Page) -> None:
    """Clear every answer of the page, as a reader does: Reset, then Clear to confirm."""
    page.get_by_role("button", name=RESET).click()
    page.locator(".quiz-score").get_by_role("button", name=CLEAR, exact=True).click()


def score(page: Page) -> str:
    return page.locator(".quiz-score-text").inner_text()


def focused(page: Page) -> str:
    """What has the keyboard focus, described as a screen reader would name it."""
    return page.evaluate(
        r"""() => {
            const element = document.activeElement;
            if (!element || element === document.body) return "body";
            const quiz = element.closest(".quiz");
            const where = quiz ? ` in ${quiz.id.slice(5)}` : "";
            const labelledBy = element.getAttribute("aria-labelledby");
            const named = (labelledBy ? document.getElementById(labelledBy) : element.labels?.[0] || element).cloneNode(true);
            for (const hidden of named.querySelectorAll("[aria-hidden=true]")) hidden.remove();
            const name = named.textContent.trim().replace(/\s+/g, " ");
            const kind = element.tagName === "INPUT" ? `input:${element.type}` : element.tagName.toLowerCase();
            return `${kind} ${name}${where}`;
        }"""
    )


def record_answer_events(page: Page) -> None:
    """Count `quiz:answer` events from now on in `window.answerEvents` (kept across instant navigation)."""
    page.evaluate(
        """() => {
            window.answerEvents = [];
            document.addEventListener("quiz:answer", (event) => window.answerEvents.push(event.detail));
        }"""
    )


def answer_events(page: Page) -> list[dict[str, object]]:
    return page.evaluate("window.answerEvents")


# Where the focus is, for counting Tab stops: the question it is in, and whether it is in the question's text.
_STOP = """() => {
    const element = document.activeElement;
    const quiz = element && element.closest(".quiz");
    return quiz ? [quiz.id.slice(5), Boolean(element.closest(".quiz-stem")), element.tagName.toLowerCase()] : null;
}"""


def tab_stops(page: Page, limit: int = 600) -> dict[str, list[tuple[bool, str]]]:
    """Press Tab from the top of the page until the focus has left its last question; for each question,
    every stop in it: (whether it is in the question's text, the focused element's tag)."""
    last = page.evaluate("[...document.querySelectorAll('.quiz')].at(-1).id.slice(5)")
    stops: dict[str, list[tuple[bool, str]]] = {}
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(_STOP)
        if stop is None:
            if last in stops:
                return stops
            continue
        quiz_id, in_stem, tag = stop
        stops.setdefault(quiz_id, []).append((in_stem, tag))
    raise AssertionError(f"{limit} presses of Tab never left the last question")


def choice_counts(page: Page) -> dict[str, int]:
    """How many answers each question offers: its choices, or its one text field."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll(".quiz")].map((quiz) => [quiz.id.slice(5),
            quiz.querySelectorAll("fieldset > .quiz-choices > li").length || 1]))"""
    )
