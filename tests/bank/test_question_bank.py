"""Every build writes the question bank: quizzes.json and the "All questions" page; preview builds
(QUIZ_ANSWER_KEY=1) also get the reviewers' answer key, which the published site never has."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from support import build_site

PROJECT = Path(__file__).resolve().parent / "project"
IDS = [
    "gc-threshold",
    "gc-threshold-versions",
    "gc-disable",
    "gc-specials",
    "count-module",
    "count-threshold",
    "count-single",
    "count-order",
]


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("published"))


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUIZ_ANSWER_KEY", "1")
        return build_site(PROJECT / "mkdocs.yml", tmp_path_factory.mktemp("preview"))


def copy_project(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PROJECT, tmp_path / "project"))


def test_quizzes_json_lists_every_question_with_its_page_chapter_type_versions_and_snippet(published: Path) -> None:
    questions = json.loads((published / "quizzes.json").read_text(encoding="utf-8"))["questions"]
    assert [q["id"] for q in questions] == IDS
    assert questions[0] == {
        "id": "gc-threshold",
        "page": "gc/",
        "anchor": "quiz-gc-threshold",
        "url": "gc/#quiz-gc-threshold",
        "source": "docs/gc.md",
        "line": 9,
        "chapter": "Collecting garbage",
        "type": "single",
        "numeric": False,
        "versions": ["3.13"],
        "snippet": "demo/threshold.py",
    }
    assert {q["id"]: q["chapter"] for q in questions}["count-module"] == "Counting references"
    assert {q["id"]: (q["type"], q["numeric"]) for q in questions}["count-threshold"] == ("short", True)


def test_every_question_in_quizzes_json_is_at_its_anchor_on_its_page(published: Path) -> None:
    for question in json.loads((published / "quizzes.json").read_text(encoding="utf-8"))["questions"]:
        page = html(published, question["page"].rstrip("/"))
        assert f'id="{question["anchor"]}"' in page
        assert re.search(rf'<div class="quiz" [^>]*id="{question["anchor"]}"', page)


def test_the_all_questions_page_counts_questions_per_chapter_and_type(published: Path) -> None:
    page = html(published, "questions")
    rows = [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", page, re.S)
    ]
    assert rows == [
        [
            "Chapter",
            "Single choice",
            "Multiple choice",
            "True or false",
            "Short answer",
            "Ordering",
            "All",
            "Code output",
        ],
        ["Collecting garbage", "1", "2", "1", "0", "0", "4", "2"],
        ["Counting references", "1", "0", "0", "2", "1", "4", "0"],
        ["All", "2", "2", "1", "2", "1", "8", "2"],
    ]
    assert "The site asks 8 questions in 2 chapters." in page


def test_the_all_questions_page_links_to_every_question(published: Path) -> None:
    page = html(published, "questions")
    links = re.findall(r'<a href="([^"]+)"><code>([a-z0-9-]+)</code></a>', page)
    assert [question for _, question in links] == IDS
    assert links[0][0] == "../gc/#quiz-gc-threshold"
    assert links[4][0] == "../guide/counting/#quiz-count-module"


def test_the_all_questions_page_is_in_the_navigation_where_nav_lists_it(published: Path) -> None:
    assert re.search(
        r'<a href="questions/" class="md-nav__link">\s*<span class="md-ellipsis">\s*All questions', html(published, ".")
    )


def test_the_all_questions_page_is_built_but_left_out_of_a_navigation_that_does_not_list_it(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - All questions: questions.md\n", ""), encoding="utf-8"
    )
    site = build_site(config, tmp_path / "out")  # strict, with omitted_files: warn
    assert (site / "questions" / "index.html").exists()
    assert "questions/" not in html(site, ".")  # the home page shows the navigation


def test_the_published_site_has_no_answer_key(published: Path) -> None:
    assert not (published / "answer-key").exists()
    assert "answer-key" not in html(published, "questions")
    assert "answer-key" not in (published / "sitemap.xml").read_text(encoding="utf-8")


def test_a_preview_build_has_an_answer_key_with_every_question_and_its_answers(preview: Path) -> None:
    key = html(preview, "answer-key")
    assert re.findall(r'<h3 id="([a-z0-9-]+)">', key) == IDS
    section = key.split('<h3 id="gc-disable">')[1].split("<h3 ")[0]
    assert '<a href="../gc/#quiz-gc-disable">docs/gc.md:37</a>' in section
    assert "<strong>Wrong:</strong> True" in section and "<strong>Right:</strong> False" in section
    assert "A myth: only the cyclic collector stops." in section
    # Links of a question keep working on the answer key page.
    assert '<a href="../guide/counting/#counting">the guide</a>' in section


def test_the_answer_key_shows_the_linked_snippet_with_its_recorded_output(preview: Path) -> None:
    section = html(preview, "answer-key").split('<h3 id="gc-threshold">')[1].split("<h3 ")[0]
    assert "snippet <code>demo/threshold.py</code>, CPython 3.13" in section
    assert "get_threshold" in section
    assert "(700, 10, 10)" in section and "(2000, 10, 10)" in section  # the recording of each version
    assert "<strong>Right:</strong> <code>(2000, 10, 10)</code>" in section


def test_short_answers_show_what_is_accepted(preview: Path) -> None:
    section = html(preview, "answer-key").split('<h3 id="count-threshold">')[1].split("<h3 ")[0]
    assert "<strong>Accepted:</strong> <code>512</code>" in section
    assert "<strong>Accepted:</strong> <code>0x200</code>" in section
    assert "<strong>Anticipated wrong answer:</strong> <code>256</code>" in section


def test_the_answer_key_is_out_of_the_navigation_and_out_of_search(preview: Path) -> None:
    assert "answer-key" not in html(preview, ".")
    assert "answer-key" not in html(preview, "gc")
    index = json.loads((preview / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert any(location.startswith("gc/") for location in locations)
    assert not any(location.startswith("answer-key") for location in locations)


def test_the_all_questions_page_of_a_preview_links_the_answer_key(preview: Path) -> None:
    assert '<a href="../answer-key/">answer key</a>' in html(preview, "questions")


def test_the_answer_key_can_also_be_switched_on_in_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUIZ_ANSWER_KEY", raising=False)
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - quiz\n", "  - quiz:\n      answer_key: true\n"),
        encoding="utf-8",
    )
    assert (build_site(config, tmp_path / "out") / "answer-key" / "index.html").exists()


def test_a_generated_page_never_replaces_a_page_of_the_site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = copy_project(tmp_path)
    (project / "docs" / "questions.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(project / "mkdocs.yml", tmp_path / "out")
    assert "quiz: questions.md would replace a file of the site" in caplog.text


def test_a_listing_page_first_in_the_navigation_still_lists_every_question(tmp_path: Path, published: Path) -> None:
    # The pages that list questions are written once every page is rendered, wherever they stand.
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  - All questions: questions.md\n", "")
    config.write_text(
        text.replace("nav:\n  - Home: index.md\n", "nav:\n  - All questions: questions.md\n  - Home: index.md\n"),
        encoding="utf-8",
    )
    site = build_site(config, tmp_path / "out")
    assert (site / "quizzes.json").read_text(encoding="utf-8") == (published / "quizzes.json").read_text(
        encoding="utf-8"
    )
    listed = re.findall(r"<ul>\n<li><a href.*?</ul>", html(site, "questions"), re.S)
    assert listed == re.findall(r"<ul>\n<li><a href.*?</ul>", html(published, "questions"), re.S)


def test_without_the_all_questions_page_quizzes_json_is_still_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  - All questions: questions.md\n", "")
    config.write_text(text.replace("  - quiz\n", '  - quiz:\n      questions_page: ""\n'), encoding="utf-8")
    site = build_site(config, tmp_path / "out")
    assert not (site / "questions").exists()
    questions = json.loads((site / "quizzes.json").read_text(encoding="utf-8"))["questions"]
    assert [question["id"] for question in questions] == IDS
