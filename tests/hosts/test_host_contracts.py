"""What the extension hands a host that is not MkDocs, and what it learns from the host itself.

- The browser files, with the interface strings written in: ``QuizExtension.assets()``,
  ``write_assets`` and ``python -m quiz_plugin assets``.
- Search privacy: ``search_view`` (a stem-only copy of a page to index), and under Zensical, whose
  search cannot be handed a copy, ``data-search-exclude`` on everything of a question but its text.
- Problems that name the page: ``set_page()``, or under Zensical the page of its rendering context,
  with the lines of front matter Zensical removed; ``strict`` makes them fail the conversion with an
  error that lists them (and logs nothing, so that each is shown once); under Zensical, whose command
  line shows that error inside two tracebacks, the build's output is the problems alone, and its live
  preview (``zensical serve``) shows them on the page instead of stopping.
- MkDocs with the extension listed but not the plugin is told so, in a warning MkDocs' --strict counts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import markdown
import pytest
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from quiz_plugin.extension import PageResult, QuizError, QuizExtension, hosts, search_view, write_assets
from quiz_plugin.extension.search_view import exclude_answers_from_search
from support import build_site

PAGE = """# Page

/// quiz | first
    type: multiple
Which are lists?

- [x] `[]`
    > An empty list.
- [ ] `()`
    > A tuple.

Hint: square brackets.

Lists are written with square brackets.
///

/// quiz | second
    type: short
What is 2 + 2?

- [x] 4
- [ ] 5
    > One too many.
