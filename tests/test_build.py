"""A real, strict, in-process MkDocs build of the fixture site, and what the plugin adds to it."""

from __future__ import annotations

import gzip
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

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


def test_the_assets_are_content_hashed_and_at_most_8_kb_gzipped_together(fixture_site: Path) -> None:
    assets = sorted((fixture_site / "assets" / "quiz").iterdir())
    assert sorted(path.suffix for path in assets) == [".css", ".js"]
    gzipped = sum(len(gzip.compress(path.read_bytes(), 9)) for path in assets)
    assert gzipped <= 8 * 1024, f"{gzipped} bytes gzipped"


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
        "plugins:\n  - quiz:\n",
        "plugins:\n  - quiz:\n      strings:\n        question: Frage {number}\n        check: Prüfen\n",
    )
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    out = build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "<legend>Frage 1</legend>" in page(out, "first")
    script = next((out / "assets" / "quiz").glob("*.js")).read_text(encoding="utf-8")
    assert '"check": "Prüfen"' in script


def test_an_unknown_interface_string_is_a_configuration_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = copy_fixture(tmp_path)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("plugins:\n  - quiz:\n", "plugins:\n  - quiz:\n      strings:\n        chek: Check\n")
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    with pytest.raises(Abort, match="configuration error"):
        build_site(site / "mkdocs.yml", tmp_path / "out")
    assert "Plugin 'quiz' option 'strings': unknown interface string(s): chek" in caplog.text


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
