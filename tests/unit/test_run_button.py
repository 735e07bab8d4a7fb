"""Where the Run button goes (the plugin's `run_snippets`), and what a site without Pyodide is told.

The button sits under a snippet's recorded outputs, only where the page shows both its code and its
output and only for a snippet recorded on the build it runs (`3.14-wasm32`); never inside a question,
where running the code would answer it."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import markdown
import pytest
from mkdocs.exceptions import PluginError

from quiz_plugin.extension.extension import QuizExtension
from quiz_plugin.plugin.run_in_browser import PYODIDE_FILES, find_pyodide

BOX = re.compile(r'<div class="snippet-run" data-snippet="([^"]+)" hidden="hidden"></div>')


@pytest.fixture
def snippets(tmp_path: Path) -> Path:
    folder = tmp_path / "snippets" / "gc"
    folder.mkdir(parents=True)
    (folder / "count.py").write_text("print(1)\n", encoding="utf-8")
    for version in ("3.13", "3.14-wasm32"):
        (folder / f"count.{version}.out").write_text("1\n", encoding="utf-8")
    (folder / "threads.py").write_text("# needs: threads\nprint(2)\n", encoding="utf-8")
    (folder / "threads.3.13.out").write_text("2\n", encoding="utf-8")  # none on the WebAssembly build
    return folder.parent


def render(source: str, snippets: Path, run: bool = True) -> str:
    extensions = ["admonition", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.details"]
    extension = QuizExtension(snippets_dir=str(snippets), run_snippets=run, strict=True)
    return markdown.Markdown(extensions=[*extensions, extension]).convert(textwrap.dedent(source))


def test_a_snippet_shown_whole_gets_a_run_box_after_its_outputs(snippets: Path) -> None:
    html = render("/// snippet | gc/count.py\n///\n", snippets)
    assert BOX.findall(html) == ["gc/count.py"]
    assert html.rindex("</code></pre>") < html.index('class="snippet-run"')


def test_a_snippet_inside_an_admonition_gets_one_too(snippets: Path) -> None:
    html = render("!!! note\n\n    /// snippet | gc/count.py\n    ///\n", snippets)
    assert BOX.findall(html) == ["gc/count.py"]
    assert html.index('class="admonition note"') < html.index('class="snippet-run"')


@pytest.mark.parametrize("show", ["code", "output"])
def test_a_snippet_shown_in_part_gets_none(snippets: Path, show: str) -> None:
    # `show: code` keeps the output for a question to ask; `show: output` has no code to run.
    assert BOX.findall(render(f"/// snippet | gc/count.py\n    show: {show}\n///\n", snippets)) == []


def test_a_snippet_not_recorded_on_the_webassembly_build_gets_none(snippets: Path) -> None:
    assert BOX.findall(render("/// snippet | gc/threads.py\n///\n", snippets)) == []


def test_a_question_never_gets_one(snippets: Path) -> None:
    source = """
        /// quiz | what-it-prints
            snippet: gc/count.py
            version: 3.13
        What does this print on CPython 3.13?

        - [x] `1`
        - [ ] `2`
        ///

        /// quiz | a-snippet-inside
        Which number does the snippet below print?

        /// snippet | gc/count.py
        ///

        - [x] One
        - [ ] Two
        ///
        """
    html = render(source, snippets)
    assert 'id="quiz-what-it-prints"' in html and 'id="quiz-a-snippet-inside"' in html
    assert BOX.findall(html) == []


def test_without_run_snippets_no_box(snippets: Path) -> None:
    assert BOX.findall(render("/// snippet | gc/count.py\n///\n", snippets, run=False)) == []


def test_a_missing_pyodide_names_the_files_and_how_to_install_them(tmp_path: Path) -> None:
    with pytest.raises(PluginError) as raised:
        find_pyodide(tmp_path / "node_modules" / "pyodide")
    message = str(raised.value)
    assert "`run_snippets` needs Pyodide's files" in message
    assert "package.json, " + ", ".join(PYODIDE_FILES) in message
    assert "`npm ci`" in message and "`pyodide_dir`" in message


def test_a_pyodide_package_gives_its_version_and_site_folder(tmp_path: Path) -> None:
    for name in PYODIDE_FILES:
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "package.json").write_text('{"name": "pyodide", "version": "314.0.8"}', encoding="utf-8")
    pyodide = find_pyodide(tmp_path)
    assert (pyodide.version, pyodide.site_folder) == ("314.0.8", "assets/pyodide/314.0.8")
