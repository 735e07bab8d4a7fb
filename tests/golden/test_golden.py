"""Golden tests: one Markdown input and its expected HTML per feature (the pymdown-extensions way).

Rewrite the expected files with `./dev test tests/golden --update-golden`, then review the diff.
"""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from quiz_plugin import QuizExtension

CASES = Path(__file__).parent / "cases"
EXTENSIONS = [
    "admonition",
    "attr_list",
    "pymdownx.superfences",
    "pymdownx.highlight",
    "pymdownx.blocks.details",
    "pymdownx.details",
    "pymdownx.tabbed",
]
CONFIGS = {"pymdownx.snippets": {"base_path": [str(CASES / "included")], "check_paths": True}}


def render(source: str) -> str:
    extension = QuizExtension(path="case.md", snippets_dir=str(CASES / "snippets"))
    extension.report = lambda problem: None  # problems are asserted by the unit tests
    md = markdown.Markdown(extensions=[extension, *EXTENSIONS, "pymdownx.snippets"], extension_configs=CONFIGS)
    return md.convert(source) + "\n"


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda path: path.stem)
def test_markdown_renders_to_the_expected_html(case: Path, request: pytest.FixtureRequest) -> None:
    expected_file = case.with_suffix(".html")
    html = render(case.read_text(encoding="utf-8"))
    if request.config.getoption("--update-golden") or not expected_file.exists():
        expected_file.write_text(html, encoding="utf-8")
        if not request.config.getoption("--update-golden"):
            pytest.fail(f"{expected_file.name} did not exist; it was written: review it and commit it")
    assert html == expected_file.read_text(encoding="utf-8")


def test_every_expected_html_file_has_its_markdown_case() -> None:
    orphans = [path.name for path in CASES.glob("*.html") if not path.with_suffix(".md").exists()]
    assert orphans == []
