"""The real site: it builds strictly, every page is in the navigation, every link and anchor resolves."""

from __future__ import annotations

from pathlib import Path

from support import ROOT, build_site


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    out = build_site(ROOT / "mkdocs.yml", tmp_path / "site")
    assert (out / "writing-questions" / "index.html").exists()
