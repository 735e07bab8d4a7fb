"""The question bank's files, where a site asks for them (this fixture does: `questions_page` and
`quizzes_json`): quizzes.json, and the "All questions" page with a page per chapter; preview builds
(QUIZ_ANSWER_KEY=1) also get the reviewers' answer key, a page per chapter, which the published site
never has. A site that asks for none gets none, and none is ever in a navigation that does not list it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
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
CHAPTER_PAGES = ["collecting-garbage", "counting-references"]  # from the chapters' titles
OPTIONS = "  - quizblocks:\n      # Off by default: this site asks for both.\n      questions_page: questions.md\n      quizzes_json: quizzes.json\n"


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


def copy_project(tmp_path: Path, options: str | None = None, nav: bool = True) -> Path:
    """A copy of the fixture, with other options for the plugin (``options``: its lines under
    ``- quizblocks:``, "" for none) and without its ``nav`` if asked; returns its mkdocs.yml."""
    project = Path(shutil.copytree(PROJECT, tmp_path / "project"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert OPTIONS in text
    if options is not None:
        text = text.replace(OPTIONS, f"  - quizblocks:\n{options}" if options else "  - quizblocks\n")
    if not nav:
        text = text[: text.index("nav:")]
    config.write_text(text, encoding="utf-8")
    return config


def nav_links(site: Path) -> list[str]:
    """The links of the home page's navigation (Material's primary sidebar)."""
    page = html(site, ".")
    nav = page[page.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>\n</div>")] if "</nav>\n</div>" in nav else nav
    return re.findall(r'<a href="([^"]+)" class="md-nav__link', nav)


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


def test_the_all_questions_page_links_each_chapter_to_its_page(published: Path) -> None:
    links = re.findall(r'<td style="text-align: left;"><a href="([^"]+)">([^<]+)</a>', html(published, "questions"))
    assert links == [("collecting-garbage/", "Collecting garbage"), ("counting-references/", "Counting references")]


def test_each_chapter_page_links_to_every_question_of_the_chapter_in_page_order(published: Path) -> None:
    links = [
        link
        for chapter in CHAPTER_PAGES
        for link in re.findall(
            r'<a href="([^"]+)"><code>([a-z0-9-]+)</code></a>', html(published, f"questions/{chapter}")
        )
    ]
    assert [question for _, question in links] == IDS
    assert links[0][0] == "../../gc/#quiz-gc-threshold"
    assert links[4][0] == "../../guide/counting/#quiz-count-module"
    page = html(published, "questions/counting-references")
    assert "<title>All questions: Counting references - Bank fixture</title>" in page
    assert '4 questions of <a href="../../guide/counting/">Counting references</a>' in page
    assert '<a href="../">All questions</a>' in page


def test_the_chapter_pages_are_out_of_the_navigation_and_out_of_search(published: Path) -> None:
    assert not any(link.startswith("questions/") and link != "questions/" for link in nav_links(published))
    index = json.loads((published / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not any(doc["location"].startswith("questions/") for doc in index["docs"])


def test_the_all_questions_page_is_in_the_navigation_where_nav_lists_it(published: Path) -> None:
    assert re.search(
        r'<a href="questions/" class="md-nav__link">\s*<span class="md-ellipsis">\s*All questions', html(published, ".")
    )


def test_the_all_questions_page_is_built_but_left_out_of_a_navigation_that_does_not_list_it(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - All questions: questions.md\n", ""), encoding="utf-8"
    )
    site = build_site(config, tmp_path / "out")  # strict, with omitted_files: warn
    assert (site / "questions" / "index.html").exists()
    assert "questions/" not in html(site, ".")  # the home page shows the navigation


def test_the_generated_pages_stay_out_of_an_automatic_navigation(tmp_path: Path) -> None:
    config = copy_project(tmp_path, OPTIONS.split("\n", 1)[1] + "      progress_page: progress.md\n", nav=False)
    site = build_site(config, tmp_path / "out")
    # Without `nav`, a chapter is its page's title from the front matter or the first heading.
    for page in ("questions", "questions/the-cyclic-collector", "progress"):
        assert (site / page / "index.html").exists()
    assert sorted(nav_links(site)) == [".", "gc/", "guide/counting/"]


def test_a_site_that_asks_for_nothing_gets_no_list_no_json_and_no_answer_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUIZ_ANSWER_KEY", raising=False)
    config = copy_project(tmp_path, options="", nav=False)
    site = build_site(config, tmp_path / "out")
    assert html(site, "gc").count('<div class="quiz" ') == 4
    written = {path.relative_to(site).parts[0] for path in site.iterdir()}
    assert written == {"index.html", "gc", "guide", "assets", "search", "sitemap.xml", "sitemap.xml.gz", "404.html"}


def test_the_published_site_has_no_answer_key(published: Path) -> None:
    assert not (published / "answer-key").exists()
    assert "answer-key" not in html(published, "questions")
    assert "answer-key" not in (published / "sitemap.xml").read_text(encoding="utf-8")


def answer_key(site: Path, question: str) -> str:
    """The section of a chapter's answer key that answers ``question``."""
    for chapter in CHAPTER_PAGES:
        page = html(site, f"answer-key/{chapter}")
        if f'<h3 id="{question}">' in page:
            return page.split(f'<h3 id="{question}">')[1].split("<h3 ")[0]
    raise AssertionError(f"{question} is not in the answer key")


