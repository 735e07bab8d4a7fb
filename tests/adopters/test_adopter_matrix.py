"""Every host an adopter may use, with the package installed from its wheel: MkDocs with its default
Markdown extensions (the mkdocs and readthedocs themes), Material without and with pymdownx (this site's
setup), Zensical, and a bare Python-Markdown writing HTML files.

On each, the example site builds strictly, its search index holds the questions' text but no answer,
its questions answer in Chromium (a wrong answer and a right one, each with its feedback) without an
error in the console or a request that fails or leaves the site; a mistake in a question fails the
build with the page and line of the mistake, said once and without a traceback; code the host's
Markdown cannot read in a question is named, with the extension it needs, at its line. A bare host with
the extension alone names `fenced_code` for a question's code, and Zensical's live preview shows a
mistake on its page instead of stopping.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser.quizpage import CHECK, CORRECT, INCORRECT, answer, button, question, visible_feedback
from playwright.sync_api import Browser, Page, expect

from quiz_plugin.extension.hosts import NO_FENCES, NO_FENCES_IN_CONTAINERS
from support import ROOT, serving

from .environment import Environment
from .sites import (
    BROKEN,
    BROKEN_LINE,
    BROKEN_MESSAGE,
    CODE_IN_A_LIST,
    CODE_IN_A_LIST_LINE,
    EXTENSION,
    HOSTS,
    Host,
    guide_examples,
)

STEM = "What does this print on CPython 3.12?"
# What a search result must never show: a feedback, the hint, the answer key, the explanation.
ANSWERS = [
    "One reference from the name",
    "receives the object as an argument",
    "Correct answer",
    "counts the reference held by its own argument",
    "Reference counting still frees every object",
]
# What the page must never show as text: a fence, a code block's settings or a question's source.
LEAKED_RE = re.compile(r"```|~~~|hl_lines=|title=\"|/// quiz|/// snippet")


def build(host: Host, directory: Path, environment: Environment, site_url: str) -> None:
    host.write(directory, site_url)
    if host.assets:
        made = environment.run(*host.assets, cwd=directory)
        assert made.returncode == 0, made.stderr
    built = environment.run(*host.build, cwd=directory)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Traceback" not in built.stderr


def searched_text(site: Path, index: str) -> str:
    """Everything the site's search index holds, as text."""
    return json.dumps(json.loads((site / index).read_text(encoding="utf-8")), ensure_ascii=False)


def test_the_matrix_runs_the_package_installed_from_its_wheel(adopter_environment: Environment) -> None:
    found = adopter_environment.run("python", "-c", "import quiz_plugin; print(quiz_plugin.__file__)", cwd=Path("/"))
    installed = Path(found.stdout.strip())
    assert installed.is_relative_to(adopter_environment.directory)
    assert not installed.is_relative_to(ROOT)


