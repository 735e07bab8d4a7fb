"""The build's cost against plain Markdown in instructions: one build of each twin under Valgrind.

    .venv/bin/python benchmarks/instructions.py                  # 10,000 questions, with and without search
    .venv/bin/python benchmarks/instructions.py --questions 1000 --search off

On the project's shared machine a build's CPU time varies by 20 % or more from one build to the next
(other work, the host's own load), which is more than the difference being measured. The number of
instructions a build executes does not vary: Valgrind's cachegrind counts them (``--cache-sim=no``:
no cache simulation, only the count), about 15 times slower than a build. It prints, for each twin of
``generate.py``, the instructions of one build process and the ratio quiz / plain.

What it leaves out, said plainly: how long each instruction takes. A plain build spends most of its
instructions in long loops of C (regular expressions, joining strings), many per cycle; the engine's
Python code and the garbage collector's passes over memory run far fewer per cycle. So the ratio of
instructions is much lower than the ratio of times (at 10,000 questions without search, 2026-12-02:
1.036x against about 1.2x) and cannot stand in for a target about time; it shows whether a change
removed work (1.00x on the same twins in the afternoon of 2026-12-02, against 1.07-1.11x in time).
The whole process is counted, interpreter start-up and imports included.

Needs ``valgrind`` on the PATH (Debian: ``apt-get install valgrind``); nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import SiteShape, write_twins  # noqa: E402

BUILD_ONCE = Path(__file__).resolve().parent / "build_once.py"
REFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(config: Path, site_dir: Path, work: Path) -> int:
    """The instructions of one build of ``config`` in a fresh process, as cachegrind counts them."""
    # A fixed hash seed: with a random one, the order of sets and dictionaries, and so the count, changes
    # by about 1 % from one build to the next.
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    environment.pop("QUIZ_ANSWER_KEY", None)
    result = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={work / f'{config.parent.parent.name}-{config.parent.name}.cachegrind'}",
            sys.executable,
            str(BUILD_ONCE),
            str(config),
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    match = REFS_RE.search(result.stderr)
    if result.returncode != 0 or match is None:
        raise SystemExit(f"the build of {config} under valgrind failed:\n{result.stderr[-2000:]}")
    return int(match[1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=10_000, help="questions in each twin (default: 10000)")
    parser.add_argument("--search", choices=("both", "on", "off"), default="both", help="with Material's search plugin")
    arguments = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on the PATH (Debian: apt-get install valgrind)")
    shape = SiteShape(max(1, arguments.questions // 50), 50)
    searches = {"both": (True, False), "on": (True,), "off": (False,)}[arguments.search]
    print(f"{shape.questions:,} questions ({shape.pages} pages x {shape.per_page}), one build of each twin:")
    with tempfile.TemporaryDirectory(prefix="quiz-instructions-") as temporary:
        work = Path(temporary)
        for search in searches:
            twins = write_twins(work / f"search-{search}", shape, search=search)
            sites = {"plain twin": twins.plain, "quiz twin": twins.quiz}
            # Two builds at once: a count does not depend on what else the machine runs.
            with ThreadPoolExecutor(max_workers=2) as pool:
                counts = dict(
                    zip(
                        sites,
                        pool.map(lambda config: instructions(config, config.parent / "site", work), sites.values()),
                        strict=True,
                    )
                )
            print(f"  {'with' if search else 'without'} the search plugin:")
            for name, count in counts.items():
                print(f"    {name:<12} {count:>18,} instructions")
            print(f"    quiz / plain: {counts['quiz twin'] / counts['plain twin']:.3f}x")


if __name__ == "__main__":
    main()
