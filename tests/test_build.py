"""A real, strict, in-process MkDocs build of the fixture site, and what the plugin adds to it."""

from __future__ import annotations

import gzip
import json
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from quiz_plugin.extension.assets import without_comments
from support import FIXTURE_SITE, build_site


def page(site: Path, name: str) -> str:
    return (
        (site / name / "index.html").read_text(encoding="utf-8")
        if name
        else (site / "index.html").read_text(encoding="utf-8")
    )


def test_every_question_of_the_fixture_site_is_rendered(fixture_site: Path) -> None:
    first = page(fixture_site, "first")
    ids = re.findall(r'<div class="quiz" [^>]*?id="quiz-([a-z0-9-]+)"', first)
    assert ids == ["fixture-single", "fixture-multiple", "fixture-true-false", "fixture-short"]
    assert "/// quiz" not in first


def test_links_inside_questions_are_rewritten_like_any_other_link(fixture_site: Path) -> None:
    assert '<a href="../second/">second quiz</a>' in page(fixture_site, "first")


def test_the_script_and_stylesheet_are_loaded_only_on_pages_with_questions(fixture_site: Path) -> None:
    home, first = page(fixture_site, ""), page(fixture_site, "first")
    assert "assets/quiz/" not in home
    scripts = re.findall(r'<script src="\.\./assets/quiz/quiz\.[0-9a-f]{8}\.js" defer></script>', first)
    styles = re.findall(r'<link rel="stylesheet" href="\.\./assets/quiz/quiz\.[0-9a-f]{8}\.css">', first)
    assert len(scripts) == 1 and len(styles) == 1


def test_the_assets_are_loaded_on_lists_of_chapters_and_the_progress_page(fixture_site: Path) -> None:
    for name in ("chapters", "progress"):
        html = page(fixture_site, name)
        assert len(re.findall(r'<script src="\.\./assets/quiz/quiz\.[0-9a-f]{8}\.js" defer></script>', html)) == 1
        assert len(re.findall(r'<link rel="stylesheet" href="\.\./assets/quiz/quiz\.[0-9a-f]{8}\.css">', html)) == 1


def questions_on(html: str) -> str:
    """``id:hash`` of each question rendered on a page, as a list of chapters carries them."""
    found = re.findall(r'<div class="quiz" data-quiz-hash="([0-9a-f]{8})" [^>]*?id="quiz-([a-z0-9-]+)"', html)
    return " ".join(f"{qid}:{content_hash}" for content_hash, qid in found)


def test_a_list_of_chapters_carries_each_chapters_count_and_questions_from_the_build(fixture_site: Path) -> None:
    counts = re.findall(
        r'<a href="([^"]+)">[^<]*</a> <span class="quiz-count" data-quiz-questions="([^"]*)">([^<]*)</span>',
        page(fixture_site, "chapters"),
    )
    first, second = questions_on(page(fixture_site, "first")), questions_on(page(fixture_site, "second"))
    assert counts == [("../first/", first, "4 questions"), ("../second/", second, "3 questions")]


def test_the_progress_page_lists_every_page_with_questions(fixture_site: Path) -> None:
    progress = page(fixture_site, "progress")
    assert "<h1" in progress and "Your progress</h1>" in progress
    assert 'class="quiz-needs-js"' in progress
    listed = re.findall(
        r'<li><a href="([^"]+)">([^<]*)</a> <span class="quiz-count" data-quiz-questions="([^"]*)" '
        r'data-quiz-previews="([^"]+)">',
        progress,
    )
    assert [(href, title) for href, title, _, _ in listed] == [
        ("../first/", "First quiz"),
        ("../second/", "Second quiz"),
        ("../more/", "More kinds"),
    ]
    for href, _, questions, previews in listed:
        assert questions == questions_on(page(fixture_site, href.strip("./")))
        texts = json.loads((fixture_site / "progress" / previews).read_text(encoding="utf-8"))
        assert list(texts) == [pair.split(":")[0] for pair in questions.split()]
    assert "Up to how many bytes" in texts_of(fixture_site, "first"), "each question's preview, as text"


