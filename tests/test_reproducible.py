"""Two builds of the same tree are byte for byte the same: no timestamps, no random ids, stable order.

Each build runs in its own interpreter with a different hash seed, so any order that depends on
iterating a set or a dict of strings shows up. Both set the same SOURCE_DATE_EPOCH, the
reproducible-builds convention MkDocs honours for its own dates (sitemap), so that two builds on
either side of midnight stay comparable; anything else that reads the clock still differs between
the two builds, which run seconds apart.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import ROOT


def build(site_dir: Path, hash_seed: str) -> Path:
    environment = {
        **os.environ,
        "PYTHONHASHSEED": hash_seed,
        "SOURCE_DATE_EPOCH": "1767225600",  # 2026-01-01
        "NO_MKDOCS_2_WARNING": "1",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return site_dir


def files_of(site_dir: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site_dir).as_posix(): path.read_bytes()
        for path in sorted(site_dir.rglob("*"))
        if path.is_file()
    }


def first_difference(first: bytes, second: bytes) -> str:
    for number, (left, right) in enumerate(zip(first.splitlines(), second.splitlines()), start=1):
        if left != right:
            return f"line {number}: {left[:120]!r} != {right[:120]!r}"
    return f"lengths {len(first)} != {len(second)}"


def test_two_builds_of_the_site_are_byte_identical(tmp_path: Path) -> None:
    first = files_of(build(tmp_path / "first", hash_seed="1"))
    second = files_of(build(tmp_path / "second", hash_seed="2"))

    assert any(name.startswith("assets/quiz/") and name.endswith(".js") for name in first), "no quiz script built"
    assert any(b'<div class="quiz" ' in content for name, content in first.items() if name.endswith(".html"))
    assert sorted(first) == sorted(second)
    differences = {name: first_difference(first[name], second[name]) for name in first if first[name] != second[name]}
    assert differences == {}
