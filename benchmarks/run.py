"""The performance figures of the README: build time against plain Markdown, sizes, memory, browser.

    .venv/bin/python benchmarks/run.py                 # 1,000 and 10,000 questions, 7 rounds
    .venv/bin/python benchmarks/run.py --sizes 10000 --rounds 5 --no-browser --explain
    .venv/bin/python benchmarks/run.py --sizes 10000 --rounds 15 --no-browser --search off   # one target, more rounds

For each size, with and without the search plugin, it writes three sites (see generate.py): the plain
twin, the quiz twin (the plugin as an adopting site gets it: no opt-in pages, every per-page check of
this site on) and the quiz twin with this site's opt-in pages (the "All questions" chapters, the
progress page, quizzes.json). It builds them in turn, each build in a fresh process (build_once.py),
and prints for each quiz site against the plain twin: the ratio of the median wall-clock times, of the
median CPU times, of the fastest builds (wall and CPU), and the median of each round's CPU ratio with a
90 % bootstrap interval (how uncertain the machine's noise leaves it); the headline is the quiz twin's. It prints
the opt-in pages' own cost (the quiz twin with them against the quiz twin), the load average around
each series of builds, the peak memory, and the HTML bytes the questions add. Then it measures, in
headless Chromium, how long the quiz script takes to set up a page of 200 questions and how long a
click on "Check" takes to show its feedback (browser.py).

Nothing here passes or fails: it prints figures measured on this machine, against a baseline
measured in the same run.

Measured on the project's shared 2-core machine (load 2 to 16 from other work: wall-clock times of one
site spread by 20% to 180%, so the CPU time of each build process is the steadier figure), 10,000
questions:

- before the speed work (branch speed at 2fb1d16, 7 builds of each twin): with search 1.56x wall
  (median), 1.24x CPU; without search 1.55x wall, 1.39x CPU. Targets: 1.10x and 1.15x.
- after it, merged with main, whose site configuration adds the "All questions" pages split by chapter
  (201 more pages in the quiz twin) and the progress page (2 builds of each twin): with search 1.26x
  wall, 1.23x CPU; without search 1.24x wall (median; fastest builds 1.54x), 1.45x CPU.
- the quiz twin without those opt-in pages (the plugin's defaults) is the headline since branch speed2;
  before its work (5 builds of each site): with search 1.08x CPU (fastest 1.23x), without 1.29x CPU
  (fastest 1.28x). After it: with search 1.06x CPU (fastest 1.04x, round by round 1.04x), without
  1.18x CPU (fastest 1.16x, round by round 1.17x); built interleaved with the engine before it,
  without search: 1.13x median CPU, 1.15x fastest (before: 1.38x, 1.28x). The README's Performance
  section has the details.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import SiteShape, Twins, write_twins  # noqa: E402

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
    environment.pop("QUIZ_ANSWER_KEY", None)  # previews only: the published site never has the answer key
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


def load_average() -> str:
    """The machine's load over the last 1, 5 and 15 minutes: how much other work shared it."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


@dataclass
class Measured:
    """The builds of the three sites written for one shape, with and without search."""

    plain: Builds
    quiz: Builds
    quiz_with_pages: Builds
    load_before: str
    load_after: str


def time_sites(twins: Twins, work: Path, rounds: int) -> Measured:
    """Build the three sites in turn, ``rounds`` times each, after one unmeasured build of each."""
    sites = [
        (Builds(), twins.plain, work / "plain-site"),
        (Builds(), twins.quiz, work / "quiz-site"),
        (Builds(), twins.quiz_with_pages, work / "quiz-pages-site"),
    ]
    for _, config, out in sites:  # warm the disk cache and write the bytecode
        engine = build_once(config, out)["engine"]
    print(f"  engine measured: {Path(str(engine)).parent}")
    load_before = load_average()
    for round_number in range(rounds):
        # Rotate the order, so that no site always runs first, on a warmer or cooler machine.
        shift = round_number % len(sites)
        for builds, config, out in sites[shift:] + sites[:shift]:
            figures = build_once(config, out)
            builds.seconds.append(figures["seconds"])
            builds.cpu_seconds.append(figures["cpu_seconds"])
            builds.peak_kib.append(int(figures["peak_kib"]))
    plain, quiz, with_pages = (builds for builds, _, _ in sites)
    return Measured(plain, quiz, with_pages, load_before, load_average())


TARGETS = {True: 1.10, False: 1.15}  # build time quiz / plain at 10,000 questions, with and without search


