"""The benchmark's synthetic sites (benchmarks/generate.py) build, each of the three twins, with this
site's theme, extensions and plugin options as the benchmark takes them: a benchmark that cannot build
its sites measures nothing (turning on the Run button here once broke it without a word)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from support import ROOT, build_site

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import SiteShape, write_twins  # noqa: E402


@pytest.mark.parametrize("search", [True, False], ids=["with search", "without search"])
def test_each_twin_of_the_benchmark_builds(tmp_path: Path, search: bool) -> None:
    twins = write_twins(tmp_path / "sites", SiteShape(pages=2, per_page=3), search)
    built = {
        name: build_site(config, tmp_path / f"out-{name}")
        for name, config in (("plain", twins.plain), ("quiz", twins.quiz), ("pages", twins.quiz_with_pages))
    }
    assert 'class="quiz"' not in (built["plain"] / "page-000" / "index.html").read_text(encoding="utf-8")
    assert (built["quiz"] / "page-000" / "index.html").read_text(encoding="utf-8").count('class="quiz"') == 3
    assert not (built["quiz"] / "progress").exists(), "the headline twin has no opt-in pages"
    assert (built["pages"] / "progress" / "index.html").exists()
