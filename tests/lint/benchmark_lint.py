"""How long `python -m quiz_plugin lint` takes on a site of the size this one aims at, against the
strict build of the same site and a bare interpreter start, measured in the same run.

    .venv/bin/python tests/lint/benchmark_lint.py [--pages 7] [--copies 2] [--runs 5]

The site is the real one, with each chapter page replaced by copies of the bank fixture's questions
(every type, a third of them code-output questions checked against recordings). Prints figures; never
fails on a slow machine.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "bank" / "project"
CHAPTERS = ("overview", "pymalloc", "refcount", "gc", "gil", "debugging", "myths")


def chapter_page(name: str, copies: int) -> str:
    parts = [f"# {name}\n\n## Thresholds\n\n## Counting\n"]
    for copy in range(copies):
        for source in (FIXTURE / "docs" / "gc.md", FIXTURE / "docs" / "guide" / "counting.md"):
            text = source.read_text(encoding="utf-8").split("---\n", 2)[-1]
            text = re.sub(r"^#+ .*$", "", text, flags=re.M)
            text = text.replace("guide/counting.md#counting", "#counting").replace("../gc.md#thresholds", "#thresholds")
            parts.append(re.sub(r"/// quiz \| ([a-z0-9-]+)", rf"/// quiz | {name}-{copy}-\1", text))
    return "\n".join(parts)


def seconds(command: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=2, help="copies of the 7 fixture questions per chapter page")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        site = Path(directory) / "site"
        shutil.copytree(ROOT, site, ignore=shutil.ignore_patterns(".venv", ".git", "site", "__pycache__", "tests"))
        shutil.copytree(FIXTURE / "snippets" / "demo", site / "snippets" / "demo")
        for name in CHAPTERS:
            (site / "docs" / f"{name}.md").write_text(chapter_page(name, args.copies), encoding="utf-8")
        questions = sum(page.read_text(encoding="utf-8").count("/// quiz |") for page in (site / "docs").glob("*.md"))
        python = sys.executable
        start_up = seconds([python, "-c", "pass"], site, args.runs)
        lint = seconds([python, "-m", "quiz_plugin", "lint"], site, args.runs)
        build = seconds(
            [python, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(Path(directory) / "out")],
            site,
            args.runs,
        )
    print(f"site: {len(CHAPTERS)} chapter pages, {questions} question blocks; median of {args.runs} runs")
    print(f"interpreter start:  {start_up:6.3f} s")
    print(f"quiz_plugin lint:   {lint:6.3f} s  ({lint / build:.2f} of the build)")
    print(f"mkdocs build:       {build:6.3f} s")


if __name__ == "__main__":
    main()