///
"""
SECRETS = ["An empty list.", "A tuple.", "square brackets", "Lists are written", "Correct answer", "One too many"]


def convert(source: str, **config: Any) -> tuple[str, list[PageResult]]:
    results: list[PageResult] = []
    extension = QuizExtension(on_page=results.append, **config)
    return markdown.Markdown(extensions=["fenced_code", extension]).convert(source), results


# --- the browser files ---------------------------------------------------------------------------


def test_the_extension_hands_its_script_with_its_own_strings_and_its_stylesheet() -> None:
    script, style = QuizExtension(strings={"check": "Vérifier"}).assets()
    assert (script.name, style.name) == ("quiz.js", "quiz.css")
    assert re.fullmatch(r"assets/quiz/quiz\.[0-9a-f]{8}\.js", script.path)
    assert '"check": "Vérifier"' in script.content
    assert ".quiz fieldset" in style.content


def test_write_assets_writes_both_files_and_rewrites_them_only_when_they_change(tmp_path: Path) -> None:
    script, style = write_assets(tmp_path / "assets" / "quiz")
    assert (script.name, style.name) == ("quiz.js", "quiz.css")
    assert '"check": "Check"' in script.read_text(encoding="utf-8")
    written = script.stat().st_mtime_ns
    write_assets(tmp_path / "assets" / "quiz")
    assert script.stat().st_mtime_ns == written
    write_assets(tmp_path / "assets" / "quiz", {"check": "Prüfen"})
    assert '"check": "Prüfen"' in script.read_text(encoding="utf-8")


def test_the_assets_command_writes_the_files_with_strings_from_a_json_file(tmp_path: Path) -> None:
    strings = tmp_path / "strings.json"
    strings.write_text(json.dumps({"check": "Vérifier"}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "assets", str(tmp_path / "out"), "--strings", str(strings)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(tmp_path / "out" / "quiz.js"), str(tmp_path / "out" / "quiz.css")]
    assert "Vérifier" in (tmp_path / "out" / "quiz.js").read_text(encoding="utf-8")


def test_the_assets_command_names_an_unknown_string_without_a_traceback(tmp_path: Path) -> None:
    strings = tmp_path / "strings.json"
    strings.write_text(json.dumps({"chek": "Vérifier"}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "assets", str(tmp_path / "out"), "--strings", str(strings)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("quiz_plugin assets: `chek` is not an interface string: did you mean `check`?")
    assert "Traceback" not in done.stderr


# --- search privacy ------------------------------------------------------------------------------


def test_search_view_is_the_page_with_each_question_reduced_to_its_text() -> None:
    html, results = convert(PAGE)
    view = search_view(html, [question.id for question in results[0].questions]).view
    assert "Which are lists?" in view and "What is 2 + 2?" in view
    assert [secret for secret in SECRETS if secret in view] == []


def test_search_exclusion_marks_everything_of_a_question_but_its_legend_and_its_text() -> None:
    html, _ = convert(PAGE, search_exclude=True)
    kept = re.sub(r"<(\w+)[^>]*data-search-exclude[^>]*>.*?</\1>", "", html, flags=re.S)
    assert "Which are lists?" in kept and "What is 2 + 2?" in kept and "Question 1" in kept
    assert [secret for secret in SECRETS if secret in kept] == []
    plain, _ = convert(PAGE)
    assert html.replace(" data-search-exclude", "") == plain


def test_search_exclusion_leaves_html_it_does_not_know_as_it_is() -> None:
    assert exclude_answers_from_search("<p>no question</p>") == "<p>no question</p>"


def test_search_exclusion_is_off_by_default_outside_zensical_and_a_mistyped_setting_is_named() -> None:
    html, _ = convert(PAGE)
    assert "data-search-exclude" not in html
    with pytest.raises(ValueError, match="`search_exclude` is true, false or auto, not 'sometimes'"):
        QuizExtension(search_exclude="sometimes")


# --- problems that name the page -----------------------------------------------------------------

BROKEN = "/// quiz | broken\nQ?\n\n- [ ] a\n- [ ] b\n///\n"
NO_RIGHT_ANSWER = "no answer is marked correct: tick the right one with `[x]`"


def test_a_host_names_the_page_and_strict_fails_its_conversion() -> None:
    extension = QuizExtension(strict=True)
    extension.report = lambda problem: None
    md = markdown.Markdown(extensions=[extension])
    extension.set_page("docs/broken.md", line_offset=3)
    with pytest.raises(QuizError) as raised:
        md.convert(BROKEN)
    assert str(raised.value) == f"docs/broken.md:7: {NO_RIGHT_ANSWER}"


class _Page:  # what Zensical's rendering context holds: the page's path in docs_dir
    def __init__(self, path: str) -> None:
        self.path = path


class _RenderingContext(Preprocessor):
    def __init__(self, md: markdown.Markdown, path: str, docs_dir: str) -> None:
        super().__init__(md)
        self.page, self.config = _Page(path), {"docs_dir": docs_dir}

    def run(self, lines: list[str]) -> list[str]:
        return lines


class _Zensical(Extension):
    """Zensical registers its page as a preprocessor named `rendering_context` in every conversion."""

    def __init__(self, path: str, docs_dir: str) -> None:
        super().__init__()
        self.path, self.docs_dir = path, docs_dir

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        md.preprocessors.register(_RenderingContext(md, self.path, self.docs_dir), "rendering_context", 0)


def test_under_zensical_problems_name_the_page_at_its_line_in_the_file_with_its_front_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs" / "guide").mkdir(parents=True)
    (tmp_path / "docs" / "guide" / "broken.md").write_text(f"---\ntitle: Broken\n---\n\n{BROKEN}", encoding="utf-8")
    problems: list[str] = []
    extension = QuizExtension()
    extension.report = lambda problem: problems.append(str(problem))
    # Zensical hands Markdown the page without its front matter and the blank line after it.
    markdown.Markdown(extensions=[_Zensical("guide/broken.md", "docs"), extension]).convert(BROKEN)
    assert problems == [f"docs/guide/broken.md:8: {NO_RIGHT_ANSWER}"]
    assert extension.search_exclude  # Zensical's search honours data-search-exclude


def test_strict_raises_the_problems_and_logs_none_of_them(caplog: pytest.LogCaptureFixture) -> None:
    extension = QuizExtension(strict=True)
    extension.set_page("docs/broken.md")
    with pytest.raises(QuizError) as raised:
        markdown.Markdown(extensions=[extension]).convert(BROKEN)
    assert [str(problem) for problem in raised.value.problems] == [f"docs/broken.md:4: {NO_RIGHT_ANSWER}"]
    assert caplog.records == []


def test_without_strict_each_problem_is_a_warning_of_the_extensions_logger(caplog: pytest.LogCaptureFixture) -> None:
    extension = QuizExtension()
    extension.set_page("docs/broken.md")
    markdown.Markdown(extensions=[extension]).convert(BROKEN)
    assert [(record.name, record.levelname, record.getMessage()) for record in caplog.records] == [
        ("quiz_plugin", "WARNING", f"docs/broken.md:4: {NO_RIGHT_ANSWER}")
    ]


def test_a_strict_conversion_under_zensical_fails_its_build_with_the_problems_and_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "argv", ["/venv/bin/zensical", "build"])
    monkeypatch.setattr(hosts, "_zensical_failures", [])
    extension = QuizExtension(strict=True)
    with pytest.raises(QuizError) as raised:
        markdown.Markdown(extensions=[_Zensical("broken.md", "docs"), extension]).convert(BROKEN)
    # What reaches Zensical's command line: the error as text, inside Rust's own wrapping.
    sys.excepthook(RuntimeError, RuntimeError(f"Python error: QuizError: {raised.value}\nTraceback ..."), None)
    assert capsys.readouterr().err.splitlines() == [
        f"docs/broken.md:4: {NO_RIGHT_ANSWER}",
        "The build stopped at these mistakes in questions.",
    ]


def test_the_hook_leaves_any_other_uncaught_error_to_the_hook_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, traceback: seen.append(error))
    monkeypatch.setattr(hosts, "_zensical_failures", [])
    hosts.stop_zensical_build(f"docs/broken.md:4: {NO_RIGHT_ANSWER}")
    other = KeyError("something else")
    sys.excepthook(KeyError, other, None)
    assert seen == [other]


@pytest.mark.parametrize(
    ("argv", "serving"),
    [
        (["/venv/bin/zensical", "serve"], True),
        (["/venv/lib/python3.12/site-packages/zensical/__main__.py", "serve", "-a", "localhost:9000"], True),
        (["/venv/bin/zensical", "build", "--strict"], False),
        (["/venv/bin/mkdocs", "serve"], False),
        (["build.py"], False),
    ],
)
def test_zensical_serve_is_told_from_the_command_line(
    argv: list[str], serving: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", argv)
    assert hosts.zensical_serving() is serving


def test_in_zensicals_live_preview_a_strict_extension_shows_mistakes_on_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["/venv/bin/zensical", "serve"])
    html = markdown.Markdown(extensions=[_Zensical("broken.md", "docs"), QuizExtension(strict=True)]).convert(BROKEN)
    assert 'class="quiz quiz--invalid"' in html
    assert [record.getMessage() for record in caplog.records] == [f"docs/broken.md:4: {NO_RIGHT_ANSWER}"]


def test_a_page_named_by_the_host_wins_over_a_rendering_context() -> None:
    problems: list[str] = []
    extension = QuizExtension()
    extension.report = lambda problem: problems.append(str(problem))
    extension.set_page("named.md")
    markdown.Markdown(extensions=[_Zensical("other.md", "docs"), extension]).convert(BROKEN)
    assert problems == [f"named.md:4: {NO_RIGHT_ANSWER}"]


# --- MkDocs without the plugin -------------------------------------------------------------------


def test_mkdocs_with_the_extension_but_not_the_plugin_fails_a_strict_build_saying_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(hosts, "_warned", set())
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n\n" + PAGE.split("\n", 2)[2], encoding="utf-8")
    (tmp_path / "docs" / "second.md").write_text("# Second\n\nNo questions.\n", encoding="utf-8")
    config = "site_name: Only the extension\nmarkdown_extensions:\n  - quizblocks\n"
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    from mkdocs.exceptions import Abort

    with pytest.raises(Abort):
        build_site(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert hosts.MKDOCS_WITHOUT_PLUGIN in caplog.text
    assert caplog.text.count(hosts.MKDOCS_WITHOUT_PLUGIN) == 1  # once, not once per page
