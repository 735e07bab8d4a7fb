"""The performance figures of the README: build time against plain Markdown, sizes, memory, browser.

    .venv/bin/python benchmarks/run.py                 # 1,000 and 10,000 questions, 7 rounds
    .venv/bin/python benchmarks/run.py --sizes 1000 --rounds 3 --no-browser --explain

For each size it writes a quiz site and its plain-Markdown twin (see generate.py), builds the two
alternately, each build in a fresh process (build_once.py), and prints the median build times and
their ratio, the peak memory of the builds, and the HTML bytes the questions add. Then it measures,
in headless Chromium, how long the quiz script takes to set up a page of 200 questions and how long a
click on "Check" takes to show its feedback (browser.py).

Nothing here passes or fails: it prints figures measured on this machine, against a baseline
measured in the same run.

Measured on the project's shared 2-core machine (load 6 to 16 from other work: wall-clock medians
spread by up to 180%, so the CPU time of each build process is the steadier figure), 10,000 questions:

- before the speed work (branch speed at 2fb1d16, 7 builds of each twin): with search 1.56x wall
  (median), 1.24x CPU; without search 1.55x wall, 1.39x CPU. Targets: 1.10x and 1.15x.
- after it, before merging main (phase profile, one build of each twin): without search 1.34x, the
  quiz's extra CPU time down from 3.8 s to 3.0 s (garbage collection 0.77 -> 0.47 s, parse 0.62 ->
  0.49 s, block processor 0.45 -> 0.37 s, search view 0.10 -> 0 s).
- after merging main, whose site configuration adds the "All questions" pages split by chapter (201
  more pages in the quiz twin) and the progress page (2 builds of each twin): with search 1.26x wall,
  1.23x CPU; without search 1.24x wall (median; fastest builds 1.54x), 1.45x CPU. Neither target is met.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import SiteShape, write_twins  # noqa: E402

BUILD_ONCE = Path(__file__).resolve().parent / "build_once.py"
SHAPES = {1000: SiteShape(20, 50), 10000: SiteShape(200, 50)}


@dataclass
class Builds:
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)

    @property
    def median_seconds(self) -> float:
        return statistics.median(self.seconds)

    @property
    def median_cpu_seconds(self) -> float:
        return statistics.median(self.cpu_seconds)

    @property
    def median_peak_mib(self) -> float:
        return statistics.median(self.peak_kib) / 1024


def build_once(config: Path, site_dir: Path) -> dict[str, Any]:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # The unmeasured first build writes the bytecode of every module it imports, as any installation
    # does once; with PYTHONDONTWRITEBYTECODE set, each measured build would compile them again.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, str(BUILD_ONCE), str(config), str(site_dir)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"the build of {config} failed:\n{result.stderr}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def html_sizes(site_dir: Path) -> dict[str, int]:
    return {path.relative_to(site_dir).as_posix(): path.stat().st_size for path in site_dir.rglob("*.html")}


def print_asset_sizes(site_dir: Path) -> None:
    for path in sorted((site_dir / "assets" / "quiz").iterdir()):
        data = path.read_bytes()
        kind = "JS " if path.suffix == ".js" else "CSS"
        print(f"  {kind} {path.name}: {len(data):,} bytes raw, {len(gzip.compress(data, 9)):,} gzip -9")


def time_twins(plain_config: Path, quiz_config: Path, work: Path, rounds: int) -> tuple[Builds, Builds]:
    """Build the twins alternately, ``rounds`` times each, after one unmeasured build of each."""
    plain_out, quiz_out = work / "plain-site", work / "quiz-site"
    plain, quiz = Builds(), Builds()
    build_once(plain_config, plain_out)  # warm the disk cache and the bytecode of both twins
    engine = build_once(quiz_config, quiz_out)["engine"]
    print(f"  engine measured: {Path(str(engine)).parent}")
    for round_number in range(rounds):
        # Alternate the order, so that neither twin always runs on a warmer or cooler machine.
        order = [(plain, plain_config, plain_out), (quiz, quiz_config, quiz_out)]
        for builds, config, out in order if round_number % 2 == 0 else reversed(order):
            figures = build_once(config, out)
            builds.seconds.append(figures["seconds"])
            builds.cpu_seconds.append(figures["cpu_seconds"])
            builds.peak_kib.append(int(figures["peak_kib"]))
    return plain, quiz


TARGETS = {True: 1.10, False: 1.15}  # build time quiz / plain at 10,000 questions, with and without search


def measure_size(work: Path, questions: int, rounds: int, explain: bool) -> None:
    shape = SHAPES.get(questions) or SiteShape(max(1, questions // 50), 50)
    directory = work / f"{shape.questions}"
    print(f"\n{shape.questions:,} questions ({shape.pages} pages x {shape.per_page}), {rounds} builds of each twin:")
    for search in (True, False):
        # Material's search plugin indexes every element of every page, and the plugin hands it only each
        # question's text: the ratio without search shows the plugin's own cost more plainly.
        twins = directory if search else work / f"{shape.questions}-without-search"
        plain, quiz = time_twins(*write_twins(twins, shape, search=search), twins, rounds)
        print_times("with the search plugin" if search else "without the search plugin", plain, quiz, search)
        if search:
            print_sizes(twins, shape, plain, quiz)
    if explain:
        from profile_build import explain_twins

        explain_twins(work / f"{shape.questions}", work / f"{shape.questions}-without-search")


def print_times(label: str, plain: Builds, quiz: Builds, search: bool) -> None:
    print(f"  {label}:")
    print(f"    plain Markdown build: median {plain.median_seconds:.2f} s  (all: {_seconds(plain.seconds)})")
    print(f"    quiz build:           median {quiz.median_seconds:.2f} s  (all: {_seconds(quiz.seconds)})")
    print(
        f"    ratio quiz / plain:   {quiz.median_seconds / plain.median_seconds:.2f}x  "
        f"(target at 10,000 questions: at most {TARGETS[search]:.2f}x)"
    )
    print(
        f"    CPU time of the builds: plain {plain.median_cpu_seconds:.2f} s, quiz {quiz.median_cpu_seconds:.2f} s, "
        f"ratio {quiz.median_cpu_seconds / plain.median_cpu_seconds:.2f}x"
    )
    # On a machine shared with others, the fastest build of each twin is the least disturbed one.
    print(
        f"    fastest builds: plain {min(plain.seconds):.2f} s, quiz {min(quiz.seconds):.2f} s, "
        f"ratio {min(quiz.seconds) / min(plain.seconds):.2f}x"
    )
    # How noisy the machine was: the spread of each twin's builds around their median.
    print(f"    spread (slowest - fastest) / median: plain {_spread(plain):.0%}, quiz {_spread(quiz):.0%}")


def print_sizes(directory: Path, shape: SiteShape, plain: Builds, quiz: Builds) -> None:
    print(
        f"  peak memory (max RSS of the build process): plain {plain.median_peak_mib:.0f} MiB, "
        f"quiz {quiz.median_peak_mib:.0f} MiB"
    )
    # Pages present in both twins carry the questions; the pages only the plugin writes (the "All
    # questions" list) are a separate feature, reported on their own.
    quiz_pages, plain_pages = html_sizes(directory / "quiz-site"), html_sizes(directory / "plain-site")
    added = sum(quiz_pages[name] - plain_pages[name] for name in plain_pages if name in quiz_pages)
    generated = {name: size for name, size in quiz_pages.items() if name not in plain_pages}
    print(
        f"  HTML added over the plain twin: {added:,} bytes, {added / shape.questions:.0f} bytes per question "
        "(target: at most 600)"
    )
    # A page per chapter for "All questions" (and the answer key): the largest of each kind is what matters.
    largest: dict[str, tuple[int, str]] = {}
    for name, size in generated.items():
        kind = name.split("/", 1)[0]
        largest[kind] = max(largest.get(kind, (0, "")), (size, name))
    for kind, (size, name) in sorted(largest.items()):
        count = sum(1 for other in generated if other.split("/", 1)[0] == kind)
        print(
            f"  pages the plugin adds under {kind}/: {count}, the largest {name}: {size:,} bytes (target: at most 500 KB)"
        )
    print_asset_sizes(directory / "quiz-site")


def _spread(builds: Builds) -> float:
    return (max(builds.seconds) - min(builds.seconds)) / builds.median_seconds


def _seconds(values: list[float]) -> str:
    return " ".join(f"{value:.2f}" for value in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="question counts, comma-separated (default: 1000,10000)")
    parser.add_argument("--rounds", type=int, default=7, help="builds of each twin per size (default: 7)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument(
        "--explain", action="store_true", help="also profile one build of each twin and compare them phase by phase"
    )
    parser.add_argument("--keep", type=Path, help="write the sites here and keep them (default: a temporary directory)")
    arguments = parser.parse_args()

    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="quiz-bench-") as temporary:
        work = arguments.keep or Path(temporary)
        for size in (int(value) for value in arguments.sizes.split(",")):
            measure_size(work, size, arguments.rounds, arguments.explain)
        if not arguments.no_browser:
            from browser import measure_browser

            measure_browser(work / "browser")


if __name__ == "__main__":
    main()