def test_a_preview_build_has_an_answer_key_with_every_question_and_its_answers(preview: Path) -> None:
    index = html(preview, "answer-key")
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a>: (\d) questions</li>', index) == [
        ("collecting-garbage/", "Collecting garbage", "4"),
        ("counting-references/", "Counting references", "4"),
    ]
    ids = [
        qid
        for chapter in CHAPTER_PAGES
        for qid in re.findall(r'<h3 id="([a-z0-9-]+)">', html(preview, f"answer-key/{chapter}"))
    ]
    assert ids == IDS
    section = answer_key(preview, "gc-disable")
    assert '<a href="../../gc/#quiz-gc-disable">docs/gc.md:37</a>' in section
    assert "<strong>Wrong:</strong> True" in section and "<strong>Right:</strong> False" in section
    assert "A myth: only the cyclic collector stops." in section
    # Links of a question keep working on the answer key's pages.
    assert '<a href="../../guide/counting/#counting">the guide</a>' in section
    assert '<a href="../">Answer key</a> lists every chapter' in html(preview, "answer-key/collecting-garbage")


def test_the_answer_key_shows_the_linked_snippet_with_its_recorded_output(preview: Path) -> None:
    section = answer_key(preview, "gc-threshold")
    assert "snippet <code>demo/threshold.py</code>, CPython 3.13" in section
    assert "get_threshold" in section
    assert "(700, 10, 10)" in section and "(2000, 10, 10)" in section  # the recording of each version
    assert "<strong>Right:</strong> <code>(2000, 10, 10)</code>" in section


def test_short_answers_show_what_is_accepted(preview: Path) -> None:
    section = answer_key(preview, "count-threshold")
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
    assert '<a href="../answer-key/">Answer key</a>: every question with its answers' in html(preview, "questions")


def test_the_answer_key_can_also_be_switched_on_in_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUIZ_ANSWER_KEY", raising=False)
    site = build_site(copy_project(tmp_path, options="      answer_key: true\n", nav=False), tmp_path / "out")
    assert (site / "answer-key" / "the-cyclic-collector" / "index.html").exists()
    assert not (site / "questions").exists()  # the answer key needs no "All questions" page


def build_error(config: Path, caplog: pytest.LogCaptureFixture) -> str:
    """What MkDocs says when it refuses to build the site."""
    with pytest.raises(Abort):
        build_site(config, config.parent / "out")
    return "\n".join(record.getMessage() for record in caplog.records if record.levelname == "ERROR")


def test_a_generated_page_never_replaces_a_page_of_the_site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = copy_project(tmp_path)
    (config.parent / "docs" / "questions.md").write_text("# Mine\n", encoding="utf-8")
    assert build_error(config, caplog) == (
        "quizblocks: `questions_page: questions.md` would replace docs/questions.md, a file of the site: rename "
        'that file, or set `questions_page` to another path ("" for no "All questions" page)'
    )