@pytest.mark.browser
@pytest.mark.parametrize("host", HOSTS, ids=lambda host: host.name)
def test_an_adopters_site_builds_keeps_answers_out_of_search_and_answers_in_chromium(
    host: Host, adopter_environment: Environment, browser: Browser, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with serving(site) as url:
        build(host, tmp_path, adopter_environment, url)
        searched = searched_text(site, host.search_index)
        assert STEM in searched
        assert [secret for secret in ANSWERS if secret in searched] == []
        answer_the_examples(browser, url)


def answer_the_examples(browser: Browser, url: str) -> None:
    """From the home page, through its link (instant navigation where the theme has it), to the questions:
    a wrong answer and a right one, each with its feedback, nothing failing on the way."""
    context = browser.new_context(base_url=url)
    context.set_default_timeout(10_000)
    problems: list[str] = []
    context.route(
        re.compile(f"^(?!{re.escape(url)})"), lambda route: (problems.append(route.request.url), route.abort())
    )
    page = context.new_page()
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    # Material's search worker, requested by the page being left while the link's page loads, resolves
    # against the new address (a race of the theme's, not the engine's): it is not counted.
    page.on(
        "response",
        lambda response: (
            problems.append(response.url)
            if response.status >= 400 and "/javascripts/workers/search." not in response.url
            else None
        ),
    )
    try:
        page.goto(url)
        page.get_by_role("link", name="the examples page").click()
        single = question(page, "example-single")
        expect(button(single, CHECK)).to_be_visible()  # the script has set the question up
        assert_styled(page)
        assert LEAKED_RE.findall(page.locator("body").inner_text()) == []

        answer(single, "1")
        expect(single.get_by_role("status")).to_have_text(INCORRECT)
        assert visible_feedback(single) == ["The name x holds one reference, but the call itself holds another one."]

        true_false = question(page, "example-true-false")
        answer(true_false, "False")
        expect(true_false.get_by_role("status")).to_have_text(CORRECT)
        assert visible_feedback(true_false) == [
            "Reference counting still frees every object whose count drops to zero."
        ]

        code = question(page, "adopter-code-answers")
        expect(code.locator(".quiz-choice-body pre")).to_have_count(2)  # the answers are code blocks
        assert problems == []
    finally:
        context.close()


def assert_styled(page: Page) -> None:
    """The stylesheet is applied, and wins over the theme's: a question's fieldset has no border (a
    browser's own has one), and its answers are lettered as the answer key names them."""
    border = page.locator(".quiz fieldset").first.evaluate("(element) => getComputedStyle(element).borderTopStyle")
    assert border == "none"
    marker = page.locator("#quiz-example-single li").first.evaluate("(item) => getComputedStyle(item).listStyleType")
    assert marker == "upper-alpha"


def build_with_page(
    host: Host, directory: Path, environment: Environment, name: str, page: str
) -> subprocess.CompletedProcess[str]:
    """The example site, with one more page, built."""
    host.write(directory, "http://127.0.0.1:8000/")
    (directory / "docs" / name).write_text(page, encoding="utf-8")
    if host.assets:
        environment.run(*host.assets, cwd=directory)
    return environment.run(*host.build, cwd=directory)


def failed_build_output(built: subprocess.CompletedProcess[str]) -> str:
    """What a build printed, once it is known to have failed without a traceback."""
    output = built.stdout + built.stderr
    assert built.returncode != 0, output
    assert "Traceback" not in output
    return output


@pytest.mark.parametrize("host", HOSTS, ids=lambda host: host.name)
def test_a_mistake_in_a_question_fails_the_build_at_its_page_and_line_once_without_a_traceback(
    host: Host, adopter_environment: Environment, tmp_path: Path
) -> None:
    output = failed_build_output(build_with_page(host, tmp_path, adopter_environment, "broken.md", BROKEN))
    assert output.count(f"docs/broken.md:{BROKEN_LINE}: {BROKEN_MESSAGE}") == 1


@pytest.mark.parametrize("host", HOSTS, ids=lambda host: host.name)
def test_code_in_a_question_in_a_list_builds_where_the_host_reads_it_and_names_superfences_where_not(
    host: Host, adopter_environment: Environment, tmp_path: Path
) -> None:
    built = build_with_page(host, tmp_path, adopter_environment, "steps.md", CODE_IN_A_LIST)
    if host.superfences:
        assert built.returncode == 0, built.stdout + built.stderr
        page = (tmp_path / "site" / "steps" / "index.html").read_text(encoding="utf-8")
        assert 'id="quiz-adopter-code-in-a-list"' in page and "<pre" in page and "quiz--invalid" not in page
    else:
        output = failed_build_output(built)
        assert f"docs/steps.md:{CODE_IN_A_LIST_LINE}: {NO_FENCES_IN_CONTAINERS}" in output


ONLY_THE_EXTENSION = """import sys
from pathlib import Path

import markdown

from quiz_plugin.extension import QuizError, QuizExtension

quiz = QuizExtension(strict=True)
md = markdown.Markdown(extensions=[quiz])
failed = False
for page in sorted(Path("docs").glob("*.md")):
    quiz.set_page(page.as_posix())
    try:
        md.reset().convert(page.read_text(encoding="utf-8"))
    except QuizError as error:
        print(error, file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
"""


def test_a_bare_host_with_the_extension_alone_names_fenced_code_at_the_first_fence_of_a_question(
    adopter_environment: Environment, tmp_path: Path
) -> None:
    (tmp_path / "docs").mkdir()
    single = guide_examples()["single"]
    (tmp_path / "docs" / "single.md").write_text(single, encoding="utf-8")
    (tmp_path / "build.py").write_text(ONLY_THE_EXTENSION, encoding="utf-8")
    built = adopter_environment.run("python", "build.py", cwd=tmp_path)
    assert built.returncode == 1
    fence = single.split("\n").index("```python") + 1
    assert built.stderr.splitlines() == [f"docs/single.md:{fence}: {NO_FENCES}"]
    assert "`fenced_code`" in NO_FENCES


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_zensical_serve_shows_a_mistake_on_its_page_and_keeps_serving(
    adopter_environment: Environment, tmp_path: Path
) -> None:
    (zensical,) = [host for host in HOSTS if host.name == "zensical"]
    zensical.write(tmp_path, "http://127.0.0.1:8000/")
    assert f'"{EXTENSION}" = {{ strict = true' in (tmp_path / "zensical.toml").read_text(encoding="utf-8")
    (tmp_path / "docs" / "broken.md").write_text(BROKEN, encoding="utf-8")
    adopter_environment.run(*zensical.assets, cwd=tmp_path)
    port = free_port()
    serving = subprocess.Popen(
        [adopter_environment.python, "-m", "zensical", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=adopter_environment.environ(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = fetch_when_served(f"http://127.0.0.1:{port}/broken/", serving)
        assert "quiz--invalid" in page
        assert f"<li>docs/broken.md:{BROKEN_LINE}: {BROKEN_MESSAGE}</li>" in page
        assert serving.poll() is None
    finally:
        serving.terminate()
        output, _ = serving.communicate(timeout=30)
    assert "Traceback" not in output


def fetch_when_served(url: str, server: subprocess.Popen[str], timeout: float = 60) -> str:
    """The page at ``url`` once the server has built it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    raise AssertionError(f"{url} was not served within {timeout} s")