def measure_size(
    work: Path, questions: int, rounds: int, explain: bool, searches: tuple[bool, ...] = (True, False)
) -> None:
    shape = SHAPES.get(questions) or SiteShape(max(1, questions // 50), 50)
    directory = work / f"{shape.questions}"
    print(f"\n{shape.questions:,} questions ({shape.pages} pages x {shape.per_page}), {rounds} builds of each site:")
    for search in searches:
        # Material's search plugin indexes every element of every page, and the plugin hands it only each
        # question's text: the ratio without search shows the plugin's own cost more plainly.
        sites = directory if search else work / f"{shape.questions}-without-search"
        measured = time_sites(write_twins(sites, shape, search=search), sites, rounds)
        print_times("with the search plugin" if search else "without the search plugin", measured, search)
        if search:
            print_sizes(sites, shape, measured)
    if explain and searches == (True, False):
        from profile_build import explain_twins

        explain_twins(work / f"{shape.questions}", work / f"{shape.questions}-without-search")


def print_times(label: str, measured: Measured, search: bool) -> None:
    plain = measured.plain
    print(f"  {label} (load average before {measured.load_before}, after {measured.load_after}):")
    print(f"    {'site':<32} {'median':>8} {'CPU':>8} {'fastest':>8} {'fastest CPU':>12}   all builds (s)")
    for name, builds in (
        ("plain twin", plain),
        ("quiz twin (opt-in pages off)", measured.quiz),
        ("quiz twin with opt-in pages", measured.quiz_with_pages),
    ):
        print(
            f"    {name:<32} {builds.median_seconds:7.2f}s {builds.median_cpu_seconds:7.2f}s "
            f"{min(builds.seconds):7.2f}s {min(builds.cpu_seconds):11.2f}s   {_seconds(builds.seconds)}"
        )
    target = f"target at 10,000 questions: at most {TARGETS[search]:.2f}x"
    print(f"    quiz / plain, {target}:")
    print(f"      quiz twin (opt-in pages off, the headline): {_ratios(measured.quiz, plain)}")
    print(f"      quiz twin with opt-in pages:                {_ratios(measured.quiz_with_pages, plain)}")
    pages_cost = measured.quiz_with_pages.median_cpu_seconds - measured.quiz.median_cpu_seconds
    print(
        f"    the opt-in pages' own cost: {pages_cost:+.2f} s CPU (median), "
        f"{_ratios(measured.quiz_with_pages, measured.quiz)} of the quiz twin"
    )
    # How noisy the machine was: the spread of each site's builds around their median.
    print(
        f"    spread (slowest - fastest) / median: plain {_spread(plain):.0%}, quiz {_spread(measured.quiz):.0%}, "
        f"with pages {_spread(measured.quiz_with_pages):.0%}"
    )


def _ratios(builds: Builds, baseline: Builds) -> str:
    """Median wall, median CPU, fastest wall and fastest CPU of ``builds`` over ``baseline``, and the
    median of each round's CPU ratio: on a shared machine the CPU times and the fastest builds (the least
    disturbed) are the steadier figures, and the builds of one round ran under much the same load."""
    rounds = [mine / theirs for mine, theirs in zip(builds.cpu_seconds, baseline.cpu_seconds, strict=True)]
    low, high = median_interval(rounds)
    return (
        f"wall {builds.median_seconds / baseline.median_seconds:.2f}x, "
        f"CPU {builds.median_cpu_seconds / baseline.median_cpu_seconds:.2f}x, "
        f"fastest {min(builds.seconds) / min(baseline.seconds):.2f}x, "
        f"fastest CPU {min(builds.cpu_seconds) / min(baseline.cpu_seconds):.2f}x, "
        f"CPU round by round {statistics.median(rounds):.2f}x (90 % interval {low:.2f}-{high:.2f}x)"
    )


def median_interval(values: list[float], resamples: int = 2000) -> tuple[float, float]:
    """A 90 % bootstrap interval of the median of ``values``: how far the machine's noise leaves the
    median uncertain (a seeded generator, so one set of builds always gives the same interval)."""
    generator = random.Random(0)
    medians = sorted(statistics.median(generator.choices(values, k=len(values))) for _ in range(resamples))
    return medians[int(resamples * 0.05)], medians[int(resamples * 0.95) - 1]


def print_sizes(directory: Path, shape: SiteShape, measured: Measured) -> None:
    print(
        f"  peak memory (max RSS of the build process): plain {measured.plain.median_peak_mib:.0f} MiB, "
        f"quiz {measured.quiz.median_peak_mib:.0f} MiB, with opt-in pages {measured.quiz_with_pages.median_peak_mib:.0f} MiB"
    )
    # Pages present in both twins carry the questions; the pages only the plugin writes (the "All
    # questions" list, the progress page) are a separate feature, reported on their own.
    quiz_pages, plain_pages = html_sizes(directory / "quiz-site"), html_sizes(directory / "plain-site")
    added = sum(quiz_pages[name] - plain_pages[name] for name in plain_pages if name in quiz_pages)
    print(
        f"  HTML added over the plain twin: {added:,} bytes, {added / shape.questions:.0f} bytes per question "
        "(target: at most 600)"
    )
    with_pages = html_sizes(directory / "quiz-pages-site")
    generated = {name: size for name, size in with_pages.items() if name not in plain_pages}
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
    parser.add_argument(
        "--search",
        choices=("both", "on", "off"),
        default="both",
        help="with Material's search plugin, without, or both",
    )
    parser.add_argument("--keep", type=Path, help="write the sites here and keep them (default: a temporary directory)")
    arguments = parser.parse_args()

    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, load average {load_average()}"
    )
    with tempfile.TemporaryDirectory(prefix="quiz-bench-") as temporary:
        work = arguments.keep or Path(temporary)
        for size in (int(value) for value in arguments.sizes.split(",")):
            searches = {"both": (True, False), "on": (True,), "off": (False,)}[arguments.search]
            measure_size(work, size, arguments.rounds, arguments.explain, searches)
        if not arguments.no_browser:
            from browser import measure_browser

            measure_browser(work / "browser")


if __name__ == "__main__":
    main()
