"""The real site builds strictly in every mode its workflows build it: as published, and as the
reviewers' preview with the answer key (`QUIZ_ANSWER_KEY=1`), where every question is copied onto
the answer key's pages and every link of it must still lead somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from quiz_plugin.bank.export import Exporter, to_json
from quiz_plugin.bank.links import is_local
from quiz_plugin.cli.dry_build import check_site
from support import ROOT, build_site


def test_the_site_builds_strictly_as_published(tmp_path: Path) -> None:
    out = build_site(ROOT / "mkdocs.yml", tmp_path / "site")
    assert (out / "writing-questions" / "index.html").exists()
    assert not (out / "answer-key").exists()
    # The home page's list of chapters: each chapter with the number of questions the build found in it.
    home = (out / "index.html").read_text(encoding="utf-8")
    count = r'<a href="([a-z-]+)/">(?:(?!</a>).)*</a> <span class="quiz-count" data-quiz-questions="([^"]*)">'
    counted = re.findall(count, home)
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    listed = next(item["Chapters"] for item in nav if isinstance(item, dict) and "Chapters" in item)
    chapters = [next(iter(entry.values())).removesuffix(".md") for entry in listed]
    assert [chapter for chapter, _ in counted] == chapters
    for chapter, questions in counted:
        page = (out / chapter / "index.html").read_text(encoding="utf-8")
        assert len(questions.split()) == page.count('<div class="quiz" ') > 0, chapter
    assert (out / "progress" / "index.html").exists()


def test_the_reviewers_preview_builds_strictly_with_the_answer_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZ_ANSWER_KEY", "1")
    out = build_site(ROOT / "mkdocs.yml", tmp_path / "preview")
    assert (out / "answer-key" / "index.html").exists()
    # A page of answers per chapter, which together hold every question.
    keys = sorted((out / "answer-key").glob("*/index.html"))
    questions = [qid for key in keys for qid in re.findall(r'<h3 id="([a-z0-9-]+)"', key.read_text(encoding="utf-8"))]
    assert (
        len(questions)
        == len(set(questions))
        == len(check_site(str(ROOT / "mkdocs.yml"), keep_questions=True).bank)
        > 100
    )


def test_every_link_of_the_exported_questions_is_absolute() -> None:
    site = check_site(str(ROOT / "mkdocs.yml"), keep_questions=True)
    exported = to_json(site.bank, Exporter(site.site_url, site.page_urls))
    targets = re.findall(r"\]\(<?([^)>\s]+)", exported)
    assert targets, "the questions link to the chapters"
    assert [target for target in targets if is_local(target)] == []