def texts_of(site: Path, chapter: str) -> str:
    """The previews of a chapter's questions, from the file the progress page names."""
    progress = page(site, "progress")
    where = re.search(rf'<a href="../{chapter}/">.*?data-quiz-previews="([^"]+)"', progress)
    assert where is not None
    return (site / "progress" / where[1]).read_text(encoding="utf-8")


def test_there_is_no_progress_page_unless_the_site_asks_for_one(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("      progress_page: progress.md\n", "").replace("  - Your progress: progress.md\n", "")
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert not (out / "progress").exists()
    assert 'class="quiz-count"' in page(out, "chapters")  # lists of chapters need no option


def test_the_reader_pages_take_their_words_from_the_interface_strings(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(
        "      progress_page: progress.md\n",
        "      progress_page: progress.md\n      strings:\n        progress_title: Vos progrès\n"
        "        count: '{count, plural, one {# question à voir} other {# questions à voir}}'\n"
        "        export: Exporter\n",
    )
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "Vos progrès</h1>" in page(out, "progress")
    assert "4 questions à voir</span>" in page(out, "chapters")
    script = next((out / "assets" / "quiz").glob("*.js")).read_text(encoding="utf-8")
    assert '"export": "Exporter"' in script


def test_the_assets_are_content_hashed_and_at_most_13_kb_gzipped_together(fixture_site: Path) -> None:
    # 8 KB until the one script also served the lists of chapters and the progress page (scores, Leitner
    # review, export and import, the navigation's marks) and their 30 interface strings: 8.7 KB with its
    # comments left out of the shipped files. One cached script for every page beats a second one.
    # 10 KB until ordering questions (moved by buttons and keys), hints one at a time, tolerances,
    # shuffling per reader and the page summary with its links: 11.2 KB; with the reader's CPython
    # version menu and plural forms in the browser as well, 12.3 KB.
    assets = sorted((fixture_site / "assets" / "quiz").glob("quiz.*"))
    assert sorted(path.suffix for path in assets) == [".css", ".js"]
    # The other files there are the progress page's previews, fetched by it alone.
    assert {path.name.split(".")[0] for path in (fixture_site / "assets" / "quiz").iterdir()} == {"quiz", "previews"}
    gzipped = sum(len(gzip.compress(path.read_bytes(), 9)) for path in assets)
    assert gzipped <= 13 * 1024, f"{gzipped} bytes gzipped"


def test_the_shipped_assets_leave_out_whole_line_comments_and_nothing_else() -> None:
    source = (
        "/* A header. */\nconst a = 1; // why\n  // a comment line\nconst re = /\\/\\//;\n  /* two\n  lines */\nb();\n"
    )
    assert without_comments(source) == "const a = 1; // why\nconst re = /\\/\\//;\nb();\n"


def test_the_script_gets_the_interface_strings_written_in(fixture_site: Path) -> None:
    script = next((fixture_site / "assets" / "quiz").glob("*.js")).read_text(encoding="utf-8")
    assert '"check": "Check"' in script and "/*STRINGS*/" not in script


def copy_fixture(tmp_path: Path) -> Path:
    site = tmp_path / "site-src"
    shutil.copytree(FIXTURE_SITE, site)
    return site


def test_authoring_mistakes_fail_the_strict_build_with_file_and_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = copy_fixture(tmp_path)
    (site / "docs" / "later.md").write_text(
        "---\ntitle: Later\n---\n\n# Later\n\n"
        "/// quiz | fixture-single\nA question that reuses an id.\n\n- [x] a\n- [ ] b\n///\n\n"
        "/// quiz | nothing-right\nNo answer is right.\n\n- [ ] a\n- [ ] b\n///\n",
        encoding="utf-8",
    )
    caplog.set_level(logging.WARNING)
    with pytest.raises(Abort):
        build_site(site / "mkdocs.yml", tmp_path / "out")
    messages = [record.getMessage() for record in caplog.records if record.name == "mkdocs.plugins.quiz"]
    assert sorted(messages) == [
        "docs/later.md:17: no answer is marked correct: tick the right one with `[x]`",
        "docs/later.md:7: duplicate quiz id `fixture-single`: already used at docs/first.md:7",
    ]


def test_interface_strings_are_set_in_the_plugin_configuration(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(
        "plugins:\n  - quizblocks:\n",
        "plugins:\n  - quizblocks:\n      strings:\n        question: Frage {number}\n        check: Prüfen\n",
    )
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "<legend>Frage 1</legend>" in page(out, "first")
    script = next((out / "assets" / "quiz").glob("*.js")).read_text(encoding="utf-8")
    assert '"check": "Prüfen"' in script


def shuffled_questions(html: str) -> list[str]:
    """The ids of the questions whose options each reader sees in an order of their own."""
    tags = re.findall(r'<div class="quiz" ([^>]*)>', html)
    return [re.findall(r'id="quiz-([a-z0-9-]+)"', tag)[0] for tag in tags if 'data-quiz-shuffle=""' in tag]


def test_options_are_shuffled_only_where_a_question_or_the_site_asks(fixture_site: Path, tmp_path: Path) -> None:
    assert shuffled_questions(page(fixture_site, "first")) == []  # off by default
    assert shuffled_questions(page(fixture_site, "more")) == ["fixture-shuffled", "fixture-shuffled-multiple"]
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    (site / "mkdocs.yml").write_text(
        config.replace("  - quizblocks:\n", "  - quizblocks:\n      shuffle: true\n"), encoding="utf-8"
    )
    more = (site / "docs" / "more.md").read_text(encoding="utf-8")
    opted_out = more.replace(
        "/// quiz | fixture-shuffled\n    shuffle: true\n", "/// quiz | fixture-shuffled\n    shuffle: false\n"
    )
    assert opted_out != more
    (site / "docs" / "more.md").write_text(opted_out, encoding="utf-8")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    # Single and multiple choice only: true-false and short answers keep their order.
    assert shuffled_questions(page(out, "first")) == ["fixture-single", "fixture-multiple"]
    assert shuffled_questions(page(out, "more")) == ["fixture-shuffled-multiple"]


def test_an_unknown_interface_string_is_a_configuration_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(
        "plugins:\n  - quizblocks:\n", "plugins:\n  - quizblocks:\n      strings:\n        chek: Check\n"
    )
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    with pytest.raises(Abort, match="configuration error"):
        build_site(site / "mkdocs.yml", tmp_path / "out")
    assert (
        "Plugin 'quizblocks' option 'strings': `chek` is not an interface string: did you mean `check`?" in caplog.text
    )


def test_the_site_also_builds_with_properdocs(tmp_path: Path) -> None:
    """ProperDocs, the maintained fork of MkDocs 1.6, is the way out if MkDocs breaks."""
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "-f",
            str(FIXTURE_SITE / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert page(out, "first").count('class="quiz"') == 4


def test_a_blank_page_after_a_page_with_questions_asks_none(tmp_path: Path) -> None:
    # Python-Markdown does not run its preprocessors on a blank page: nothing of the page before may
    # be taken for this one's (its ids would clash with themselves).
    site = copy_fixture(tmp_path)
    (site / "docs" / "zz-blank.md").write_text("\n", encoding="utf-8")
    config = site / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - Second quiz: second.md\n", "  - Second quiz: second.md\n  - Blank: zz-blank.md\n"
        ),
        encoding="utf-8",
    )
    out = build_site(config, tmp_path / "out")
    assert "assets/quiz/" not in page(out, "zz-blank")


def test_a_site_without_run_snippets_ships_no_run_script_no_pyodide_and_no_sources(fixture_site: Path) -> None:
    assert not (fixture_site / "assets" / "pyodide").exists()
    assert not (fixture_site / "assets" / "snippets").exists()
    shipped = {path.name.split(".")[0] for path in (fixture_site / "assets" / "quiz").iterdir()}
    assert shipped == {"quiz", "previews"}  # the script, the stylesheet and the progress page's previews
    assert 'class="snippet-run"' not in page(fixture_site, "first")