def test_the_folder_of_the_chapters_pages_must_not_hold_pages_of_the_site(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = copy_project(tmp_path)
    (config.parent / "docs" / "questions").mkdir()
    (config.parent / "docs" / "questions" / "faq.md").write_text("# Questions people ask\n", encoding="utf-8")
    assert build_error(config, caplog) == (
        "quizblocks: `questions_page: questions.md` writes a page per chapter into the folder questions/, but "
        "docs/questions/faq.md is a file of the site there: move that file, or set `questions_page` to another path"
    )


def test_the_json_list_never_replaces_a_file_of_the_site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = copy_project(tmp_path)
    (config.parent / "docs" / "quizzes.json").write_text("{}\n", encoding="utf-8")
    assert "`quizzes_json: quizzes.json` would replace docs/quizzes.json, a file of the site" in build_error(
        config, caplog
    )


def test_two_options_cannot_name_the_same_page(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = copy_project(tmp_path, options="      questions_page: questions.md\n      progress_page: questions.md\n")
    assert build_error(config, caplog) == (
        "quizblocks: `progress_page: questions.md` and `questions_page` would both write questions.md: set one "
        "of them to another path"
    )


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("questions_page: questions", "expected a Markdown page, ending in .md, such as questions.md"),
        ("questions_page: ../questions.md", "expected a path inside the docs directory such as questions.md"),
        ("quizzes_json: /quizzes.json", "expected a path inside the docs directory such as quizzes.json"),
        ("quizzes_json: quizzes.md", "expected a file that is not a page (not .md), such as quizzes.json"),
    ],
)
def test_a_path_option_that_cannot_be_a_generated_file_is_a_configuration_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, setting: str, message: str
) -> None:
    config = copy_project(tmp_path, options=f"      {setting}\n")
    with pytest.raises(Abort, match="configuration error"):
        build_site(config, tmp_path / "out")
    option = setting.split(":")[0]
    assert f"Plugin 'quizblocks' option '{option}': {message}" in caplog.text


def test_the_linter_reports_a_clash_as_a_message_naming_the_option(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    (config.parent / "docs" / "questions.md").write_text("# Mine\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "quiz_plugin", "lint"], cwd=config.parent, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "`questions_page: questions.md` would replace docs/questions.md, a file of the site" in result.stderr


def test_a_listing_page_first_in_the_navigation_still_lists_every_question(tmp_path: Path, published: Path) -> None:
    # The pages that list questions are written once every page is rendered, wherever they stand.
    config = copy_project(tmp_path)
    text = config.read_text(encoding="utf-8").replace("  - All questions: questions.md\n", "")
    config.write_text(
        text.replace("nav:\n  - Home: index.md\n", "nav:\n  - All questions: questions.md\n  - Home: index.md\n"),
        encoding="utf-8",
    )
    site = build_site(config, tmp_path / "out")
    assert (site / "quizzes.json").read_text(encoding="utf-8") == (published / "quizzes.json").read_text(
        encoding="utf-8"
    )
    for chapter in CHAPTER_PAGES:
        listed = re.findall(r"<ul>\n<li><a href.*?</ul>", html(site, f"questions/{chapter}"), re.S)
        assert listed == re.findall(r"<ul>\n<li><a href.*?</ul>", html(published, f"questions/{chapter}"), re.S) != []


def test_without_the_all_questions_page_quizzes_json_is_still_written(tmp_path: Path) -> None:
    config = copy_project(tmp_path, options="      quizzes_json: quizzes.json\n")
    text = config.read_text(encoding="utf-8").replace("  - All questions: questions.md\n", "")
    config.write_text(text, encoding="utf-8")
    site = build_site(config, tmp_path / "out")
    assert not (site / "questions").exists()
    questions = json.loads((site / "quizzes.json").read_text(encoding="utf-8"))["questions"]
    assert [question["id"] for question in questions] == IDS
